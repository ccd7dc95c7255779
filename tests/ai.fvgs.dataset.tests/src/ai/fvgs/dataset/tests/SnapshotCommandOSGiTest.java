package ai.fvgs.dataset.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import ai.fvgs.dataset.DatasetEntry;
import ai.fvgs.dataset.DatasetException;
import ai.fvgs.dataset.DatasetStore;
import ai.fvgs.dataset.EntryText;
import ai.fvgs.dataset.Label;
import ai.fvgs.dataset.Shape;
import ai.fvgs.dataset.TextKind;

/** {@code dataset snapshot}, {@code dataset export} and {@code dataset import --coco} through the command service, on H2. */
class SnapshotCommandOSGiTest {

    @TempDir
    Path work;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    private String db(String name) {
        return "jdbc:h2:file:" + work.resolve(name);
    }

    private String run(String db, String... args) throws Exception {
        out.reset();
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--db");
        all.add(db);
        PrintStream ps = new PrintStream(out, true, StandardCharsets.UTF_8);
        int code = command().run(all, new CommandContext(ps, ps, work));
        String text = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, code, text);
        return text;
    }

    private static CliCommand command() throws InterruptedException {
        return DatasetCommandService.get();
    }

    @Test
    void snapshotExportAndImportCoco() throws Exception {
        String first = db("first");
        run(first, "users", "add", "ada", "--role", "labeller");
        Path mediaRoot = DatasetStore.defaultMediaRoot(Path.of(System.getProperty("fvgs.data.dir")));
        try (DatasetStore store = DatasetStore.open(first, mediaRoot)) {
            for (int i = 0; i < 2; i++) {
                DatasetEntry e = Fixtures.accepted(store, List.of(Fixtures.image(store, work.resolve("src"), 100 + i)),
                        List.of(new EntryText(TextKind.CAPTION, "en", "look " + i)));
                Fixtures.annotate(store, e.id(), "ada", List.of(new Annotation.Region(0, Label.of("dress"), new Shape.Box(1, 1, 3, 3))));
            }
        }
        String made = run(first, "snapshot", "create", "s1", "--seed", "3", "--split", "50/50/0");
        assertTrue(made.startsWith("snapshot s1: 2 entries (train 1, val 1, test 0), content hash "), made);
        String list = run(first, "snapshot", "list");
        assertTrue(list.startsWith("NAME  ENTRIES  SPLIT     HASH          CREATED\ns1          2  50/50/0   "), list);
        String show = run(first, "snapshot", "show", "s1", "--json");
        assertTrue(show.contains("\"stratifyBy\" : \"category\"") && show.contains("\"name\" : \"dress\""), show);
        assertTrue(run(first, "snapshot", "show", "s1").contains("categories    1 dress"));

        String exported = run(first, "export", "s1", "--format", "coco", "-o", "coco-out", "--media", "copy");
        assertTrue(exported.startsWith("exported snapshot s1 as coco to " + work.resolve("coco-out") + ": 5 files, 2 media, 2 annotations, 0 skipped"),
                exported);
        assertTrue(Files.isRegularFile(work.resolve("coco-out/instances_val.json")));

        String second = db("second");
        run(second, "users", "add", "ada", "--role", "labeller");
        String imported = run(second, "import", "coco-out/instances_train.json", "--images", "coco-out/images", "--labeller", "ada");
        assertTrue(imported.startsWith("COCO import batch 1: 1 images, 1 entries imported, 0 already imported, 0 duplicates, 0 errors"), imported);
        String again = run(second, "import", "--coco", "coco-out/instances_train.json", "--images", "coco-out/images", "--labeller", "ada");
        assertTrue(again.contains("0 entries imported, 1 already imported"), again);

        UsageException split = assertThrows(UsageException.class, () -> run(first, "snapshot", "create", "s2", "--split", "80/10/5"));
        assertTrue(split.getMessage().contains("80/10/5") && split.getMessage().contains("adding up to 100"), split.getMessage());
        UsageException format = assertThrows(UsageException.class, () -> run(first, "export", "s1", "--format", "xml", "-o", "x"));
        assertTrue(format.getMessage().contains("'xml'") && format.getMessage().contains("coco, yolo, jsonl"), format.getMessage());
        UsageException noDir = assertThrows(UsageException.class, () -> run(first, "export", "s1", "--format", "yolo"));
        assertTrue(noDir.getMessage().contains("-o DIR"), noDir.getMessage());
        UsageException labeller = assertThrows(UsageException.class, () -> run(second, "import", "--coco", "coco-out/instances_val.json", "--images",
                "coco-out/images", "--labeller", "ghost"));
        assertTrue(labeller.getMessage().contains("labeller 'ghost' is not a user"), labeller.getMessage());
        DatasetException full = assertThrows(DatasetException.class, () -> run(first, "export", "s1", "--format", "jsonl", "-o", "coco-out"));
        assertTrue(full.getMessage().contains("already exists and is not empty"), full.getMessage());
    }
}
