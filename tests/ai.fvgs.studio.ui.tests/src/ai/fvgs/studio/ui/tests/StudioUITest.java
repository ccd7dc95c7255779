package ai.fvgs.studio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.e4.ui.model.application.ui.basic.MBasicFactory;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ai.fvgs.avatar.AvatarProfiles;
import ai.fvgs.avatar.HairStyle;
import ai.fvgs.scene.Scene;
import ai.fvgs.scene.SceneFiles;
import ai.fvgs.sdk.body.Measurement;
import ai.fvgs.studio.LengthUnit;
import ai.fvgs.studio.SceneDocument;
import ai.fvgs.studio.SceneEdits;
import ai.fvgs.studio.ui.internal.DocumentActions;
import ai.fvgs.studio.ui.internal.ModelBuilderPart;
import ai.fvgs.studio.ui.internal.PreviewCanvas;
import ai.fvgs.studio.ui.internal.StudioSession;
import ai.fvgs.studio.ui.internal.handlers.RedoHandler;
import ai.fvgs.studio.ui.internal.handlers.SaveAsHandler;
import ai.fvgs.studio.ui.internal.handlers.SaveHandler;
import ai.fvgs.studio.ui.internal.handlers.UndoHandler;
import ai.fvgs.tests.swt.SwtDriver;

/**
 * Drives the Model Builder part in a real SWT window: a measurement changes the painted preview, undo brings
 * back the value and the very same pixels, the dirty marker comes and goes, Save As writes a scene file the
 * renderer reads, the unit toggle, skin swatches and hair style work. Files are picked by a chooser that
 * answers like a user would instead of the native dialog.
 */
class StudioUITest {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    private Display display;
    private Shell shell;
    private SwtDriver driver;
    private SceneDocument doc;
    private StudioSession session;
    private MPart mpart;
    private ModelBuilderPart part;
    private final AtomicReference<Path> nextFile = new AtomicReference<>();
    private DocumentActions actions;

    @BeforeEach
    void open() {
        display = Display.getDefault();
        driver = new SwtDriver(display);
        doc = new SceneDocument(SceneEdits.defaultScene());
        session = new StudioSession(doc);
        mpart = MBasicFactory.INSTANCE.createPart();
        actions = new DocumentActions((s, save, title, name) -> nextFile.getAndSet(null));
        shell = new Shell(display);
        shell.setText("Studio");
        shell.setLayout(new FillLayout());
        shell.setSize(1180, 820);
        Composite parent = new Composite(shell, SWT.NONE);
        part = new ModelBuilderPart(doc, driver.uiSynchronize(), mpart, actions);
        part.createControls(parent);
        shell.open();
    }

    @AfterEach
    void close() {
        shell.dispose();
        driver.flush();
    }

    @Test
    void aMeasurementChangesThePreviewAndUndoRestoresValueAndPixels() throws Exception {
        PreviewCanvas preview = part.preview();
        waitForPreviewOf(doc.scene());
        int[] before = driver.stablePixels(preview.control(), TIMEOUT);
        assertEquals("Model Builder - Untitled", mpart.getLabel());
        assertFalse(mpart.isDirty());

        Spinner hip = part.spinner(Measurement.HIP);
        assertEquals(1000, hip.getSelection(), "hip 100.0 cm, one decimal");
        hip.setSelection(1250);
        hip.notifyListeners(SWT.Selection, new Event());
        assertEquals(125.0, doc.scene().avatar().measurements().get(Measurement.HIP));
        assertTrue(mpart.isDirty(), "the dirty marker appears");
        assertEquals("Change hip", doc.undoLabel());
        waitForPreviewOf(doc.scene());
        int[] changed = driver.stablePixels(preview.control(), TIMEOUT);
        assertTrue(differing(before, changed) > 200, "the painted preview changes: " + differing(before, changed) + " pixels differ");

        new UndoHandler().execute(session, shell);
        assertEquals(1000, hip.getSelection(), "undo restores the value");
        assertFalse(mpart.isDirty(), "the dirty marker goes");
        waitForPreviewOf(doc.scene());
        int[] after = driver.stablePixels(preview.control(), TIMEOUT);
        assertEquals(0, differing(before, after), "undo restores the preview, pixel for pixel; differing region "
                + region(before, after, preview.control().getSize().x));

        new RedoHandler().execute(session, shell);
        assertEquals(1250, hip.getSelection());
        assertTrue(mpart.isDirty());
    }

    @Test
    void saveAsWritesASceneTheRendererReadsAndTheDirtyMarkerGoes() throws Exception {
        Spinner bust = part.spinner(Measurement.BUST);
        bust.setSelection(bust.getSelection() + 55);
        bust.notifyListeners(SWT.Selection, new Event());
        part.monkButtons()[7].notifyListeners(SWT.Selection, new Event());
        assertEquals(8, doc.scene().avatar().skin().monk());
        assertTrue(part.monkButtons()[7].getSelection());
        assertFalse(part.monkButtons()[4].getSelection());
        assertTrue(mpart.isDirty());
        assertTrue(new SaveHandler(actions).canExecute(session));

        // the workbench asks the part to save when quitting: cancelling the file dialog keeps the workbench open
        nextFile.set(null);
        org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class, () -> part.save(shell));
        assertTrue(doc.isDirty());
        assertTrue(doc.file().isEmpty());

        Path file = dir.resolve("look");
        nextFile.set(file);
        // through dependency injection, as the workbench runs handlers: @Execute is on the handlers' superclass
        org.eclipse.e4.core.contexts.IEclipseContext context = org.eclipse.e4.core.contexts.EclipseContextFactory.create("test");
        context.set(ai.fvgs.studio.ui.internal.StudioSession.class, session);
        context.set(org.eclipse.e4.ui.services.IServiceConstants.ACTIVE_SHELL, shell);
        SaveAsHandler saveAs = new SaveAsHandler(actions);
        assertEquals(Boolean.TRUE, org.eclipse.e4.core.contexts.ContextInjectionFactory.invoke(saveAs,
                org.eclipse.e4.core.di.annotations.CanExecute.class, context));
        org.eclipse.e4.core.contexts.ContextInjectionFactory.invoke(saveAs, org.eclipse.e4.core.di.annotations.Execute.class, context);
        context.dispose();
        Path written = dir.resolve("look.json");
        assertTrue(Files.isRegularFile(written), ".json is added to a name without extension");
        Scene read = SceneFiles.read(written);
        assertEquals(doc.scene(), read);
        assertEquals(97.5, read.avatar().measurements().get(Measurement.BUST));
        assertFalse(mpart.isDirty());
        assertEquals("Model Builder - look.json", mpart.getLabel());
        assertFalse(new SaveHandler(actions).canExecute(session), "nothing to save");

        part.hairStyleViewer().setSelection(new StructuredSelection(HairStyle.BUN));
        assertEquals(HairStyle.BUN, doc.scene().avatar().hair().style());
        assertTrue(mpart.isDirty());
        new SaveHandler(actions).execute(session, shell);
        assertEquals(HairStyle.BUN, SceneFiles.read(written).avatar().hair().style());
        assertFalse(mpart.isDirty());
    }

    @Test
    void measurementsShowInInchesAndEditsInInchesAreStoredInCentimetres() {
        Button inches = part.unitButtons()[1];
        inches.setSelection(true);
        part.unitButtons()[0].setSelection(false);
        inches.notifyListeners(SWT.Selection, new Event());
        assertEquals(LengthUnit.IN, part.unit());
        Spinner height = part.spinner(Measurement.HEIGHT);
        assertEquals(2, height.getDigits());
        assertEquals(Math.round(168 / 2.54 * 100), height.getSelection());
        height.setSelection(7000);
        height.notifyListeners(SWT.Selection, new Event());
        assertEquals(177.8, doc.scene().avatar().measurements().get(Measurement.HEIGHT), 1e-9);
        assertTrue(doc.isDirty());
        assertFalse(doc.canRedo());
    }

    @Test
    void aProfileIsLoadedAsOneUndoableEditAndSaved() throws Exception {
        Path examples = Path.of(System.getProperty("fvgs.examples", "examples"));
        Scene before = doc.scene();
        nextFile.set(examples.resolve("avatars/ada-plus-size-mst10.json"));
        assertTrue(actions.loadProfile(shell, doc));
        assertEquals(AvatarProfiles.read(examples.resolve("avatars/ada-plus-size-mst10.json")), doc.scene().avatar());
        assertTrue(part.monkButtons()[9].getSelection());
        nextFile.set(dir.resolve("ada.json"));
        assertTrue(actions.saveProfile(shell, doc));
        assertEquals(doc.scene().avatar(), AvatarProfiles.read(dir.resolve("ada.json")));
        doc.undo();
        assertEquals(before, doc.scene());
    }

    @Test
    void draggingOrbitsAndTheWheelZoomsWithoutChangingTheScene() {
        PreviewCanvas preview = part.preview();
        waitForPreviewOf(doc.scene());
        int[] front = driver.stablePixels(preview.control(), TIMEOUT);
        mouse(preview, SWT.MouseDown, 200, 200, 0, 1);
        mouse(preview, SWT.MouseMove, 120, 180, SWT.BUTTON1, 0);
        mouse(preview, SWT.MouseUp, 120, 180, 0, 1);
        assertEquals(40, preview.view().azimuth(), 1e-9, "dragging 80 px to the left turns the camera 40 degrees");
        assertEquals(2, preview.view().elevation(), 1e-9, "and 20 px up lowers it 6 degrees");
        waitForView(preview);
        int[] turned = driver.stablePixels(preview.control(), TIMEOUT);
        assertTrue(differing(front, turned) > 500, "the model is seen from another side");

        Event wheel = new Event();
        wheel.count = 6;
        preview.control().notifyListeners(SWT.MouseVerticalWheel, wheel);
        assertEquals(Math.pow(1.1, 2), preview.view().zoom(), 1e-9);
        waitForView(preview);
        assertTrue(differing(turned, driver.stablePixels(preview.control(), TIMEOUT)) > 500, "zoomed in");
        assertFalse(doc.isDirty(), "the view is not part of the scene");
        assertFalse(doc.canUndo());

        preview.control().notifyListeners(SWT.MouseDoubleClick, new Event());
        assertEquals(ai.fvgs.studio.PreviewRenderer.View.FRONT, preview.view());
        waitForView(preview);
        assertEquals(0, differing(front, driver.stablePixels(preview.control(), TIMEOUT)), "double-click shows the front again");
    }

    private static void mouse(PreviewCanvas preview, int type, int x, int y, int stateMask, int button) {
        Event e = new Event();
        e.x = x;
        e.y = y;
        e.stateMask = stateMask;
        e.button = button;
        preview.control().notifyListeners(type, e);
    }

    private void waitForView(PreviewCanvas preview) {
        driver.waitUntil("the preview of the new view to be painted", () -> {
            var frame = preview.shownFrame();
            return frame != null && frame.view().equals(preview.view()) && frame.request() == preview.newestRequest()
                    && preview.paintedRequest() == frame.request();
        }, TIMEOUT);
    }

    @Test
    void theSessionMakesItsDocumentOnlyWhenFirstNeeded() {
        int[] made = { 0 };
        java.util.List<SceneDocument> told = new java.util.ArrayList<>();
        StudioSession lazy = new StudioSession(() -> {
            made[0]++;
            return new SceneDocument(SceneEdits.defaultScene());
        }, told::add);
        assertFalse(new SaveHandler(actions).canExecute(lazy), "nothing to save before the Studio is used");
        assertFalse(new UndoHandler().canExecute(lazy));
        assertTrue(new ai.fvgs.studio.ui.internal.handlers.NewHandler(actions).canExecute(lazy));
        assertEquals(0, made[0], "checking the handlers does not make the document");
        SceneDocument d = lazy.document();
        assertEquals(d, lazy.document());
        assertEquals(1, made[0]);
        assertEquals(java.util.List.of(d), told);
        assertFalse(new SaveHandler(actions).canExecute(null), "no Studio, no Save");
    }

    @Test
    void openShowsTheSceneFileAndItsNameAndForgetsTheEdits() throws Exception {
        Path examples = Path.of(System.getProperty("fvgs.examples", "examples"));
        Path file = examples.resolve("scenes/plus-size-deepest-tone.json");
        nextFile.set(file);
        new ai.fvgs.studio.ui.internal.handlers.OpenHandler(actions).execute(session, shell);
        Scene opened = SceneFiles.read(file);
        assertEquals(opened, doc.scene());
        assertEquals("Model Builder - plus-size-deepest-tone.json", mpart.getLabel());
        assertFalse(mpart.isDirty());
        assertEquals(Math.round(opened.avatar().measurements().get(Measurement.BUST) * 10), part.spinner(Measurement.BUST).getSelection());
        assertTrue(part.monkButtons()[9].getSelection(), "Monk tone 10");
        waitForPreviewOf(opened);

        new ai.fvgs.studio.ui.internal.handlers.NewHandler(actions).execute(session, shell);
        assertEquals(SceneEdits.defaultScene(), doc.scene());
        assertEquals("Model Builder - Untitled", mpart.getLabel());
        assertEquals(920, part.spinner(Measurement.BUST).getSelection());
    }

    @Test
    void errorsBecomeAStatusWithOneLinePerProblemAndCause() {
        var problems = new ai.fvgs.scene.SceneException("bad.json", java.util.List.of("$.output.fps: 29 is not allowed; allowed: 24, 25, 30, 60",
                "$.camera.fov: 1 is not allowed; allowed: a number from 10 to 90"));
        var status = ai.fvgs.studio.ui.internal.StudioErrors.status(problems);
        assertEquals(org.eclipse.core.runtime.IStatus.ERROR, status.getSeverity());
        assertEquals(2, status.getChildren().length);
        assertEquals("$.output.fps: 29 is not allowed; allowed: 24, 25, 30, 60", status.getChildren()[0].getMessage());
        assertEquals("bad.json: 2 problems", status.getMessage());

        var io = new java.io.IOException("disk full", new IllegalStateException("quota of /data exceeded"));
        status = ai.fvgs.studio.ui.internal.StudioErrors.status(io);
        assertEquals(java.util.List.of("disk full", "quota of /data exceeded"),
                Arrays.stream(status.getChildren()).map(org.eclipse.core.runtime.IStatus::getMessage).toList());
        assertEquals("disk full", status.getMessage());
    }

    /**
     * Preview latency, from a change of a measurement to the new frame painted, over a series of changes; and
     * a screenshot of the part for the user guide. Prints the figures for docs/performance.md.
     */
    @Test
    void previewLatencyAndScreenshot() throws Exception {
        waitForPreviewOf(doc.scene());
        Spinner bust = part.spinner(Measurement.BUST);
        int n = Integer.getInteger("fvgs.preview.changes", 20);
        long[] latencies = new long[n];
        for (int i = 0; i < n; i++) {
            bust.setSelection(900 + 5 * (i % 10) + (i >= 10 ? 2 : 0));
            bust.notifyListeners(SWT.Selection, new Event());
            waitForPreviewOf(doc.scene());
            latencies[i] = part.preview().lastLatencyNanos();
        }
        long[] colour = new long[10];
        for (int i = 0; i < colour.length; i++) {
            part.monkButtons()[(i + 1) % 10].notifyListeners(SWT.Selection, new Event());
            waitForPreviewOf(doc.scene());
            colour[i] = part.preview().lastLatencyNanos();
        }
        Arrays.sort(latencies);
        Arrays.sort(colour);
        var size = part.preview().shownFrame().image();
        System.out.printf(Locale.ROOT, "preview latency (change to painted), %dx%d, measurement: median %.0f ms, max %.0f ms (n=%d)%n",
                size.width(), size.height(), latencies[n / 2] / 1e6, latencies[n - 1] / 1e6, n);
        System.out.printf(Locale.ROOT, "preview latency (change to painted), %dx%d, skin tone: median %.0f ms, max %.0f ms (n=%d)%n",
                size.width(), size.height(), colour[colour.length / 2] / 1e6, colour[colour.length - 1] / 1e6, colour.length);
        part.monkButtons()[5].notifyListeners(SWT.Selection, new Event());
        bust.setSelection(920);
        bust.notifyListeners(SWT.Selection, new Event());
        waitForPreviewOf(doc.scene());
        Path shot = driver.screenshot(shell, "studio-model-builder");
        assertTrue(Files.size(shot) > 10_000, "a screenshot of the part");
    }

    private void waitForPreviewOf(Scene scene) {
        StudioChecks.waitForPreview(driver, part.preview(), scene, TIMEOUT);
    }

    private static String region(int[] a, int[] b, int width) {
        int x0 = Integer.MAX_VALUE, y0 = Integer.MAX_VALUE, x1 = -1, y1 = -1;
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            if (a[i] != b[i]) {
                x0 = Math.min(x0, i % width);
                x1 = Math.max(x1, i % width);
                y0 = Math.min(y0, i / width);
                y1 = Math.max(y1, i / width);
            }
        }
        return x1 < 0 ? "none" : "x " + x0 + "-" + x1 + ", y " + y0 + "-" + y1 + " of width " + width;
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
}
