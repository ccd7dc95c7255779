package ai.fvgs.studio.ui.tests;

import static ai.fvgs.studio.ui.tests.RenderChecks.closeDialogTitled;
import static ai.fvgs.studio.ui.tests.RenderChecks.count;
import static ai.fvgs.studio.ui.tests.RenderChecks.differing;
import static ai.fvgs.studio.ui.tests.RenderChecks.ffprobe;
import static ai.fvgs.studio.ui.tests.RenderChecks.files;
import static ai.fvgs.studio.ui.tests.RenderChecks.screenshot;
import static ai.fvgs.studio.ui.tests.RenderChecks.similar;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.ProgressProvider;
import org.eclipse.e4.ui.model.application.ui.basic.MBasicFactory;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.TabItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ai.fvgs.extensions.BackgroundRegistry;
import ai.fvgs.extensions.GarmentStyleRegistry;
import ai.fvgs.production.ExtensionLookup;
import ai.fvgs.scene.Scene;
import ai.fvgs.sdk.body.Measurement;
import ai.fvgs.studio.RenderLibrary;
import ai.fvgs.studio.RenderPreset;
import ai.fvgs.studio.RenderRecord;
import ai.fvgs.studio.SceneDocument;
import ai.fvgs.studio.SceneEdits;
import ai.fvgs.studio.ui.internal.DocumentActions;
import ai.fvgs.studio.ui.internal.ModelBuilderPart;
import ai.fvgs.studio.ui.internal.OutfitPart;
import ai.fvgs.studio.ui.internal.PreviewCanvas;
import ai.fvgs.studio.ui.internal.RenderDialog;
import ai.fvgs.studio.ui.internal.RenderLauncher;
import ai.fvgs.studio.ui.internal.RendersPart;
import ai.fvgs.studio.ui.internal.VideoPlayerPart;
import ai.fvgs.tests.swt.SwtDriver;
import ai.fvgs.video.VideoReader;

/**
 * The Studio from a measurement to a played video, in a real SWT window with the real garment and background
 * registries (the built-in extensions through Felix SCR), the real renderer and FFmpeg: a measurement changes the
 * preview, a garment is picked and recoloured, the Render dialog renders 2 s at 180p through the Job (progress
 * per frame), ffprobe checks the MP4, the Renders part lists it (also for a library opened afresh, as after a
 * restart), the player shows its first frame (pixels compared with the decoded frame), scrubs and plays it at its
 * frame rate, its guidance is exported, a second render is cancelled and leaves no file, and Delete removes it.
 * Leaves screenshots of the dialog, the Renders part and the player for the user guide.
 */
class RenderUITest {

    private static final Duration TIMEOUT = Duration.ofSeconds(180);
    private static final String TSHIRT = "ai.fvgs.garment.tshirt";
    private static final String CYCLORAMA = "ai.fvgs.background.cyclorama";

    @TempDir
    Path dir;

    private Display display;
    private Shell shell;
    private SwtDriver driver;
    private SceneDocument doc;
    private LiveRegistries registries;
    private RenderLibrary library;
    private RenderLauncher launcher;
    private TabFolder tabs;
    private ModelBuilderPart modelBuilder;
    private OutfitPart outfit;
    private VideoPlayerPart player;
    private RendersPart renders;
    private final List<Path> openedFolders = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final Map<Job, int[]> progress = new ConcurrentHashMap<>();

    @BeforeEach
    void open() throws Exception {
        registries = new LiveRegistries(getClass(), TIMEOUT);
        GarmentStyleRegistry garments = registries.garments();
        BackgroundRegistry backgrounds = registries.backgrounds();
        display = Display.getDefault();
        driver = new SwtDriver(display);
        driver.waitUntil("the built-in T-shirt and cyclorama", () -> garments.activeIds().contains(TSHIRT)
                && backgrounds.activeIds().contains(CYCLORAMA), TIMEOUT);
        Job.getJobManager().setProgressProvider(new ProgressProvider() {
            @Override
            public IProgressMonitor createMonitor(Job job) {
                int[] counts = new int[2];
                progress.put(job, counts);
                return new NullProgressMonitor() {
                    @Override
                    public void beginTask(String name, int totalWork) {
                        counts[0] = totalWork;
                    }

                    @Override
                    public void worked(int work) {
                        counts[1] += work;
                    }
                };
            }
        });

        doc = new SceneDocument(SceneEdits.defaultScene());
        library = new RenderLibrary(dir.resolve("renders"));
        launcher = new RenderLauncher(library, ExtensionLookup.live(garments, backgrounds), display);
        DocumentActions actions = new DocumentActions((s, save, title, name) -> null);
        shell = new Shell(display);
        shell.setText("Studio");
        shell.setLayout(new FillLayout());
        shell.setSize(1500, 940);
        SashForm sash = new SashForm(shell, SWT.HORIZONTAL);
        tabs = new TabFolder(sash, SWT.TOP);
        modelBuilder = new ModelBuilderPart(doc, driver.uiSynchronize(), MBasicFactory.INSTANCE.createPart(), actions);
        modelBuilder.createControls(tab("Model Builder"));
        outfit = new OutfitPart(doc, driver.uiSynchronize(), garments, actions, (s, save, title, name) -> null);
        outfit.createControls(tab("Outfit"));
        SashForm right = new SashForm(sash, SWT.VERTICAL);
        player = new VideoPlayerPart();
        player.createControls(new Composite(right, SWT.NONE));
        renders = new RendersPart(launcher, r -> player.open(r.video()), folder -> openedFolders.add(folder));
        renders.createControls(new Composite(right, SWT.NONE));
        right.setWeights(62, 38);
        sash.setWeights(52, 48);
        shell.open();
    }

    private Composite tab(String label) {
        TabItem item = new TabItem(tabs, SWT.NONE);
        item.setText(label);
        Composite c = new Composite(tabs, SWT.NONE);
        item.setControl(c);
        return c;
    }

    @AfterEach
    void close() throws Exception {
        Job.getJobManager().cancel(RenderLauncher.FAMILY);
        Job.getJobManager().join(RenderLauncher.FAMILY, null);
        Job.getJobManager().setProgressProvider(null);
        shell.dispose();
        driver.flush();
        registries.close();
    }

    @Test
    void fromAMeasurementToARenderedVideoPlayedInTheStudio() throws Exception {
        // a measurement changes the preview
        waitForPreview(modelBuilder.preview(), doc.scene());
        int[] before = driver.stablePixels(modelBuilder.preview().control(), TIMEOUT);
        Spinner hip = modelBuilder.spinner(Measurement.HIP);
        hip.setSelection(1180);
        hip.notifyListeners(SWT.Selection, new Event());
        assertEquals(118.0, doc.scene().avatar().measurements().get(Measurement.HIP));
        waitForPreview(modelBuilder.preview(), doc.scene());
        int[] wider = driver.stablePixels(modelBuilder.preview().control(), TIMEOUT);
        assertTrue(differing(before, wider) > 200, "the preview shows the new hip: " + differing(before, wider) + " pixels differ");

        // a garment is picked and its colour changed
        tabs.setSelection(1);
        int tshirt = row(TSHIRT);
        assertTrue(tshirt >= 0, "the built-in T-shirt is listed");
        outfit.availableViewer().setSelection(new StructuredSelection(outfit.availableViewer().getElementAt(tshirt)));
        outfit.addSelectedGarment();
        assertEquals(List.of(TSHIRT), doc.scene().outfit().stream().map(Scene.Garment::style).toList());
        waitForPreview(outfit.preview(), doc.scene());
        int[] dressed = driver.stablePixels(outfit.preview().control(), TIMEOUT);
        outfit.setColour(0, 0xC8202A);
        waitForPreview(outfit.preview(), doc.scene());
        int[] red = driver.stablePixels(outfit.preview().control(), TIMEOUT);
        assertTrue(differing(dressed, red) > 200, "the preview shows the red T-shirt: " + differing(dressed, red) + " pixels differ");

        // the Render dialog renders 2 s at 180p through the Job
        RenderDialog dialog = new RenderDialog(shell, doc.scene(), library.home());
        dialog.setBlockOnOpen(false);
        dialog.open();
        dialog.presetViewer().setSelection(new StructuredSelection(RenderPreset.LOW));
        assertEquals(100, dialog.durationSpinner().getSelection(), "the scene's 10 s are offered");
        dialog.durationSpinner().setSelection(20);
        assertEquals(library.home().toString(), dialog.folderText().getText(), "the renders folder is offered");
        // the screenshot for the user guide shows the default data directory of a user, not this test's
        dialog.folderText().setText("/home/ada/.fvgs/renders");
        dialog.getShell().forceActive();
        driver.screenshot(dialog.getShell(), "studio-render-dialog");
        dialog.folderText().setText(library.home().toString());
        dialog.pressRender();
        shell.forceActive();
        RenderDialog.Choice choice = dialog.choice();
        assertEquals(new RenderDialog.Choice(RenderPreset.LOW, 2.0, library.home(), false), choice);

        AtomicReference<RenderRecord> finished = new AtomicReference<>();
        Job job = launcher.render(doc.scene(), dir, choice, r -> {
            finished.set(r);
            player.open(r.video());
        });
        driver.waitUntil("the render to finish", () -> job.getResult() != null, TIMEOUT);
        assertTrue(job.getResult().isOK(), "the render succeeded: " + job.getResult());
        driver.waitUntil("the finished render to be handed over", () -> finished.get() != null, TIMEOUT);
        assertEquals(60, progress.get(job)[0], "the job announced its 60 frames");
        assertEquals(60, progress.get(job)[1], "the job reported every frame");
        RenderRecord record = finished.get();
        Map<String, String> probe = ffprobe(record.video());
        assertEquals("h264", probe.get("codec_name"));
        assertEquals("320", probe.get("width"));
        assertEquals("180", probe.get("height"));
        assertEquals("60", probe.get("nb_read_frames"));
        assertEquals(2.0, Double.parseDouble(probe.get("duration")), 0.1, "ffprobe's duration");
        assertTrue(Files.isRegularFile(record.scene()), "the scene is kept with the render");
        assertEquals(0xC8202A, ai.fvgs.scene.SceneFiles.read(record.scene()).outfit().get(0).fabric().rgb(), "the red T-shirt was rendered");

        // the Renders part lists it, and so does a library opened afresh (after a restart)
        driver.waitUntil("the render to be listed", () -> renders.isLoaded() && renders.viewer().getTable().getItemCount() == 1, TIMEOUT);
        var item = renders.viewer().getTable().getItem(0);
        assertEquals("320 x 180", item.getText(2));
        assertEquals("2.0 s (60 frames)", item.getText(3));
        assertTrue(item.getText(4).endsWith("KB") || item.getText(4).endsWith("MB"), item.getText(4));
        List<RenderRecord> again = new RenderLibrary(library.home()).list();
        assertEquals(List.of(record.video()), again.stream().map(RenderRecord::video).toList());
        renders.viewer().setSelection(new StructuredSelection(renders.viewer().getElementAt(0)));
        assertTrue(renders.openFolder(record));
        assertEquals(List.of(record.folder()), openedFolders, "Open Folder opens the render's folder");

        // the player shows the first frame
        driver.waitUntil("the player to show the first frame", () -> record.video().equals(player.video()) && player.shownFrame() == 0, TIMEOUT);
        int[] first;
        try (VideoReader reader = VideoReader.open(record.video())) {
            first = reader.frame(0);
            assertMatches(first, 320, 180, "the first frame");
            driver.screenshot(shell, "studio-render");
            screenshot(driver, player.canvas().getParent(), "studio-render-player");
            screenshot(driver, renders.viewer().getControl().getParent(), "studio-render-list");

            // scrubbing to the last frame shows it
            player.slider().setSelection(59);
            player.slider().notifyListeners(SWT.Selection, new Event());
            driver.waitUntil("the player to show the last frame", () -> player.shownFrame() == 59, TIMEOUT);
            assertEquals("Frame 60 / 60   1.97 s / 2.00 s", player.positionLabel().getText());
            int[] last = reader.frame(59);
            assertTrue(differing(first, last) > 500, "the model has walked: the last frame differs from the first");
            assertMatches(last, 320, 180, "the last frame");
        }

        // playing from the start takes the video's 2 s, not less
        player.seek(0);
        driver.waitUntil("the player to show the first frame again", () -> player.shownFrame() == 0, TIMEOUT);
        long start = System.nanoTime();
        player.togglePlay();
        assertEquals("&Pause", player.playButton().getText());
        driver.waitUntil("playback to reach the end", () -> player.shownFrame() == 59 && "&Play".equals(player.playButton().getText()), TIMEOUT);
        double seconds = (System.nanoTime() - start) / 1e9;
        assertTrue(seconds > 1.8 && seconds < 20, "played at about the video's frame rate: " + seconds + " s");

        // the guidance sequences are exported into a chosen folder
        Job export = renders.exportGuidance(record, dir.resolve("export"));
        driver.waitUntil("the guidance export to finish", () -> export.getResult() != null, TIMEOUT);
        assertTrue(export.getResult().isOK(), "export: " + export.getResult());
        Path guidance = dir.resolve("export").resolve(record.name() + "-guidance");
        assertTrue(Files.isRegularFile(guidance.resolve("guidance.json")), "guidance.json in " + guidance);
        for (String kind : List.of("pose", "depth", "normal", "segmentation", "mask")) {
            assertEquals(60, count(guidance.resolve(kind)), kind + " has a PNG per frame");
        }
        assertEquals(60, count(guidance.resolve("openpose")), "an OpenPose JSON per frame");

        // a cancelled render leaves nothing behind
        Path cancelled = dir.resolve("cancelled");
        Job second = launcher.render(doc.scene(), dir, new RenderDialog.Choice(RenderPreset.LOW, 60, cancelled, true),
                r -> finished.set(null));
        driver.waitUntil("the second render to be under way", () -> progress.containsKey(second) && progress.get(second)[1] >= 3, TIMEOUT);
        second.cancel();
        driver.waitUntil("the second render to stop", () -> second.getResult() != null, TIMEOUT);
        assertEquals(IStatus.CANCEL, second.getResult().getSeverity());
        assertTrue(progress.get(second)[1] < 1800, "it stopped early: " + progress.get(second)[1] + " frames");
        assertEquals(List.of(), files(cancelled), "no partial video, guidance or side-car remains");
        assertEquals(record, finished.get(), "the cancelled render never reported as finished");

        // Delete removes the render
        renders.delete(record).get(60, TimeUnit.SECONDS);
        driver.waitUntil("the list to empty", () -> renders.isLoaded() && renders.viewer().getTable().getItemCount() == 0, TIMEOUT);
        assertFalse(Files.exists(record.video()));
        assertFalse(Files.exists(record.scene()));
        assertEquals(List.of(), new RenderLibrary(library.home()).list());
    }

    @Test
    void aSceneThatCannotBeRenderedShowsWhyInADialogAndWritesNothing() throws Exception {
        Scene s = doc.scene();
        Scene missing = new Scene(s.avatar(), List.of(new Scene.Garment("test.vendor.missing-coat", Map.of(), SceneEdits.DEFAULT_FABRIC)),
                s.background(), s.motion(), s.camera(), s.lights(), s.output());
        AtomicReference<String> dialog = closeDialogTitled(display, shell, "Render");
        Path folder = dir.resolve("failed");
        Job job = launcher.render(missing, dir, new RenderDialog.Choice(RenderPreset.LOW, 1, folder, false), r -> {
        });
        driver.waitUntil("the error dialog", () -> dialog.get() != null, TIMEOUT);
        driver.waitUntil("the job to end", () -> job.getResult() != null, TIMEOUT);
        assertEquals(IStatus.ERROR, job.getResult().getSeverity());
        assertTrue(dialog.get().contains("The scene could not be rendered."), dialog.get());
        assertTrue(dialog.get().contains("$.outfit[0].garment: \"test.vendor.missing-coat\" is not an installed garment style"), dialog.get());
        assertEquals(List.of(), files(folder), "nothing was written");
        assertEquals(List.of(), library.list());
    }

    @Test
    void openFolderWithoutAFileManagerSaysSoInADialog() throws Exception {
        RenderLibrary.Plan plan = library.plan(doc.scene(), library.home(), false);
        Files.write(plan.video(), new byte[16]); // a stand-in: only the folder matters here
        RenderRecord record = library.complete(plan);
        Shell other = new Shell(display);
        other.setLayout(new FillLayout());
        RendersPart noFileManager = new RendersPart(launcher, r -> {
        }, folder -> false);
        noFileManager.createControls(new Composite(other, SWT.NONE));
        AtomicReference<String> dialog = closeDialogTitled(display, shell, "Open Folder");
        try {
            assertFalse(noFileManager.openFolder(record));
            assertNotNull(dialog.get(), "a dialog was shown");
            assertTrue(dialog.get().contains("The folder " + record.folder() + " could not be opened."), dialog.get());
            assertTrue(dialog.get().contains("no file manager is registered for folders on this system"), dialog.get());
        } finally {
            other.dispose();
        }
    }

    @Test
    void theRenderDialogRefusesAFolderThatIsNotAFullPath() {
        RenderDialog dialog = new RenderDialog(shell, doc.scene(), library.home());
        dialog.setBlockOnOpen(false);
        dialog.open();
        dialog.folderText().setText("renders");
        dialog.pressRender();
        assertNull(dialog.choice(), "the dialog stays open");
        assertTrue(SwtDriver.find(dialog.getShell(), org.eclipse.swt.widgets.Label.class).stream()
                .anyMatch(l -> l.getText().equals("Folder 'renders': give a full path, such as " + library.home())));
        dialog.close();
    }

    /** Compares the painted player with a decoded frame at the centres of a 32 x 18 grid of cells. */
    private void assertMatches(int[] frame, int width, int height, String what) {
        driver.flush();
        int[] shown = driver.pixels(player.canvas());
        int canvasWidth = player.canvas().getSize().x;
        Rectangle b = player.frameBounds();
        assertTrue(b.width > width && b.height > height, "the frame is scaled up to the canvas: " + b);
        int match = 0, total = 0;
        for (int gy = 0; gy < 18; gy++) {
            for (int gx = 0; gx < 32; gx++) {
                int fx = (gx * width + width / 2) / 32, fy = (gy * height + height / 2) / 18;
                int cx = b.x + (int) ((fx + 0.5) * b.width / width), cy = b.y + (int) ((fy + 0.5) * b.height / height);
                total++;
                if (similar(frame[fy * width + fx], shown[cy * canvasWidth + cx])) {
                    match++;
                }
            }
        }
        assertTrue(match >= total * 0.9, what + " is painted: " + match + " of " + total + " samples match");
    }

    private int row(String id) {
        driver.flush();
        return StudioChecks.row(outfit.availableViewer(), id);
    }

    private void waitForPreview(PreviewCanvas preview, Scene scene) {
        StudioChecks.waitForPreview(driver, preview, scene, TIMEOUT);
    }

}
