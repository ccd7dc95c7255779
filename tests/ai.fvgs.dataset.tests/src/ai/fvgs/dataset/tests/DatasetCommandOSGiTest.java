package ai.fvgs.dataset.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ai.fvgs.cli.CliCommand;
import ai.fvgs.cli.CommandContext;
import ai.fvgs.cli.UsageException;
import ai.fvgs.dataset.Annotation;
import ai.fvgs.dataset.DatasetStore;
import ai.fvgs.dataset.EntryText;
import ai.fvgs.dataset.Label;
import ai.fvgs.dataset.MediaItem;
import ai.fvgs.dataset.NewEntry;
import ai.fvgs.dataset.Provenance;
import ai.fvgs.dataset.Shape.Box;
import ai.fvgs.dataset.TextKind;

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
        return DatasetCommandService.get();
    }

    @Test
    void initAddListAndChangeRole() throws Exception {
        String init = run("init");
        assertTrue(init.contains("H2 database jdbc:h2:file:" + work.resolve("cli-db")) && init.contains("schema version " + DatasetStore.latestSchemaVersion()), init);
        assertEquals("added user ada (labeller)\n", run("users", "add", "ada", "--role", "labeller"));
        assertEquals("user ada is now reviewer\n", run("users", "role", "ada", "reviewer"));
        assertEquals("NAME  ROLE\nada   reviewer\n", run("users", "list"));
        assertTrue(run("users", "list", "--json").contains("\"role\" : \"reviewer\""));
        assertTrue(run("init").contains("schema version " + DatasetStore.latestSchemaVersion()), "init on an existing database is harmless");
    }

    @Test
    void importPrintsASummaryAndContinuesOnARerun() throws Exception {
        Path in = work.resolve("import");
        ImportTests.png(in.resolve("look.png"), ImportTests.gradient(false));
        ImportTests.write(in.resolve("look.txt"), "A red dress");
        ImportTests.write(in.resolve("broken.jpg"), "not a jpeg");
        CliCommand c = command();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        java.io.PrintStream ps = new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8);
        int rc = c.run(List.of("import", in.toString(), "--licence", "CC-BY-4.0", "--db", "jdbc:h2:file:" + work.resolve("cli-db")),
                new CommandContext(ps, ps, work));
        String text = out.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(1, rc, "errors give exit code 1: " + text);
        assertTrue(text.contains("1 entries imported, 0 already imported, 0 duplicates, 0 near duplicates, 1 errors"), text);
        assertTrue(text.contains("broken.jpg: unsupported or corrupt image"), text);
        UsageException none = assertThrows(UsageException.class, () -> run("import", "no-such-folder"));
        assertTrue(none.getMessage().contains("'no-such-folder'"), none.getMessage());
    }

    @Test
    void searchAndStatsPrintTablesAndJson() throws Exception {
        run("users", "add", "ada", "--role", "labeller");
        try (DatasetStore store = DatasetStore.open("jdbc:h2:file:" + work.resolve("cli-db"), work.resolve("media"))) {
            store.create(new NewEntry(null, List.of(), List.of(new EntryText(TextKind.CAPTION, "en", "Red wool coat")), Provenance.UNKNOWN), "t");
            store.create(new NewEntry(null, List.of(), List.of(new EntryText(TextKind.CAPTION, "en", "Blue dress")), Provenance.UNKNOWN), "t");
            store.workflow().next("ada");
        }
        String found = run("search", "RED", "--status", "in_progress", "--labeller", "ada", "--from", "2020-01-01", "--to", "2999-12-31");
        assertTrue(found.startsWith("1 entries, page 1 of 1\n") && found.contains("ada") && found.contains("Red wool coat"), found);
        assertEquals("0 entries, page 1 of 1\n", run("search", "red", "--status", "new"));
        assertTrue(run("search", "--json", "--page", "2", "--size", "1").contains("\"text\" : \"Blue dress\""));
        String stats = run("stats");
        assertTrue(stats.startsWith("entries  2\n") && stats.contains("in_progress  1"), stats);
        assertTrue(run("stats", "--json").contains("\"ada\" : {"), "per labeller in JSON");
    }

    @Test
    void annotationFiltersAndQualityFigures() throws Exception {
        run("users", "add", "ada", "--role", "labeller");
        run("users", "add", "bea", "--role", "labeller");
        try (DatasetStore store = DatasetStore.open("jdbc:h2:file:" + work.resolve("cli-db"), work.resolve("media"))) {
            Path f = work.resolve("look.png");
            Files.writeString(f, "png bytes");
            String sha = store.media().put(f);
            for (String caption : List.of("Red wool coat", "Blue dress")) {
                long id = store.create(new NewEntry(null, List.of(MediaItem.image(sha, 9, "image/png", 4, 2, "look.png")),
                        List.of(new EntryText(TextKind.CAPTION, "en", caption)), Provenance.UNKNOWN), "t").id();
                String colour = caption.startsWith("Red") ? "red" : "blue";
                for (String labeller : List.of("ada", "bea")) {
                    List<Annotation> set = List.of(new Annotation.Attribute(Label.of("colour"), colour),
                            new Annotation.Region(0, Label.of(caption.endsWith("coat") ? "coat" : "dress"), new Box(0, 0, 2, labeller.equals("ada") ? 2 : 1)));
                    store.annotations().save(id, store.annotations().read(id).entryVersion(), labeller, set, labeller);
                }
            }
        }
        String coats = run("search", "--category", "coat", "--attribute", "colour=red");
        assertTrue(coats.startsWith("1 entries, page 1 of 1\n") && coats.contains("Red wool coat"), coats);
        assertTrue(run("search", "--attribute", "colour").startsWith("2 entries"));
        assertTrue(run("search", "dress", "--category", "coat").startsWith("0 entries"));

        String quality = run("stats", "--quality");
        assertTrue(quality.contains("agreement  2 entries annotated by two or more labellers") && quality.contains("ada / bea  2 entries"), quality);
        assertTrue(quality.matches("(?s).*\\(overall\\) +2 +1\\.000 +0\\.500  1\\.000\n.*"), quality);
        assertTrue(quality.matches("(?s).*box +2 +2 +2 +0\\.500 +2 +0 +0\n.*"), "boxes of IoU 2 / 4: " + quality);
        assertTrue(quality.contains("throughput") && quality.matches("(?s).*attribute +colour +red +2 +1 .*"), quality);
        String json = run("stats", "--quality", "--json");
        assertTrue(json.contains("\"quality\" : {") && json.contains("\"kappa\" : 1.0") && json.contains("\"meanIou\" : 0.5"), json);
        assertTrue(json.contains("\"labeller\" : \"ada\"") && json.contains("\"labeller\" : \"bea\""), "ada and bea saved annotations: " + json);
        assertTrue(run("stats", "--quality", "--from", "2999-01-01").contains("agreement"));

        UsageException noName = assertThrows(UsageException.class, () -> run("search", "--attribute", "=red"));
        assertTrue(noName.getMessage().contains("attribute '' is not allowed"), noName.getMessage());
        UsageException range = assertThrows(UsageException.class, () -> run("stats", "--from", "2026-01-01"));
        assertTrue(range.getMessage().contains("--quality"), range.getMessage());
        UsageException empty = assertThrows(UsageException.class, () -> run("stats", "--quality", "--from", "2026-02-01", "--to", "2026-01-01"));
        assertTrue(empty.getMessage().contains("2026-02-01") && empty.getMessage().contains("empty"), empty.getMessage());
    }

    @Test
    void badSearchValuesAreUsageErrorsNamingTheValue() throws Exception {
        run("init");
        String[][] cases = { { "--status", "done" }, { "--media", "audio" }, { "--from", "2026-13-01" }, { "--page", "0" }, { "--size", "5000" },
                { "--labeller", "ghost" } };
        String[] allowed = { "new, in_progress, submitted, accepted, rejected", "image, video, text", "YYYY-MM-DD", "from 1", "1 to 1000",
                "fvgs dataset users list" };
        for (int i = 0; i < cases.length; i++) {
            String[] c = cases[i];
            UsageException e = assertThrows(UsageException.class, () -> run("search", c[0], c[1]));
            assertTrue(e.getMessage().contains("'" + c[1] + "'") && e.getMessage().contains(allowed[i]), e.getMessage());
        }
        UsageException extra = assertThrows(UsageException.class, () -> run("stats", "now"));
        assertTrue(extra.getMessage().contains("'now'"), extra.getMessage());
    }

    @Test
    void badInputIsAUsageErrorNamingTheValue() throws Exception {
        CliCommand c = command();
        assertNotNull(c);
        UsageException role = assertThrows(UsageException.class, () -> run("users", "add", "ada", "--role", "boss"));
        assertTrue(role.getMessage().contains("'boss'") && role.getMessage().contains("labeller, reviewer, admin"), role.getMessage());
        UsageException sub = assertThrows(UsageException.class, () -> run("train"));
        assertTrue(sub.getMessage().contains("'train'") && sub.getMessage().contains("init, import, users"), sub.getMessage());
        UsageException missing = assertThrows(UsageException.class, () -> run("users", "add", "ada"));
        assertTrue(missing.getMessage().contains("--role"), missing.getMessage());
        UsageException name = assertThrows(UsageException.class, () -> run("users", "add", "a/b", "--role", "admin"));
        assertTrue(name.getMessage().contains("'a/b'"), name.getMessage());
    }
}
