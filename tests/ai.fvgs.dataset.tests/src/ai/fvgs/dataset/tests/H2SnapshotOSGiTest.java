package ai.fvgs.dataset.tests;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;

/** The snapshot tests on an embedded H2 file database in a temporary folder. */
class H2SnapshotOSGiTest extends SnapshotTests {

    @TempDir
    Path folder;

    @Override
    TestDatabase newDatabase() {
        return TestDatabase.h2(folder);
    }
}
