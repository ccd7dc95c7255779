package ai.fvgs.dataset.tests;

/** The search tests on PostgreSQL, in a fresh schema per test that is dropped afterwards. */
class PostgreSqlSearchOSGiTest extends SearchTests {

    @Override
    TestDatabase newDatabase() throws Exception {
        return new PostgreSqlDatasetStoreOSGiTest().newDatabase();
    }
}
