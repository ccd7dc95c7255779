package ai.fvgs.dataset.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import ai.fvgs.cli.CliCommand;
import ai.fvgs.cli.CommandContext;
import ai.fvgs.cli.UsageException;

/** The {@code dataset} command as the launcher finds it: a DS service. */
class DatasetCommandOSGiTest {

    @TempDir
    Path work;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    private String run(String... args) throws Exception {
        out.reset();
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--db");
        all.add("jdbc:h2:file:" + work.resolve("cli-db"));
        int code = command().run(all, new CommandContext(new PrintStream(out, true, StandardCharsets.UTF_8), System.err, work));
        assertEquals(0, code);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static CliCommand command() throws InterruptedException {
        BundleContext context = FrameworkUtil.getBundle(DatasetCommandOSGiTest.class).getBundleContext();
        ServiceTracker<CliCommand, CliCommand> tracker = new ServiceTracker<>(context, CliCommand.class, null);
        tracker.open();
        try {
            long deadline = System.currentTimeMillis() + 10_000;
            while (System.currentTimeMillis() < deadline) {
                for (CliCommand c : tracker.getServices(new CliCommand[0])) {
                    if (c.name().equals("dataset")) {
                        return c;
                    }
                }
                tracker.waitForService(500);
            }
        } finally {
            tracker.close();
        }
        throw new AssertionError("no CliCommand service named dataset within 10 s");
    }

    @Test
    void initAddListAndChangeRole() throws Exception {
        String init = run("init");
        assertTrue(init.contains("H2 database jdbc:h2:file:" + work.resolve("cli-db")) && init.contains("schema version " + ai.fvgs.dataset.DatasetStore.latestSchemaVersion()), init);
        assertEquals("added user ada (labeller)\n", run("users", "add", "ada", "--role", "labeller"));
        assertEquals("user ada is now reviewer\n", run("users", "role", "ada", "reviewer"));
        assertEquals("NAME  ROLE\nada   reviewer\n", run("users", "list"));
        assertTrue(run("users", "list", "--json").contains("\"role\" : \"reviewer\""));
        assertTrue(run("init").contains("schema version " + ai.fvgs.dataset.DatasetStore.latestSchemaVersion()), "init on an existing database is harmless");
    }

    @Test
    void badInputIsAUsageErrorNamingTheValue() throws Exception {
        CliCommand c = command();
        assertNotNull(c);
        UsageException role = assertThrows(UsageException.class, () -> run("users", "add", "ada", "--role", "boss"));
        assertTrue(role.getMessage().contains("'boss'") && role.getMessage().contains("labeller, reviewer, admin"), role.getMessage());
        UsageException sub = assertThrows(UsageException.class, () -> run("export"));
        assertTrue(sub.getMessage().contains("'export'") && sub.getMessage().contains("init, users"), sub.getMessage());
        UsageException missing = assertThrows(UsageException.class, () -> run("users", "add", "ada"));
        assertTrue(missing.getMessage().contains("--role"), missing.getMessage());
        UsageException name = assertThrows(UsageException.class, () -> run("users", "add", "a/b", "--role", "admin"));
        assertTrue(name.getMessage().contains("'a/b'"), name.getMessage());
    }
}
