package ai.fvgs.dataset.internal;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;

import ai.fvgs.dataset.DatasetException;

/**
 * Brings a database to the newest schema with Flyway, from the SQL files in {@code db/migration} of this
 * bundle, and refuses databases whose schema is newer than this bundle knows.
 */
public final class Migrations {

    /** The newest schema version in {@code db/migration}. */
    public static final int LATEST = 7;

    /**
     * Flyway logs through java.util.logging when no other back end is wired; its INFO lines would clutter
     * the command line's stderr. Held in a field: java.util.logging keeps loggers only weakly.
     */
    private static final java.util.logging.Logger FLYWAY_LOG = quiet(java.util.logging.Logger.getLogger("org.flywaydb"));

    private Migrations() {
    }

    /**
     * @param db the database
     * @return the schema version after migrating
     * @throws DatasetException if the schema is newer than {@link #LATEST} or a migration fails
     */
    public static int migrate(Database db) throws DatasetException {
        FLYWAY_LOG.fine("migrating " + Database.redact(db.url()));
        startFlyway();
        FluentConfiguration config = Flyway.configure(Migrations.class.getClassLoader()).dataSource(new Source(db))
                .locations("classpath:db/migration").validateMigrationNaming(true).cleanDisabled(true);
        if (db.schema() != null) {
            config.schemas(db.schema());
        }
        Flyway flyway = config.load();
        try {
            int before = version(flyway.info().current());
            if (before > LATEST) {
                throw new DatasetException("the database at " + Database.redact(db.url()) + " has schema version " + before
                        + ", newer than this version of AI-FVGS understands (up to " + LATEST + "); update AI-FVGS to use it");
            }
            flyway.migrate();
            return version(flyway.info().current());
        } catch (FlywayException e) {
            throw new DatasetException("cannot migrate the database at " + Database.redact(db.url()) + ": " + e.getMessage(), e);
        }
    }

    private static java.util.logging.Logger quiet(java.util.logging.Logger logger) {
        logger.setLevel(java.util.logging.Level.WARNING);
        return logger;
    }

    private static int version(MigrationInfo info) {
        return info == null || info.getVersion() == null ? 0 : Integer.parseInt(info.getVersion().getVersion());
    }

    /**
     * Flyway's class path scanner finds the migrations inside this bundle through Flyway's own bundle
     * context, which exists only while that bundle is started; without it Flyway silently finds nothing.
     */
    private static void startFlyway() throws DatasetException {
        Bundle flyway = FrameworkUtil.getBundle(Flyway.class);
        if (flyway != null && flyway.getState() != Bundle.ACTIVE) {
            try {
                flyway.start(Bundle.START_TRANSIENT);
            } catch (BundleException e) {
                throw new DatasetException("cannot start the Flyway bundle " + flyway.getSymbolicName() + ": " + e.getMessage(), e);
            }
        }
    }

    /** A data source over {@link Database#connect()}, for Flyway. */
    private record Source(Database db) implements DataSource {

        @Override
        public Connection getConnection() throws SQLException {
            try {
                return db.connect();
            } catch (DatasetException e) {
                throw new SQLException(e.getMessage(), e);
            }
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            throw new SQLFeatureNotSupportedException("user and password come from the URL");
        }

        @Override
        public PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(PrintWriter out) {
            // no log
        }

        @Override
        public void setLoginTimeout(int seconds) {
            // the drivers' defaults apply
        }

        @Override
        public int getLoginTimeout() {
            return 0;
        }

        @Override
        public Logger getParentLogger() throws SQLFeatureNotSupportedException {
            throw new SQLFeatureNotSupportedException();
        }

        @Override
        public <T> T unwrap(Class<T> iface) throws SQLException {
            throw new SQLException("not a wrapper");
        }

        @Override
        public boolean isWrapperFor(Class<?> iface) {
            return false;
        }
    }
}
