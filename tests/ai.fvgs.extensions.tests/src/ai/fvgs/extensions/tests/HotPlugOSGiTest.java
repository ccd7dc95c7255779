package ai.fvgs.extensions.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import ai.fvgs.extensions.BackgroundRegistry;
import ai.fvgs.extensions.ExtensionCatalog;
import ai.fvgs.extensions.ExtensionRecord;
import ai.fvgs.extensions.GarmentStyleRegistry;
import ai.fvgs.extensions.InferenceBackendRegistry;
import ai.fvgs.sdk.RgbaImage;
import ai.fvgs.sdk.body.BodyMeasurements;
import ai.fvgs.sdk.body.Measurement;
import ai.fvgs.sdk.garment.ParameterValues;

/**
 * The example vendor bundle dropped into the real dropins folder: its extensions appear, update when the jar
 * is replaced, and disappear when it is deleted, without a restart.
 */
class HotPlugOSGiTest {

    private static final String JAR = "example-vendor.jar";
    private static final Duration TIMEOUT = Duration.ofSeconds(15);
    private static final List<String> EXAMPLE_IDS = List.of("example.atelier.wrap-skirt", "example.atelier.waistcoat",
            "example.atelier.sunset", "example.atelier.chroma-key");

    private DropinsFolder dropins;
    private ExtensionCatalog catalog;

    @BeforeEach
    void setUp() throws Exception {
        dropins = DropinsFolder.fromFramework();
        catalog = Services.await(ExtensionCatalog.class);
    }

    @AfterEach
    void tearDown() throws Exception {
        dropins.clear();
        Await.until(catalog, "the example bundle to be gone", r -> EXAMPLE_IDS.stream().allMatch(id -> Await.absent(r, id)), TIMEOUT);
    }

    @Test
    void builtInExtensionsAreListedAsActive() throws Exception {
        Await.until(catalog, "built-in extensions", r -> Await.hasActive(r, "ai.fvgs.background.solid")
                && Await.hasActive(r, "ai.fvgs.background.cyclorama") && Await.hasActive(r, "ai.fvgs.garment.tshirt"), TIMEOUT);
        ExtensionRecord tshirt = catalog.records().stream().filter(r -> r.id().equals("ai.fvgs.garment.tshirt")).findFirst().orElseThrow();
        assertEquals("garment-style", tshirt.kind());
        assertEquals("AI-FVGS", tshirt.vendor());
        assertEquals("ai.fvgs.garments.basic", tshirt.bundle());
    }

    @Test
    void droppedBundleAppearsThenUpdatesThenDisappears() throws Exception {
        long appear = copyExampleAndAwait();
        ExtensionRecord skirt = record("example.atelier.wrap-skirt");
        assertEquals("Example Atelier", skirt.vendor());
        assertEquals("ai.fvgs.examples.vendor", skirt.bundle());
        assertEquals("1.0.0", skirt.version());
        assertEquals("inference-backend", record("example.atelier.chroma-key").kind());

        dropins.put(JAR, DropinsFolder.withBundleVersion(DropinsFolder.exampleJar(), "1.1.0.updated"));
        long update = Await.until(catalog, "the example extensions at version 1.1.0", r -> EXAMPLE_IDS.stream()
                .allMatch(id -> r.stream().anyMatch(x -> x.id().equals(id) && x.isActive() && x.version().equals("1.1.0"))), TIMEOUT);
        assertEquals(1, catalog.records().stream().filter(r -> r.id().equals("example.atelier.sunset")).count(),
                "an update must replace the extension, not add a second one");

        dropins.delete(JAR);
        long remove = Await.until(catalog, "the example extensions to disappear",
                r -> EXAMPLE_IDS.stream().allMatch(id -> Await.absent(r, id)), TIMEOUT);
        assertTrue(Await.hasActive(catalog.records(), "ai.fvgs.background.solid"), "built-ins stay");
        System.out.printf("hot-plug latency (FileInstall poll 100 ms): appear %d ms, update %d ms, remove %d ms%n", appear, update, remove);
    }

    @Test
    void droppedExtensionsDoRealWorkThroughTheRegistries() throws Exception {
        copyExampleAndAwait();
        BackgroundRegistry backgrounds = Services.await(BackgroundRegistry.class);
        RgbaImage frame = new RgbaImage(64, 36);
        backgrounds.call("example.atelier.sunset", b -> {
            b.paint(frame, 1.5);
            return null;
        });
        assertEquals(0xFF, frame.get(0, 0) >>> 24, "sunset is opaque");
        assertTrue(frame.get(32, 0) != frame.get(32, 20), "sunset is a gradient");

        GarmentStyleRegistry garments = Services.await(GarmentStyleRegistry.class);
        BodyMeasurements body = StandardBody.medium();
        double waistline = garments.call("example.atelier.wrap-skirt", s -> s.draft(body, ParameterValues.defaults(s.parameters()))
                .orElseThrow().dimensions().get("waistline"));
        assertEquals(body.get(Measurement.WAIST) + 1.5 + 16, waistline, 1e-9, "waist + default ease + default overlap");

        InferenceBackendRegistry inference = Services.await(InferenceBackendRegistry.class);
        assertTrue(inference.activeIds().contains("example.atelier.chroma-key"));
    }

    private long copyExampleAndAwait() throws Exception {
        dropins.copy(DropinsFolder.exampleJar(), JAR);
        return Await.until(catalog, "the example extensions", r -> EXAMPLE_IDS.stream().allMatch(id -> Await.hasActive(r, id)), TIMEOUT);
    }

    private ExtensionRecord record(String id) {
        return catalog.records().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }
}
