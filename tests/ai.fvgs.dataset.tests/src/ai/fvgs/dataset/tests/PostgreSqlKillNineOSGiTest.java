package ai.fvgs.dataset.tests;

/** The kill -9 tests on PostgreSQL, in a fresh schema per test that is dropped afterwards. */
class PostgreSqlKillNineOSGiTest extends KillNineTests {

    @Override
    TestDatabase newDatabase() throws Exception {
        return new PostgreSqlDatasetStoreOSGiTest().newDatabase();
    }
}
