package ai.fvgs.dataset.tests;

import java.sql.SQLException;

/** The snapshot tests on PostgreSQL (system property {@code fvgs.test.postgresql}), in a fresh schema per test. */
class PostgreSqlSnapshotOSGiTest extends SnapshotTests {

    @Override
    TestDatabase newDatabase() throws SQLException {
        return PostgreSqlExportOSGiTest.server();
    }
}
