package ai.fvgs.dataset.tests;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;

/** The quality tests on an embedded H2 file database in a temporary folder. */
class H2QualityOSGiTest extends QualityTests {

    @TempDir
    Path folder;

    @Override
    TestDatabase newDatabase() {
        return TestDatabase.h2(folder);
    }
}
