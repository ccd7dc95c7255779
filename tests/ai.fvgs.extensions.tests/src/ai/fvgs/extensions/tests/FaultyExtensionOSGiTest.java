package ai.fvgs.extensions.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import ai.fvgs.extensions.BackgroundRegistry;
import ai.fvgs.extensions.ExtensionCatalog;
import ai.fvgs.extensions.ExtensionFailedException;
import ai.fvgs.sdk.RgbaImage;
import ai.fvgs.extensions.tests.faulty.CrashingBackground;
import ai.fvgs.extensions.tests.faulty.FailingActivationBackground;
import ai.fvgs.extensions.tests.faulty.ThrowingActivator;
import ai.fvgs.extensions.tests.faulty.UndescribableBackground;

/**
 * Faulty vendor bundles dropped into the real dropins folder are listed as failed with the reason, and
 * everything else keeps working.
 */
class FaultyExtensionOSGiTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(15);
    private static final String SDK_IMPORTS = "ai.fvgs.sdk;version=\"[1.0,2)\",ai.fvgs.sdk.background;version=\"[1.0,2)\"";

    private DropinsFolder dropins;
    private ExtensionCatalog catalog;
    private BackgroundRegistry backgrounds;

    @BeforeEach
    void setUp() throws Exception {
        dropins = DropinsFolder.fromFramework();
        catalog = Services.await(ExtensionCatalog.class);
        backgrounds = Services.await(BackgroundRegistry.class);
    }

    @AfterEach
    void tearDown() throws Exception {
        dropins.clear();
        Await.until(catalog, "the faulty bundles to be gone", r -> r.stream().noneMatch(x -> x.bundle().startsWith("test.faulty")
                || x.id().startsWith("test.")), TIMEOUT);
        assertBuiltInsStillWork();
    }

    @Test
    void bundleThatCannotResolveIsListedWithTheMissingPackage() throws Exception {
        dropins.put("unresolvable.jar", DropinsFolder.bundle(Map.of("Bundle-SymbolicName", "test.faulty.unresolvable",
                "Bundle-Version", "2.0.0", "Bundle-Name", "Needs a missing package", "Fvgs-Extension", "background",
                "Import-Package", "com.example.missing.runtime;version=\"[3,4)\""), Map.of()));
        Await.until(catalog, "the unresolvable bundle listed as failed",
                r -> Await.hasFailed(r, "test.faulty.unresolvable", "com.example.missing.runtime"), TIMEOUT);
        var record = catalog.records().stream().filter(r -> r.id().equals("test.faulty.unresolvable")).findFirst().orElseThrow();
        assertEquals("background", record.kind(), "the kind comes from the Fvgs-Extension header");
        assertEquals("Needs a missing package", record.label());
        assertBuiltInsStillWork();
    }

    @Test
    void bundleWhoseActivatorThrowsIsListedWithTheReason() throws Exception {
        dropins.put("activator.jar", DropinsFolder.bundle(Map.of("Bundle-SymbolicName", "test.faulty.activator",
                "Bundle-Version", "1.0.0", "Bundle-Activator", ThrowingActivator.class.getName(),
                "Import-Package", "org.osgi.framework"),
                Map.of(DropinsFolder.classPath(ThrowingActivator.class), DropinsFolder.classBytes(ThrowingActivator.class))));
        Await.until(catalog, "the bundle with the throwing activator listed as failed",
                r -> Await.hasFailed(r, "test.faulty.activator", "activator exploded on purpose"), TIMEOUT);
        assertEquals("bundle", catalog.records().stream().filter(r -> r.id().equals("test.faulty.activator")).findFirst()
                .orElseThrow().kind(), "without the Fvgs-Extension header the kind is unknown");
        assertBuiltInsStillWork();
    }

    @Test
    void extensionThatThrowsFromInfoIsListedAsFailed() throws Exception {
        dropins.put("undescribable.jar", componentBundle("test.faulty.undescribable", "test.undescribable", UndescribableBackground.class, null));
        Await.until(catalog, "the undescribable background listed as failed",
                r -> Await.hasFailed(r, "test.undescribable", "licence key missing"), TIMEOUT);
        assertBuiltInsStillWork();
    }

    @Test
    void extensionWhoseComponentFailsToActivateIsListedWithTheReason() throws Exception {
        dropins.put("activation.jar", componentBundle("test.faulty.activation", "test.failing-activation-component",
                FailingActivationBackground.class, "activate"));
        Await.until(catalog, "the background whose activation fails listed as failed",
                r -> Await.hasFailed(r, "test.failing-activation-component", "GPU not found"), TIMEOUT);
        assertBuiltInsStillWork();
    }

    @Test
    void extensionThatFailsWhileInUseIsIsolated() throws Exception {
        dropins.put("crashing.jar", componentBundle("test.faulty.crashing", "test.crashing.component", CrashingBackground.class, null));
        Await.until(catalog, "the crashing background to appear", r -> Await.hasActive(r, "test.crashing"), TIMEOUT);
        RgbaImage frame = new RgbaImage(8, 8);
        ExtensionFailedException e = assertThrows(ExtensionFailedException.class, () -> backgrounds.call("test.crashing", b -> {
            b.paint(frame, 0);
            return null;
        }));
        assertTrue(e.getMessage().contains("ArrayIndexOutOfBoundsException"), e.getMessage());
        assertTrue(e.getMessage().contains("test.faulty.crashing"), "names the bundle: " + e.getMessage());
        Await.until(catalog, "the crashing background listed as failed", r -> Await.hasFailed(r, "test.crashing", "failed while in use"), TIMEOUT);
        assertThrows(ExtensionFailedException.class, () -> backgrounds.call("test.crashing", b -> null), "a failed extension is not called again");
        assertBuiltInsStillWork();
    }

    @Test
    void fileThatIsNotABundleIsListedWithTheReason() throws Exception {
        dropins.put("test.garbage.jar", "this is not a zip file".getBytes(StandardCharsets.UTF_8));
        dropins.put("test.plain.jar", DropinsFolder.bundle(Map.of("Created-By", "a plain library, no OSGi headers"), Map.of()));
        Await.until(catalog, "the two non-bundles listed as failed", r -> Await.hasFailed(r, "test.garbage.jar", "not a readable jar")
                && Await.hasFailed(r, "test.plain.jar", "no Bundle-SymbolicName"), TIMEOUT);
        assertTrue(catalog.awaitDropins(Duration.ofSeconds(5)), "a folder with only non-bundles has settled");
        assertBuiltInsStillWork();
    }

    @Test
    void rejectedInputDoesNotMarkTheExtensionFailed() throws Exception {
        assertThrows(IllegalArgumentException.class, () -> backgrounds.call("ai.fvgs.background.solid", b -> {
            throw new IllegalArgumentException("colour 'mauve-ish' is not allowed");
        }));
        assertTrue(Await.hasActive(catalog.records(), "ai.fvgs.background.solid"));
    }

    private void assertBuiltInsStillWork() {
        RgbaImage frame = new RgbaImage(16, 9);
        backgrounds.call("ai.fvgs.background.cyclorama", b -> {
            b.paint(frame, 0);
            return null;
        });
        assertEquals(0xFF, frame.get(8, 4) >>> 24, "the built-in cyclorama still paints");
        assertTrue(Await.hasActive(catalog.records(), "ai.fvgs.garment.tshirt"), "built-in garment still active");
    }

    /** A bundle with one DS component providing {@code Background}, implemented by a class copied from this bundle. */
    private static byte[] componentBundle(String bsn, String componentName, Class<?> type, String activate) throws Exception {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<scr:component xmlns:scr=\"http://www.osgi.org/xmlns/scr/v1.4.0\" name=\"" + componentName + "\""
                + (activate == null ? "" : " activate=\"" + activate + "\"") + ">\n"
                + "  <implementation class=\"" + type.getName() + "\"/>\n"
                + "  <service><provide interface=\"ai.fvgs.sdk.background.Background\"/></service>\n"
                + "</scr:component>\n";
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Bundle-SymbolicName", bsn);
        headers.put("Bundle-Version", "1.0.0");
        headers.put("Fvgs-Extension", "background");
        headers.put("Import-Package", SDK_IMPORTS);
        headers.put("Service-Component", "OSGI-INF/component.xml");
        return DropinsFolder.bundle(headers, Map.of("OSGI-INF/component.xml", xml.getBytes(StandardCharsets.UTF_8),
                DropinsFolder.classPath(type), DropinsFolder.classBytes(type)));
    }
}
