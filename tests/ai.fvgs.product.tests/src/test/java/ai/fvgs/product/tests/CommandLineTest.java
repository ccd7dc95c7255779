package ai.fvgs.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The headless command line of the built product, run through its launch script in a real Equinox. */
class CommandLineTest {

    @TempDir
    Path home;
    private Fvgs fvgs;

    @BeforeEach
    void setUp() {
        fvgs = new Fvgs(home);
    }

    @Test
    void versionNamesProductSdkPlatformAndJava() throws Exception {
        Fvgs.Result r = fvgs.run("--version");
        assertEquals(0, r.exitCode(), r.toString());
        assertTrue(r.out().startsWith("AI-FVGS Workbench 0.1.0"), r.toString());
        assertTrue(r.out().contains("vendor SDK (ai.fvgs.sdk)   1.2.0"), r.toString());
        assertTrue(r.out().contains("Equinox") && r.out().contains("Java"), r.toString());
        assertEquals("", r.err());
    }

    @Test
    void helpListsTheCommandsAndGlobalOptions() throws Exception {
        Fvgs.Result r = fvgs.run("--help");
        assertEquals(0, r.exitCode(), r.toString());
        assertTrue(r.out().contains("Usage: fvgs") && r.out().contains("extensions") && r.out().contains("--dropins DIR"), r.toString());
        Fvgs.Result one = fvgs.run("extensions", "--help");
        assertEquals(0, one.exitCode(), one.toString());
        assertTrue(one.out().startsWith("Usage: fvgs extensions list [--json] [--kind KIND]"), one.toString());
        assertEquals(one.out(), fvgs.run("help", "extensions").out());
    }

    @Test
    void extensionsListJsonHasTheBuiltInExtensions() throws Exception {
        Fvgs.Result r = fvgs.run("extensions", "list", "--json");
        assertEquals(0, r.exitCode(), r.toString());
        JsonNode array = new ObjectMapper().readTree(r.out());
        assertTrue(array.isArray(), r.out());
        List<String> ids = new ArrayList<>();
        for (JsonNode o : array) {
            for (String key : List.of("kind", "id", "label", "vendor", "version", "bundle", "state")) {
                assertTrue(o.hasNonNull(key), "every object has " + key + ": " + o);
            }
            assertEquals("active", o.get("state").asText(), o.toString());
            ids.add(o.get("id").asText());
        }
        assertTrue(ids.containsAll(List.of("ai.fvgs.background.solid", "ai.fvgs.background.cyclorama", "ai.fvgs.garment.tshirt")), ids.toString());
    }

    @Test
    void extensionsListTableAndKindFilter() throws Exception {
        Fvgs.Result table = fvgs.run("extensions", "list");
        assertEquals(0, table.exitCode(), table.toString());
        assertTrue(table.out().startsWith("KIND") && table.out().contains("Studio cyclorama"), table.toString());
        Fvgs.Result backgrounds = fvgs.run("extensions", "list", "--kind", "background", "--json");
        assertEquals(0, backgrounds.exitCode(), backgrounds.toString());
        for (JsonNode o : new ObjectMapper().readTree(backgrounds.out())) {
            assertEquals("background", o.get("kind").asText());
        }
    }

    @Test
    void dropinsOptionHotPlugsTheExampleVendorBundle() throws Exception {
        Path dropins = Files.createDirectories(home.resolve("vendor-dropins"));
        Files.copy(Path.of(System.getProperty("fvgs.example.jar")), dropins.resolve("example.jar"));
        Fvgs.Result r = fvgs.run("--dropins", dropins.toString(), "extensions", "list", "--json");
        assertEquals(0, r.exitCode(), r.toString());
        JsonNode array = new ObjectMapper().readTree(r.out());
        List<String> vendorIds = new ArrayList<>();
        for (JsonNode o : array) {
            if (o.get("vendor").asText().equals("Example Atelier")) {
                assertEquals("ai.fvgs.examples.vendor", o.get("bundle").asText());
                assertEquals("active", o.get("state").asText());
                vendorIds.add(o.get("id").asText());
            }
        }
        assertEquals(List.of("example.atelier.sunset", "example.atelier.waistcoat", "example.atelier.wrap-skirt",
                "example.atelier.chroma-key"), vendorIds,
                "sorted by kind, then label");
    }

    @Test
    void aBrokenJarInDropinsIsReportedAndTheRestStillWorks() throws Exception {
        Path dropins = Files.createDirectories(fvgs.dataDir().resolve("dropins"));
        Files.copy(Path.of(System.getProperty("fvgs.example.jar")), dropins.resolve("example.jar"));
        byte[] unresolvable = TestJars.bundle("test.needs.missing", "Import-Package: com.example.nowhere");
        Files.write(dropins.resolve("broken.jar"), unresolvable);
        Fvgs.Result r = fvgs.run("extensions", "list");
        assertEquals(0, r.exitCode(), r.toString());
        assertTrue(r.out().contains("test.needs.missing") && r.out().contains("failed"), r.toString());
        assertTrue(r.out().contains("com.example.nowhere"), "the reason names the missing package: " + r);
        assertTrue(r.out().contains("Wrap skirt") && r.out().contains("Studio cyclorama"), r.toString());
    }

    @ParameterizedTest(name = "fvgs {0}")
    @CsvSource(delimiter = '|', value = {
        "bogus                          | unknown command 'bogus'",
        "--frobnicate                   | unknown option '--frobnicate'",
        "extensions                     | missing subcommand; allowed: list",
        "extensions remove              | unknown subcommand 'remove'; allowed: list",
        "extensions list --bogus        | unknown option '--bogus'; allowed: --json, --kind",
        "extensions list --kind shoes   | unknown extension kind 'shoes'",
        "extensions list --kind         | option --kind needs a value",
        "extensions list extra          | unexpected argument 'extra'",
        "help nothing                   | unknown command 'nothing'",
        "--data-dir                     | option --data-dir needs a folder",
    })
    void badInputPrintsUsageOnStderrAndExitsWith2(String args, String message) throws Exception {
        Fvgs.Result r = fvgs.run(args.trim().split("\\s+"));
        assertEquals(2, r.exitCode(), r.toString());
        assertTrue(r.err().contains(message), "stderr names the problem: " + r);
        assertEquals("", r.out(), "nothing on stdout");
    }

    @Test
    void noCommandFromAScriptIsNotPossibleButUsageIsShown() throws Exception {
        // an empty argument is not "no arguments" (which opens the workbench): it is an unknown command
        Fvgs.Result r = fvgs.run("");
        assertEquals(2, r.exitCode(), r.toString());
        assertTrue(r.err().contains("Usage: fvgs"), r.toString());
    }
}
