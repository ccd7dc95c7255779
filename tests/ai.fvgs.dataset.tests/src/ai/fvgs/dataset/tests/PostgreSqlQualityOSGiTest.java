package ai.fvgs.dataset.tests;

/** The quality tests on PostgreSQL, in a fresh schema per test that is dropped afterwards. */
class PostgreSqlQualityOSGiTest extends QualityTests {

    @Override
    TestDatabase newDatabase() throws Exception {
        return new PostgreSqlDatasetStoreOSGiTest().newDatabase();
    }
}
