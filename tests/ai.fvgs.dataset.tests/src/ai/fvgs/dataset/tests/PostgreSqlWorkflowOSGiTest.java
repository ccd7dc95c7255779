package ai.fvgs.dataset.tests;

/** The workflow tests on PostgreSQL, in a fresh schema per test that is dropped afterwards. */
class PostgreSqlWorkflowOSGiTest extends WorkflowTests {

    @Override
    TestDatabase newDatabase() throws Exception {
        return new PostgreSqlDatasetStoreOSGiTest().newDatabase();
    }
}
