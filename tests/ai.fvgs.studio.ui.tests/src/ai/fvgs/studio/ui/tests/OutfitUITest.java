package ai.fvgs.studio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;
import org.osgi.util.tracker.ServiceTracker;

import ai.fvgs.avatar.BodyShape;
import ai.fvgs.avatar.HairStyle;
import ai.fvgs.avatar.SizeClass;
import ai.fvgs.avatar.SkinTone;
import ai.fvgs.extensions.GarmentStyleRegistry;
import ai.fvgs.scene.Material;
import ai.fvgs.scene.Scene;
import ai.fvgs.sdk.ExtensionInfo;
import ai.fvgs.sdk.body.BodyMeasurements;
import ai.fvgs.sdk.garment.BodyLevel;
import ai.fvgs.sdk.garment.FittedTorso;
import ai.fvgs.sdk.garment.GarmentCategory;
import ai.fvgs.sdk.garment.GarmentForm;
import ai.fvgs.sdk.garment.GarmentStyle;
import ai.fvgs.sdk.garment.Level;
import ai.fvgs.sdk.garment.Neckline;
import ai.fvgs.sdk.garment.ParameterSpec;
import ai.fvgs.sdk.garment.ParameterValues;
import ai.fvgs.sdk.garment.Sleeves;
import ai.fvgs.studio.LookVariants;
import ai.fvgs.studio.SceneDocument;
import ai.fvgs.studio.SceneEdits;
import ai.fvgs.studio.ui.internal.DocumentActions;
import ai.fvgs.studio.ui.internal.LookVariantsDialog;
import ai.fvgs.studio.ui.internal.OutfitPart;
import ai.fvgs.tests.swt.SwtDriver;

/**
 * Drives the Outfit part in a real SWT window against the real garment style registry (OSGi services through
 * Felix SCR): a garment registered as a service appears in the viewer, picking one dresses the painted model,
 * a colour change repaints it and undo restores the very same pixels; the look variants dialog renders a grid of
 * thumbnails in a Job and opening one makes it the document's new scene. Leaves screenshots for the user guide.
 */
class OutfitUITest {

    private static final Duration TIMEOUT = Duration.ofSeconds(90);

    @TempDir
    Path dir;

    private Display display;
    private Shell shell;
    private SwtDriver driver;
    private SceneDocument doc;
    private OutfitPart part;
    private GarmentStyleRegistry registry;
    private ServiceTracker<GarmentStyleRegistry, GarmentStyleRegistry> tracker;
    private ServiceRegistration<GarmentStyle> tee;
    private final AtomicReference<Path> nextFile = new AtomicReference<>();
    private DocumentActions actions;

    @BeforeEach
    void open() throws Exception {
        BundleContext context = FrameworkUtil.getBundle(getClass()).getBundleContext();
        tracker = new ServiceTracker<>(context, GarmentStyleRegistry.class, null);
        tracker.open();
        registry = tracker.waitForService(TIMEOUT.toMillis());
        assertNotNull(registry, "the garment style registry is running");
        tee = register(context, "test.studio.tee", "Studio Tee", "Test Vendor");
        display = Display.getDefault();
        driver = new SwtDriver(display);
        doc = new SceneDocument(SceneEdits.defaultScene());
        actions = new DocumentActions((s, save, title, name) -> nextFile.getAndSet(null));
        shell = new Shell(display);
        shell.setText("Studio");
        shell.setLayout(new FillLayout());
        shell.setSize(1180, 820);
        Composite parent = new Composite(shell, SWT.NONE);
        part = new OutfitPart(doc, driver.uiSynchronize(), registry, actions, (s, save, title, name) -> nextFile.getAndSet(null));
        part.createControls(parent);
        shell.open();
        driver.waitUntil("the test garment to be listed", () -> record("test.studio.tee") >= 0, TIMEOUT);
    }

    @AfterEach
    void close() {
        shell.dispose();
        driver.flush();
        tee.unregister();
        tracker.close();
    }

    @Test
    void aVendorGarmentRegisteredNowAppearsAndGoesAgain() {
        BundleContext context = FrameworkUtil.getBundle(getClass()).getBundleContext();
        assertTrue(record("test.vendor.coat") < 0);
        ServiceRegistration<GarmentStyle> vendor = register(context, "test.vendor.coat", "Vendor Long Tee", "Other Vendor");
        try {
            driver.waitUntil("the vendor garment to appear in the viewer", () -> record("test.vendor.coat") >= 0, TIMEOUT);
        } finally {
            vendor.unregister();
        }
        driver.waitUntil("the vendor garment to leave the viewer", () -> record("test.vendor.coat") < 0, TIMEOUT);
    }

    @Test
    void pickingAGarmentAndItsColourChangesThePreviewAndUndoRestoresIt() throws Exception {
        waitForPreviewOf(doc.scene());
        int[] bare = driver.stablePixels(part.preview().control(), TIMEOUT);

        part.availableViewer().setSelection(new StructuredSelection(part.availableViewer().getElementAt(record("test.studio.tee"))));
        part.addSelectedGarment();
        assertEquals(List.of("test.studio.tee"), doc.scene().outfit().stream().map(Scene.Garment::style).toList());
        assertEquals("Add Studio Tee", doc.undoLabel());
        assertEquals(1, part.outfitViewer().getTable().getItemCount());
        waitForPreviewOf(doc.scene());
        int[] dressed = driver.stablePixels(part.preview().control(), TIMEOUT);
        assertTrue(differing(bare, dressed) > 200, "the model is dressed: " + differing(bare, dressed) + " pixels differ");

        part.setColour(0, 0xC8202A);
        assertEquals(0xC8202A, doc.scene().outfit().get(0).fabric().rgb());
        assertEquals("Change fabric colour", doc.undoLabel());
        waitForPreviewOf(doc.scene());
        int[] red = driver.stablePixels(part.preview().control(), TIMEOUT);
        assertTrue(differing(dressed, red) > 200, "the colour shows: " + differing(dressed, red) + " pixels differ");

        Spinner length = (Spinner) SwtDriver.find(part.parameterEditors(), Spinner.class).stream()
                .filter(s -> "length".equals(s.getData("parameter"))).findFirst().orElseThrow();
        assertEquals(620, length.getSelection());
        length.setSelection(700);
        length.notifyListeners(SWT.Selection, new Event());
        assertEquals(70.0, doc.scene().outfit().get(0).parameters().get("length"));
        part.fabricViewers()[1].setSelection(new StructuredSelection(Material.SILK));
        assertEquals(Material.SILK, doc.scene().outfit().get(0).fabric().material());
        waitForPreviewOf(doc.scene());
        driver.screenshot(shell, "studio-outfit");

        doc.undo();
        doc.undo();
        assertEquals(620, length.getSelection(), "undo shows the value again");
        doc.undo();
        assertEquals(SceneEdits.DEFAULT_FABRIC, doc.scene().outfit().get(0).fabric());
        waitForPreviewOf(doc.scene());
        assertEquals(0, differing(dressed, driver.stablePixels(part.preview().control(), TIMEOUT)),
                "undo restores the preview, pixel for pixel");
        doc.undo();
        assertEquals(0, part.outfitViewer().getTable().getItemCount());
        waitForPreviewOf(doc.scene());
        assertEquals(0, differing(bare, driver.stablePixels(part.preview().control(), TIMEOUT)));
    }

    @Test
    void theLookVariantsGridRendersEveryVariantAndOpensOneAsANewScene() throws Exception {
        part.availableViewer().setSelection(new StructuredSelection(part.availableViewer().getElementAt(record("test.studio.tee"))));
        part.addSelectedGarment();
        part.setColour(0, 0x2A6AC8);
        nextFile.set(dir.resolve("look.json"));
        assertTrue(actions.save(shell, doc));
        assertFalse(doc.isDirty());

        LookVariantsDialog dialog = part.openLookVariants();
        dialog.setBlockOnOpen(false);
        dialog.open();
        List<SkinTone> skins = List.of(SkinTone.monk(2), SkinTone.monk(6), SkinTone.monk(10));
        dialog.render(skins, List.of(SizeClass.S, SizeClass.XL), BodyShape.PEAR, List.of(HairStyle.BOB, HairStyle.CURLY));
        driver.waitUntil("12 thumbnails", () -> dialog.thumbnails().size() == 12, TIMEOUT);
        for (LookVariants.Thumbnail t : dialog.thumbnails()) {
            assertNotNull(t.image(), t.variant().label() + ": " + t.error());
        }
        driver.screenshot(dialog.getShell(), "studio-look-variants");

        LookVariants.Variant chosen = dialog.thumbnails().stream().filter(t -> t.index() == 7).findFirst().orElseThrow().variant();
        assertEquals(SkinTone.monk(6), chosen.skin());
        assertTrue(dialog.open(7));
        assertEquals(chosen.scene(), doc.scene());
        assertTrue(doc.file().isEmpty(), "the variant is a new untitled scene");
        assertFalse(doc.canUndo());
        assertEquals(0x2A6AC8, doc.scene().outfit().get(0).fabric().rgb(), "it wears the same outfit");
        assertEquals(HairStyle.CURLY, doc.scene().avatar().hair().style());
        assertEquals(1, part.outfitViewer().getTable().getItemCount());
    }

    private int record(String id) {
        driver.flush();
        return StudioChecks.row(part.availableViewer(), id);
    }

    private void waitForPreviewOf(Scene scene) {
        StudioChecks.waitForPreview(driver, part.preview(), scene, TIMEOUT);
    }

    private static int differing(int[] a, int[] b) {
        int n = 0;
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            if (a[i] != b[i]) {
                n++;
            }
        }
        return n + Math.abs(a.length - b.length);
    }

    private static ServiceRegistration<GarmentStyle> register(BundleContext context, String id, String label, String vendor) {
        Dictionary<String, Object> props = new Hashtable<>();
        props.put("fvgs.test", Boolean.TRUE);
        return context.registerService(GarmentStyle.class, new Tee(id, label, vendor), props);
    }

    /** A T-shirt as a vendor writes one: its body length below the shoulder is a parameter. */
    private record Tee(String id, String label, String vendor) implements GarmentStyle {
        @Override
        public ExtensionInfo info() {
            return ExtensionInfo.builder(id).label(label).vendor(vendor).build();
        }

        @Override
        public GarmentCategory category() {
            return GarmentCategory.TOP;
        }

        @Override
        public List<ParameterSpec> parameters() {
            return List.of(ParameterSpec.number("length", "Length", "cm", 40, 80, 62));
        }

        @Override
        public Optional<GarmentForm> form(BodyMeasurements body, ParameterValues values) {
            return Optional.of(GarmentForm.of(FittedTorso.bodice(Neckline.CREW, Level.below(BodyLevel.SHOULDER, values.number("length")), 8),
                    new Sleeves(20, 4, 4)));
        }
    }
}
