package ai.fvgs.dataset.tests;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

import ai.fvgs.dataset.DatasetException;
import ai.fvgs.dataset.DatasetStore;

/**
 * The fixture of the suites that run on every database: a fresh database per test (an H2 file or a new
 * PostgreSQL schema, from the subclass) and a media store in a temporary folder.
 */
abstract class DatabaseSuite {

    @TempDir
    Path work;

    TestDatabase db;

    abstract TestDatabase newDatabase() throws Exception;

    @BeforeEach
    void createDatabase() throws Exception {
        db = newDatabase();
    }

    @AfterEach
    void dropDatabase() throws Exception {
        db.close();
    }

    DatasetStore open() throws DatasetException {
        return DatasetStore.open(db.url(), work.resolve("media"));
    }
}
