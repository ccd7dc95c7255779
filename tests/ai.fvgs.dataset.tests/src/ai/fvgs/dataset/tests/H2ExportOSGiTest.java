package ai.fvgs.dataset.tests;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;

/** The export and COCO import tests on embedded H2 file databases in a temporary folder. */
class H2ExportOSGiTest extends ExportTests {

    @TempDir
    Path folder;

    @Override
    TestDatabase newDatabase() {
        return TestDatabase.h2(folder);
    }

    @Override
    TestDatabase secondDatabase() {
        return TestDatabase.h2(folder.resolve("second"));
    }
}
