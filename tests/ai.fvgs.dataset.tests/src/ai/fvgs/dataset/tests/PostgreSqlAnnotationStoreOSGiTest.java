package ai.fvgs.dataset.tests;

import java.sql.SQLException;

/** The annotation tests on PostgreSQL, in a fresh schema per test (see {@link PostgreSqlDatasetStoreOSGiTest}). */
class PostgreSqlAnnotationStoreOSGiTest extends AnnotationStoreTests {

    @Override
    TestDatabase newDatabase() throws SQLException {
        return new PostgreSqlDatasetStoreOSGiTest().newDatabase();
    }
}
