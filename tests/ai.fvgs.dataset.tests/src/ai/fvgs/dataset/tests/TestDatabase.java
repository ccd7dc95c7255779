package ai.fvgs.dataset.tests;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;

/** A fresh, empty database for one test, removed afterwards. */
interface TestDatabase extends AutoCloseable {

    /** @return the JDBC URL to open the store with */
    String url();

    /** @param sql a statement run directly on the database, outside the store @throws SQLException on error */
    void execute(String sql) throws SQLException;

    @Override
    void close() throws SQLException;

    /** @param folder a temporary folder @return an H2 file database in it */
    static TestDatabase h2(Path folder) {
        String url = "jdbc:h2:file:" + folder.resolve("db").resolve("fvgs");
        return new TestDatabase() {
            @Override
            public String url() {
                return url;
            }

            @Override
            public void execute(String sql) throws SQLException {
                try (Connection c = new org.h2.Driver().connect(url + ";MODE=PostgreSQL", new Properties()); Statement s = c.createStatement()) {
                    s.execute(sql);
                }
            }

            @Override
            public void close() {
                // the temporary folder goes with the test
            }
        };
    }

    /**
     * @param serverUrl the server, e.g. {@code jdbc:postgresql://127.0.0.1:5432/test?user=postgres}
     * @return a new schema {@code fvgs_test_<random>} on it, dropped on close
     * @throws SQLException if the server cannot be reached
     */
    static TestDatabase postgresql(String serverUrl) throws SQLException {
        String schema = "fvgs_test_" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
        String url = serverUrl + (serverUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        TestDatabase db = new TestDatabase() {
            @Override
            public String url() {
                return url;
            }

            @Override
            public void execute(String sql) throws SQLException {
                try (Connection c = new org.postgresql.Driver().connect(url, new Properties()); Statement s = c.createStatement()) {
                    s.execute(sql);
                }
            }

            @Override
            public void close() throws SQLException {
                execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            }
        };
        db.execute("SELECT 1"); // fail early with the driver's message if the server is not there
        return db;
    }
}
