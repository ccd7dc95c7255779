package ai.fvgs.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code fvgs dataset init | users} through the product's launch script, on the default embedded database. */
class DatasetCommandTest {

    @TempDir
    Path home;

    @Test
    void initCreatesTheDatabaseInTheDataDirectoryAndUsersPersist() throws Exception {
        Fvgs fvgs = new Fvgs(home);
        Fvgs.Result init = fvgs.run("dataset", "init");
        assertEquals(0, init.exitCode(), init.toString());
        assertTrue(init.out().contains("H2 database jdbc:h2:file:" + fvgs.dataDir().toAbsolutePath().resolve("dataset/fvgs")), init.toString());
        assertTrue(init.out().matches("(?s).*schema version [1-9][0-9]*\n.*"), init.toString());
        assertTrue(Files.isRegularFile(fvgs.dataDir().resolve("dataset/fvgs.mv.db")), "the H2 file is in the data directory");
        assertTrue(Files.isDirectory(fvgs.dataDir().resolve("dataset/media")), "the media store is in the data directory");

        assertEquals(0, fvgs.run("dataset", "users", "add", "ada", "--role", "labeller").exitCode());
        assertEquals(0, fvgs.run("dataset", "users", "add", "bo", "--role", "admin").exitCode());
        Fvgs.Result role = fvgs.run("dataset", "users", "role", "ada", "reviewer");
        assertEquals("user ada is now reviewer\n", role.out(), role.toString());
        Fvgs.Result list = fvgs.run("dataset", "users", "list");
        assertEquals("NAME  ROLE\nada   reviewer\nbo    admin\n", list.out(), list.toString());
    }

    @Test
    void badInputExitsWithTwoAndNamesTheValue() throws Exception {
        Fvgs fvgs = new Fvgs(home);
        Fvgs.Result role = fvgs.run("dataset", "users", "add", "ada", "--role", "boss");
        assertEquals(2, role.exitCode(), role.toString());
        assertTrue(role.err().contains("role 'boss' is not allowed; allowed: labeller, reviewer, admin"), role.toString());
        Fvgs.Result url = fvgs.run("dataset", "init", "--db", "jdbc:mysql://localhost/x");
        assertEquals(1, url.exitCode(), url.toString());
        assertTrue(url.err().contains("'jdbc:mysql://localhost/x' is not supported"), url.toString());
        Fvgs.Result unknown = fvgs.run("dataset", "users", "role", "nobody", "admin");
        assertEquals(1, unknown.exitCode(), unknown.toString());
        assertTrue(unknown.err().contains("user 'nobody' does not exist"), unknown.toString());
    }
}
