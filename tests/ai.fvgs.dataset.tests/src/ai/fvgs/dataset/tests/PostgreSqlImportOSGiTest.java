package ai.fvgs.dataset.tests;

import java.sql.SQLException;

/** The import tests on PostgreSQL (system property {@code fvgs.test.postgresql}), in a fresh schema per test. */
class PostgreSqlImportOSGiTest extends ImportTests {

    @Override
    TestDatabase newDatabase() throws SQLException {
        String server = System.getProperty("fvgs.test.postgresql", "jdbc:postgresql://127.0.0.1:5432/test?user=postgres");
        try {
            return TestDatabase.postgresql(server);
        } catch (SQLException e) {
            throw new SQLException("the PostgreSQL test server " + server + " cannot be reached (" + e.getMessage()
                    + "); start one or point -Dfvgs.test.postgresql=URL at one", e);
        }
    }
}
