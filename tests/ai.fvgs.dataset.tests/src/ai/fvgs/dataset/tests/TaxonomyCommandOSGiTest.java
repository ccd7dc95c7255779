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
import ai.fvgs.dataset.DatasetException;
import ai.fvgs.dataset.TaxonomyStore;
import ai.fvgs.sdk.taxonomy.Taxonomy;

/** {@code fvgs dataset taxonomy list | show | import} through the {@code dataset} command service. */
class TaxonomyCommandOSGiTest {

    @TempDir
    Path work;

    private String run(String... args) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<String> all = new ArrayList<>(List.of("taxonomy"));
        all.addAll(List.of(args));
        all.add("--db");
        all.add("jdbc:h2:file:" + work.resolve("cli-db"));
        int code = command().run(all, new CommandContext(new PrintStream(out, true, StandardCharsets.UTF_8), System.err, work));
        assertEquals(0, code);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void listShowAndImport() throws Exception {
        String list = run("list");
        assertTrue(list.startsWith("NAME "), list);
        assertTrue(list.matches("(?s).*\nfashionpedia +1 +27 +19 +0 +0 +0 +built-in +Fashionpedia.*"), list);
        assertTrue(list.matches("(?s).*\ndeepfashion2 +1 +13 +0 +0 +5 +13 +built-in .*"), list);
        String json = run("list", "--json");
        assertTrue(json.contains("\"name\" : \"fvgs-model\"") && json.contains("\"sha256\" : \""), json);

        String show = run("show", "fvgs-model");
        assertTrue(show.startsWith("fvgs-model 1: AI-FVGS fashion model\n"), show);
        assertTrue(show.contains("label group skin-tone: mst-1, mst-2, mst-3, mst-4, mst-5, mst-6, mst-7, mst-8, mst-9, mst-10\n"), show);
        assertTrue(show.contains("skeleton coco-17: 17 points, 19 edges, for person\n"), show);
        Path shown = work.resolve("df2.json");
        Files.writeString(shown, run("show", "deepfashion2@1", "--json"));
        Taxonomy df2 = TaxonomyStore.readFile(shown);
        assertEquals(294, df2.skeletons().stream().mapToInt(s -> s.points().size()).sum(), "show --json writes a taxonomy file");

        Path file = TaxonomyTests.fashionpediaFile(work.resolve("fp.json"), TaxonomyTests.FASHIONPEDIA_CATEGORIES.get(3),
                "[{\"id\": 0, \"name\": \"alpha\", \"supercategory\": \"group one\", \"level\": 1}]");
        String imported = run("import", "fp.json");
        assertTrue(imported.matches("installed fashionpedia@1\\+attributes\\.[0-9a-f]{8} \\(27 categories, 19 parts, 1 attributes in 1 groups, "
                + "0 label groups, 0 skeletons\\)\n"), imported);
        assertTrue(run("import", file.toString()).startsWith("already installed fashionpedia@1+attributes."), "a second import changes nothing");
        assertTrue(run("show", "fashionpedia").contains("attribute group group one: alpha (0)\n"), "show takes the latest version");

        Path ours = work.resolve("trims.json");
        TaxonomyStore.writeFile(TaxonomyTests.trims("1", "button"), ours);
        assertEquals("installed example.trims@1 (1 categories, 1 parts, 2 attributes in 1 groups, 1 label groups, 1 skeletons)\n",
                run("import", "trims.json"));
    }

    @Test
    void badArgumentsAndUnknownTaxonomiesAreNamed() throws Exception {
        UsageException sub = assertThrows(UsageException.class, () -> run("delete"));
        assertTrue(sub.getMessage().contains("'delete'") && sub.getMessage().contains("list, show, import"), sub.getMessage());
        UsageException missing = assertThrows(UsageException.class, () -> run("import", "nothing.json"));
        assertTrue(missing.getMessage().contains("'nothing.json' does not exist"), missing.getMessage());
        UsageException extra = assertThrows(UsageException.class, () -> run("show", "a", "b"));
        assertTrue(extra.getMessage().contains("'b'"), extra.getMessage());
        DatasetException unknown = assertThrows(DatasetException.class, () -> run("show", "fashionpedia@9"));
        assertTrue(unknown.getMessage().contains("taxonomy fashionpedia@9 is not installed; installed: deepfashion2@1, fashionpedia@1"),
                unknown.getMessage());
        Files.writeString(work.resolve("other.json"), "{\"images\": []}");
        DatasetException neither = assertThrows(DatasetException.class, () -> run("import", "other.json"));
        assertTrue(neither.getMessage().contains("neither a taxonomy file"), neither.getMessage());
    }

    private static CliCommand command() throws InterruptedException {
        return DatasetCommandService.get();
    }
}
