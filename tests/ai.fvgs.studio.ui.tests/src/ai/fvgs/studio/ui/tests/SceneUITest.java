package ai.fvgs.studio.ui.tests;

import static ai.fvgs.studio.ui.tests.StudioChecks.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import javax.imageio.ImageIO;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.EclipseContextFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

import ai.fvgs.extensions.BackgroundRegistry;
import ai.fvgs.extensions.GarmentStyleRegistry;
import ai.fvgs.motion.CatwalkStyle;
import ai.fvgs.scene.Scene;
import ai.fvgs.studio.SceneDocument;
import ai.fvgs.studio.SceneEdits;
import ai.fvgs.studio.SceneSetupEdits;
import ai.fvgs.studio.ui.internal.DocumentActions;
import ai.fvgs.studio.ui.internal.OutfitPart;
import ai.fvgs.studio.ui.internal.ScenePart;
import ai.fvgs.tests.swt.SwtDriver;

/**
 * Drives the Scene part in a real SWT window against the real extension registries (the built-in backgrounds
 * through Felix SCR, a vendor's jar through Felix FileInstall's dropins folder): choosing a background, importing
 * a picture, changing the catwalk, the camera and the duration change the document and the painted preview, and
 * undo restores the very same pixels; scrubbing and playing change the frame; the example vendor's jar dropped
 * into the dropins folder shows its background in the gallery and its garment in the Outfit part without a
 * restart, and removing it takes them away. Leaves a screenshot for the user guide and prints the scrub latency.
 */
class SceneUITest {

    private static final Duration TIMEOUT = Duration.ofSeconds(90);
    private static final String SOLID = "ai.fvgs.background.solid";

    @TempDir
    Path dir;

    private Display display;
    private Shell shell;
    private SwtDriver driver;
    private SceneDocument doc;
    private ScenePart part;
    private LiveRegistries registries;
    private GarmentStyleRegistry garments;
    private BackgroundRegistry backgrounds;
    private final AtomicReference<Path> nextFile = new AtomicReference<>();

    @BeforeEach
    void open() throws Exception {
        registries = new LiveRegistries(getClass(), TIMEOUT);
        garments = registries.garments();
        backgrounds = registries.backgrounds();
        display = Display.getDefault();
        driver = new SwtDriver(display);
        driver.waitUntil("the built-in backgrounds", () -> backgrounds.activeIds().contains(SOLID), TIMEOUT);
        doc = new SceneDocument(SceneEdits.defaultScene());
        doc.edit("Short", SceneSetupEdits.duration(4));
        shell = new Shell(display);
        shell.setText("Studio");
        shell.setLayout(new FillLayout());
        shell.setSize(1180, 820);
        Composite parent = new Composite(shell, SWT.NONE);
        part = new ScenePart(doc, driver.uiSynchronize(), garments, backgrounds, (s, save, title, name) -> nextFile.getAndSet(null),
                (s, save, title, name) -> nextFile.getAndSet(null));
        part.createControls(parent);
        shell.open();
        driver.waitUntil("the built-in backgrounds in the gallery", () -> row(part.backgroundViewer(), SOLID) >= 0, TIMEOUT);
    }

    @AfterEach
    void close() {
        shell.dispose();
        driver.flush();
        registries.close();
    }

    @Test
    void backgroundPictureMotionCameraAndDurationChangeTheDocumentAndThePreviewAndUndoRestoresThem() throws Exception {
        Scene start = doc.scene();
        int[] before = painted(start);
        driver.waitUntil("thumbnails", () -> part.hasThumbnail(SOLID) && part.hasThumbnail("ai.fvgs.background.cyclorama"), TIMEOUT);
        // a background that needs a file shows a picture glyph on grey, not its black fallback as if that were its look
        driver.waitUntil("the picture background's thumbnail", () -> part.hasThumbnail("ai.fvgs.background.image"), TIMEOUT);
        org.eclipse.swt.graphics.ImageData glyph = part.thumbnail("ai.fvgs.background.image");
        int corner = glyph.getPixel(1, 1), centre = glyph.getPixel(glyph.width * 3 / 10, glyph.height * 3 / 4);
        org.eclipse.swt.graphics.RGB cornerRgb = glyph.palette.getRGB(corner);
        assertTrue(cornerRgb.red + cornerRgb.green + cornerRgb.blue > 150, "grey, not black: " + cornerRgb);
        assertTrue(corner != centre, "the glyph's frame differs from the grey around it");

        select(part.backgroundViewer(), SOLID);
        assertEquals(SOLID, doc.scene().background().id());
        assertTrue(doc.undoLabel().startsWith("Background "), doc.undoLabel());
        Text colour = parameter("colour", Text.class);
        colour.setText("#c02020");
        colour.notifyListeners(SWT.DefaultSelection, new Event());
        assertEquals(Map.of("colour", "#c02020"), doc.scene().background().parameters());
        int[] red = changedFrom(before, 5000, "the red background to show");

        Combo style = combo("motion");
        style.select(style.indexOf("power"));
        style.notifyListeners(SWT.Selection, new Event());
        assertEquals(CatwalkStyle.POWER.settings(8), doc.scene().motion().catwalk());
        Combo camera = combo("camera");
        camera.select(camera.indexOf("front"));
        camera.notifyListeners(SWT.Selection, new Event());
        assertEquals("front", doc.scene().camera().preset());
        Spinner duration = part.durationSpinner();
        duration.setSelection(250);
        duration.notifyListeners(SWT.Selection, new Event());
        assertEquals(2.5, doc.scene().output().duration());
        assertEquals(74, part.preview().scrubber().getMaximum(), "the scrubber covers the 75 frames");
        int[] changed = changedFrom(red, 200, "the front camera to show");

        Path picture = dir.resolve("wall.png");
        BufferedImage image = new BufferedImage(64, 36, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 64; x++) {
            for (int y = 0; y < 36; y++) {
                image.setRGB(x, y, x < 32 ? 0x2040C0 : 0x20C040);
            }
        }
        ImageIO.write(image, "png", picture.toFile());
        nextFile.set(picture);
        button("Import &Image...").notifyListeners(SWT.Selection, new Event());
        assertEquals(SceneSetupEdits.IMAGE_BACKGROUND, doc.scene().background().id());
        assertEquals(picture.toAbsolutePath().toString(), doc.scene().background().parameters().get("file"));
        changedFrom(changed, 5000, "the picture to show");

        while (!doc.scene().equals(start)) {
            assertTrue(doc.undo(), "undo");
        }
        assertEquals("tracking", camera.getText(), "undo shows the values again");
        assertEquals(400, duration.getSelection(), "the duration is shown again");
        painted(start);
        showsAgain(before, "undo to restore the preview, pixel for pixel");
    }

    @Test
    void aRejectedValueIsShownInADialogNamingWhatIsAllowedAndLeavesTheDocumentAsItWas() {
        select(part.backgroundViewer(), SOLID);
        Scene before = doc.scene();
        Text colour = parameter("colour", Text.class);
        AtomicReference<String> dialog = new AtomicReference<>();
        Runnable closeDialog = new Runnable() {
            @Override
            public void run() {
                for (Shell s : display.getShells()) {
                    if (s != shell && !s.isDisposed() && s.isVisible() && "Scene".equals(s.getText())) {
                        dialog.set(String.join("\n", SwtDriver.find(s, Label.class).stream().map(Label::getText).toList()));
                        s.close();
                        return;
                    }
                }
                display.timerExec(50, this);
            }
        };
        display.timerExec(50, closeDialog);
        colour.setText("#12");
        colour.notifyListeners(SWT.DefaultSelection, new Event()); // returns when the modal dialog is closed
        assertNotNull(dialog.get(), "an error dialog was shown");
        assertTrue(dialog.get().contains("#12") && dialog.get().contains("#rrggbb"), dialog.get());
        assertEquals(before, doc.scene(), "the rejected value never reached the document");
        assertEquals("#f3f2ef", colour.getText(), "the field shows the scene's value again");
    }

    @Test
    void scrubbingAndPlayingChangeTheFrameShown() throws Exception {
        int[] first = painted(doc.scene());
        assertEquals(0, part.preview().shownFrame().frame());
        part.preview().scrubber().setSelection(90);
        part.preview().scrubber().notifyListeners(SWT.Selection, new Event());
        driver.waitUntil("frame 90", () -> shown(90), TIMEOUT);
        changedFrom(first, 200, "the model to have walked on three seconds later");
        part.preview().scrubber().setSelection(0);
        part.preview().scrubber().notifyListeners(SWT.Selection, new Event());
        driver.waitUntil("frame 0 again", () -> shown(0), TIMEOUT);
        showsAgain(first, "scrubbing back to show the same frame");

        long paintedBefore = part.preview().paintedFrames();
        part.preview().playButton().notifyListeners(SWT.Selection, new Event());
        assertTrue(part.preview().isPlaying());
        driver.waitUntil("playing to show ten more frames", () -> part.preview().paintedFrames() >= paintedBefore + 10, TIMEOUT);
        part.preview().playButton().notifyListeners(SWT.Selection, new Event());
        assertTrue(!part.preview().isPlaying());
        assertTrue(part.preview().frame() >= 10, "the frame moved on: " + part.preview().frame());
        assertEquals(part.preview().frame(), part.preview().scrubber().getSelection(), "the scrubber follows");
    }

    @Test
    void thePartIsMadeByDependencyInjectionWithTheRegistriesFromTheServiceRegistryAsTheWorkbenchMakesIt() {
        BundleContext bundles = FrameworkUtil.getBundle(getClass()).getBundleContext();
        IEclipseContext context = EclipseContextFactory.getServiceContext(bundles).createChild("Scene part");
        Shell other = new Shell(display);
        other.setLayout(new FillLayout());
        other.setSize(1000, 700);
        try {
            context.set(SceneDocument.class, doc);
            context.set(UISynchronize.class, driver.uiSynchronize());
            context.set(Composite.class, new Composite(other, SWT.NONE));
            ScenePart made = ContextInjectionFactory.make(ScenePart.class, context);
            other.open();
            driver.waitUntil("the injected part's gallery", () -> row(made.backgroundViewer(), SOLID) >= 0, TIMEOUT);
            driver.waitUntil("the injected part's preview", () -> made.preview().shownFrame() != null
                    && made.preview().shownFrame().scene().equals(doc.scene()), TIMEOUT);
        } finally {
            context.dispose();
            other.dispose();
        }
    }

    @Test
    void aHiddenPartDoesNotRenderEditsUntilItIsShownAgain() {
        painted(doc.scene());
        Composite partComposite = part.form().getParent().getParent().getParent();
        partComposite.setVisible(false);
        long requests = part.preview().newestRequest();
        doc.edit("Change distance", SceneSetupEdits.cameraSetting("distance", 8));
        doc.edit("Change height", SceneSetupEdits.cameraSetting("height", 1.6));
        driver.flush();
        assertEquals(requests, part.preview().newestRequest(), "nothing is rendered while the part is hidden");
        partComposite.setVisible(true);
        painted(doc.scene());
        assertEquals(new Scene.Camera("tracking", 30, 8, 1.6), part.preview().shownFrame().scene().camera());
    }

    @Test
    void theExampleVendorsJarDroppedIntoTheDropinsFolderShowsItsBackgroundAndGarmentWithoutRestart() throws Exception {
        Path jar = Path.of(System.getProperty("fvgs.example.jar", "missing"));
        assertTrue(Files.isRegularFile(jar), "the example vendor bundle is built: " + jar);
        Path dropins = Path.of(System.getProperty("felix.fileinstall.dir"));
        Files.createDirectories(dropins);
        Shell outfitShell = new Shell(display);
        outfitShell.setLayout(new FillLayout());
        outfitShell.setSize(900, 700);
        OutfitPart outfit = new OutfitPart(doc, driver.uiSynchronize(), garments, new DocumentActions((s, save, title, name) -> null),
                (s, save, title, name) -> null);
        outfit.createControls(new Composite(outfitShell, SWT.NONE));
        outfitShell.open();
        Path dropped = dropins.resolve("example-atelier.jar");
        try {
            assertTrue(row(part.backgroundViewer(), "example.atelier.sunset") < 0, "not installed before");
            Path part1 = dropins.resolve("example-atelier.jar.part");
            Files.copy(jar, part1, StandardCopyOption.REPLACE_EXISTING);
            Files.move(part1, dropped, StandardCopyOption.ATOMIC_MOVE);
            driver.waitUntil("the vendor's background in the gallery", () -> row(part.backgroundViewer(), "example.atelier.sunset") >= 0, TIMEOUT);
            driver.waitUntil("the vendor's garment in the Outfit part", () -> row(outfit.availableViewer(), "example.atelier.wrap-skirt") >= 0,
                    TIMEOUT);
            driver.waitUntil("the vendor background's thumbnail", () -> part.hasThumbnail("example.atelier.sunset"), TIMEOUT);
            select(part.backgroundViewer(), "example.atelier.sunset");
            assertEquals("example.atelier.sunset", doc.scene().background().id());
            painted(doc.scene());
        } finally {
            Files.deleteIfExists(dropped);
        }
        driver.waitUntil("the vendor's background to leave the gallery", () -> row(part.backgroundViewer(), "example.atelier.sunset") < 0, TIMEOUT);
        driver.waitUntil("the vendor's garment to leave the Outfit part", () -> row(outfit.availableViewer(), "example.atelier.wrap-skirt") < 0,
                TIMEOUT);
        driver.waitUntil("the preview to say the background is gone", () -> part.statusText().contains("example.atelier.sunset"), TIMEOUT);
        assertTrue(SwtDriver.find(part.backgroundParameters(), Label.class).stream().anyMatch(l -> l.getText().contains("is not installed")),
                "the parameters say the background is not installed");
        doc.undo();
        assertEquals("ai.fvgs.background.cyclorama", doc.scene().background().id());
        painted(doc.scene());
        outfitShell.dispose();
    }

    /**
     * Opens the benchmark's reference scene (a tee and a pleated silk skirt simulated as cloth, the runway stage),
     * prints the time from a scrub to the painted frame and leaves a screenshot of the part.
     */
    @Test
    void scrubLatencyAndScreenshot() throws Exception {
        driver.waitUntil("the built-in garment styles", () -> garments.activeIds().contains("ai.fvgs.garment.pleated-skirt"), TIMEOUT);
        long t0 = System.nanoTime();
        doc.open(Path.of(System.getProperty("fvgs.benchmark.scenes"), "reference-720p.json"));
        painted(doc.scene());
        System.out.printf(Locale.ROOT, "scrub latency, Scene part, reference scene opened to its first frame painted: %.1f ms%n",
                (System.nanoTime() - t0) / 1e6);
        List<Long> forward = new ArrayList<>(), back = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            forward.add(scrubTo(i * 5));
        }
        for (int i = 1; i <= 10; i++) {
            back.add(scrubTo(100 - i * 7));
        }
        List<Long> idle = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            driver.waitUntil("cursors in every sixth of the video after the first", () -> part.preview().cursorPositions().stream()
                    .map(p -> Math.min(5, p / 50)).filter(k -> k > 0).distinct().count() == 5, TIMEOUT);
            idle.add(scrubTo(149 - 20 * i));
        }
        print("forward 5 frames", forward);
        print("back 7 frames right after (posing from an earlier cursor)", back);
        print("back after idle time (cursors spread over the video)", idle);
        scrubTo(75);
        driver.waitUntil("the thumbnails", () -> part.hasThumbnail("ai.fvgs.background.runway"), TIMEOUT);
        driver.stablePixels(part.preview().canvas(), TIMEOUT);
        driver.screenshot(shell, "studio-scene");
    }

    private long scrubTo(int frame) {
        long t0 = System.nanoTime();
        part.preview().scrubber().setSelection(frame);
        part.preview().scrubber().notifyListeners(SWT.Selection, new Event());
        driver.waitUntil("frame " + frame, () -> shown(frame), TIMEOUT);
        driver.flush();
        return System.nanoTime() - t0;
    }

    private static void print(String what, List<Long> nanos) {
        long[] ms = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf(Locale.ROOT, "scrub latency, Scene part, reference scene, %s, scrub to painted: median %.1f ms, max %.1f ms%n", what,
                ms[ms.length / 2] / 1e6, ms[ms.length - 1] / 1e6);
    }

    private boolean shown(int frame) {
        var f = part.preview().shownFrame();
        return f != null && f.frame() == frame && part.preview().paintedRequest() == part.preview().newestRequest()
                && f.request() == part.preview().newestRequest();
    }

    /**
     * Waits for the preview of the scene and returns the canvas's pixels once a frame is on the screen (more than the
     * letterbox's grey) and they settle.
     */
    private int[] painted(Scene scene) {
        driver.waitUntil("the preview of the current scene to be painted", () -> {
            var f = part.preview().shownFrame();
            return f != null && f.scene().equals(scene) && f.request() == part.preview().newestRequest()
                    && part.preview().paintedRequest() == f.request();
        }, TIMEOUT);
        driver.waitUntil("a frame on the screen", () -> Arrays.stream(driver.pixels(part.preview().canvas())).filter(p -> p != 0x808080)
                .count() > 10_000, TIMEOUT);
        return driver.stablePixels(part.preview().canvas(), TIMEOUT);
    }

    /**
     * The screen shows what was painted a moment later than the paint (GTK draws on its frame clock), so the test
     * waits for the change it expects rather than reading once: the pixels once more than {@code atLeast} differ
     * from {@code before} and they settle.
     */
    private int[] changedFrom(int[] before, int atLeast, String what) {
        driver.waitUntil(what, () -> differing(before, driver.pixels(part.preview().canvas())) > atLeast, TIMEOUT);
        return driver.stablePixels(part.preview().canvas(), TIMEOUT);
    }

    /** Waits until the canvas shows exactly these pixels again. */
    private void showsAgain(int[] pixels, String what) {
        driver.waitUntil(what, () -> differing(pixels, driver.pixels(part.preview().canvas())) == 0, TIMEOUT);
    }

    private void select(TableViewer viewer, String id) {
        viewer.setSelection(new StructuredSelection(viewer.getElementAt(row(viewer, id))));
    }

    private <T> T parameter(String key, Class<T> type) {
        return SwtDriver.find(part.backgroundParameters(), org.eclipse.swt.widgets.Control.class).stream()
                .filter(c -> key.equals(c.getData("parameter")) && type.isInstance(c)).map(type::cast).findFirst().orElseThrow();
    }

    private Combo combo(String setting) {
        return SwtDriver.find(part.form(), Combo.class).stream().filter(c -> setting.equals(c.getData("setting"))).findFirst().orElseThrow();
    }

    private Button button(String text) {
        return SwtDriver.find(part.form(), Button.class).stream().filter(b -> text.equals(b.getText())).findFirst().orElseThrow();
    }

    private static int differing(int[] a, int[] b) {
        if (a.length != b.length) {
            return Math.max(a.length, b.length);
        }
        int n = 0;
        for (int i = 0; i < a.length; i++) {
            n += a[i] != b[i] ? 1 : 0;
        }
        return n;
    }
}
