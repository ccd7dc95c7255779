package ai.fvgs.dataset.tests;

/** The taxonomy tests on PostgreSQL, in a fresh schema per test that is dropped afterwards. */
class PostgreSqlTaxonomyOSGiTest extends TaxonomyTests {

    @Override
    TestDatabase newDatabase() throws Exception {
        return new PostgreSqlDatasetStoreOSGiTest().newDatabase();
    }
}
