package ai.fvgs.dataset.tests;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;

/** The kill -9 tests on an embedded H2 file database, the fragile case: the child process owns the file when it dies. */
class H2KillNineOSGiTest extends KillNineTests {

    @TempDir
    Path folder;

    @Override
    TestDatabase newDatabase() {
        return TestDatabase.h2(folder);
    }
}
