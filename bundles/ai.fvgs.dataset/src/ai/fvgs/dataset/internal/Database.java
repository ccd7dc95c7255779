package ai.fvgs.dataset.internal;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.util.Properties;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ai.fvgs.dataset.DatasetException;

/**
 * The JDBC side of a dataset store: checks the URL, creates connections with the driver of its database
 * (directly, not through {@link java.sql.DriverManager}, which does not see drivers in other bundles), keeps
 * a few idle connections for reuse and runs work in transactions.
 */
public final class Database implements AutoCloseable {

    /** The supported database systems. */
    public enum Kind {
        /** H2 2.x, embedded (file or memory) or over TCP. */
        H2,
        /** PostgreSQL 12 or newer. */
        POSTGRESQL
    }

    private static final int MAX_IDLE = 4;
    private static final String ALLOWED = "allowed: jdbc:h2:file:PATH (embedded) or jdbc:postgresql://HOST[:PORT]/DATABASE[?currentSchema=SCHEMA]";
    /**
     * Settings added to H2 URLs that do not set them: the SQL dialect the schema is written for, and
     * WRITE_DELAY=0 so that every commit is on disk when it returns. With H2's default delay (500 ms) a
     * process killed right after committing lost every committed row of a new database.
     */
    private static final String[][] H2_SETTINGS = { { "MODE", "PostgreSQL" }, { "DEFAULT_NULL_ORDERING", "HIGH" }, { "WRITE_DELAY", "0" } };

    private final Kind kind;
    private final String url;
    private final String schema;
    private final Driver driver;
    private final ConcurrentLinkedDeque<Connection> idle = new ConcurrentLinkedDeque<>();
    /** For H2: held open so that the database stays open between operations. */
    private final Connection keeper;

    private Database(Kind kind, String url, String schema, Driver driver) throws DatasetException {
        this.kind = kind;
        this.url = url;
        this.schema = schema;
        this.driver = driver;
        this.keeper = kind == Kind.H2 ? connect() : null;
    }

    /**
     * @param jdbcUrl a {@code jdbc:h2:} or {@code jdbc:postgresql:} URL
     * @return a database whose server answered
     * @throws DatasetException naming the URL if it is not supported or the database cannot be reached
     */
    public static Database open(String jdbcUrl) throws DatasetException {
        if (jdbcUrl == null || jdbcUrl.isBlank()) {
            throw new DatasetException("database URL is empty; " + ALLOWED);
        }
        if (jdbcUrl.startsWith("jdbc:h2:")) {
            return new Database(Kind.H2, withH2Settings(jdbcUrl), null, new org.h2.Driver());
        }
        if (jdbcUrl.startsWith("jdbc:postgresql:")) {
            Database db = new Database(Kind.POSTGRESQL, jdbcUrl, queryParameter(jdbcUrl, "currentSchema"), new org.postgresql.Driver());
            db.close(db.connect()); // fail now, with a clear message, if the server cannot be reached
            return db;
        }
        throw new DatasetException("database URL '" + redact(jdbcUrl) + "' is not supported; " + ALLOWED);
    }

    static String withH2Settings(String url) {
        StringBuilder b = new StringBuilder(url);
        String upper = url.toUpperCase(java.util.Locale.ROOT);
        for (String[] s : H2_SETTINGS) {
            if (!upper.contains(";" + s[0] + "=")) {
                b.append(';').append(s[0]).append('=').append(s[1]);
            }
        }
        return b.toString();
    }

    private static String queryParameter(String url, String name) {
        Matcher m = Pattern.compile("[?&]" + name + "=([^&]*)").matcher(url);
        return m.find() && !m.group(1).isEmpty() ? m.group(1) : null;
    }

    /** @param url a JDBC URL @return the URL with any password replaced by {@code ***}, for messages */
    public static String redact(String url) {
        return url == null ? null : url.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }

    /** @return H2 or PostgreSQL */
    public Kind kind() {
        return kind;
    }

    /** @return the URL connections use (for H2 with the settings the schema needs) */
    public String url() {
        return url;
    }

    /** @return the PostgreSQL schema named by {@code currentSchema}, or {@code null} for the default */
    public String schema() {
        return schema;
    }

    /**
     * @return a new connection, in auto-commit mode
     * @throws DatasetException naming the URL and the reason if it cannot be opened
     */
    public Connection connect() throws DatasetException {
        try {
            Connection c = driver.connect(url, new Properties());
            if (c == null) {
                throw new DatasetException("database URL '" + redact(url) + "' is not accepted by the " + kind + " driver; " + ALLOWED);
            }
            return c;
        } catch (SQLException e) {
            throw new DatasetException(ConnectFailure.explain(kind, redact(url), e), e);
        }
    }

    /**
     * Runs work in one transaction: committed when it returns, rolled back when it throws.
     *
     * @param <T>  the result type
     * @param work the work
     * @return its result
     * @throws DatasetException from the work, or naming the database error
     */
    public <T> T transaction(SqlWork<T> work) throws DatasetException {
        Connection c = idle.pollFirst();
        if (c == null) {
            c = connect();
        }
        boolean reusable = false;
        try {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                reusable = true;
                return result;
            } catch (SQLException | DatasetException | RuntimeException e) {
                c.rollback();
                reusable = true;
                throw e;
            }
        } catch (SQLException e) {
            throw new DatasetException("database error on " + redact(url) + ": " + e.getMessage(), e);
        } finally {
            release(c, reusable);
        }
    }

    private void release(Connection c, boolean reusable) {
        if (reusable && idle.size() < MAX_IDLE) {
            idle.addFirst(c);
        } else {
            close(c);
        }
    }

    private void close(Connection c) {
        try {
            c.close();
        } catch (SQLException e) {
            // closing a broken connection: nothing left to do
        }
    }

    /** Closes every connection; for H2 this closes the database. */
    @Override
    public void close() {
        for (Connection c; (c = idle.pollFirst()) != null;) {
            close(c);
        }
        if (keeper != null) {
            close(keeper);
        }
    }
}
