package ai.fvgs.dataset.tests;

import java.sql.SQLException;

/** The export and COCO import tests on PostgreSQL (system property {@code fvgs.test.postgresql}), each database a fresh schema. */
class PostgreSqlExportOSGiTest extends ExportTests {

    @Override
    TestDatabase newDatabase() throws SQLException {
        return server();
    }

    @Override
    TestDatabase secondDatabase() throws SQLException {
        return server();
    }

    static TestDatabase server() throws SQLException {
        String server = System.getProperty("fvgs.test.postgresql", "jdbc:postgresql://127.0.0.1:5432/test?user=postgres");
        try {
            return TestDatabase.postgresql(server);
        } catch (SQLException e) {
            throw new SQLException("the PostgreSQL test server " + server + " cannot be reached (" + e.getMessage()
                    + "); start one or point -Dfvgs.test.postgresql=URL at one", e);
        }
    }
}
