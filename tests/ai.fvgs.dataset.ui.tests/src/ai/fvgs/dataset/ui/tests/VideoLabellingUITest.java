package ai.fvgs.dataset.ui.tests;

import static ai.fvgs.dataset.ui.tests.CanvasMouse.drag;
import static ai.fvgs.dataset.ui.tests.DatasetTestbed.TIMEOUT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ai.fvgs.dataset.Annotation;
import ai.fvgs.dataset.DatasetStore;
import ai.fvgs.dataset.ImportOptions;
import ai.fvgs.dataset.ImportReport;
import ai.fvgs.dataset.MediaKind;
import ai.fvgs.dataset.Role;
import ai.fvgs.dataset.SearchQuery;
import ai.fvgs.dataset.Shape;
import ai.fvgs.dataset.ShapeTrack;
import ai.fvgs.dataset.ui.internal.AnnotationCanvas;
import ai.fvgs.dataset.ui.internal.DatasetConnection;
import ai.fvgs.dataset.ui.internal.LabellingPart;
import ai.fvgs.dataset.ui.internal.Listing;
import ai.fvgs.dataset.ui.internal.VideoStrip;
import ai.fvgs.sdk.Progress;
import ai.fvgs.tests.swt.SwtDriver;
import ai.fvgs.video.VideoFormat;
import ai.fvgs.video.VideoSpec;
import ai.fvgs.video.VideoWriter;

/**
 * The video tools over a real H.264 MP4 (written with the project's VideoWriter), imported into a real H2 file
 * database: scrubbing changes the picture, a box drawn on one frame and moved on another is interpolated in between,
 * the keyframe keys work, playback advances by the clock, and the track survives saving and reopening the entry.
 */
class VideoLabellingUITest {

    private static final int W = 320, H = 240, FRAMES = 50;

    @TempDir
    Path dir;

    private DatasetTestbed bed;
    private SwtDriver driver;

    @AfterEach
    void close() {
        if (bed != null) {
            bed.close();
        }
    }

    /** A bright square moving right over a background whose colour changes with the frame. */
    private static void mp4(Path file) throws Exception {
        VideoWriter writer = VideoWriter.open(file, VideoSpec.of(VideoFormat.MP4_H264, W, H, 25));
        try {
            int[] argb = new int[W * H];
            for (int f = 0; f < FRAMES; f++) {
                int bg = 0xff000000 | (f * 5 & 0xff) << 16 | 0x40 << 8 | (255 - f * 5 & 0xff);
                java.util.Arrays.fill(argb, bg);
                for (int y = 80; y < 140; y++) {
                    for (int x = f * 4; x < f * 4 + 60 && x < W; x++) {
                        argb[y * W + x] = 0xfff0f0f0;
                    }
                }
                writer.write(argb, W, H);
            }
            writer.close();
        } catch (Exception | Error e) {
            writer.abort();
            throw e;
        }
    }

    private void key(Control c, int type, char character) {
        Event e = new Event();
        e.character = character;
        e.keyCode = character;
        c.notifyListeners(type, e);
    }

    private void press(Control c, char character) {
        key(c, SWT.KeyDown, character);
        key(c, SWT.KeyUp, character);
    }

    private void scrub(VideoStrip video, int frame) {
        video.slider().setSelection(frame);
        video.slider().notifyListeners(SWT.Selection, new Event());
        driver.waitUntil("frame " + frame, () -> video.shownFrame() == frame, TIMEOUT);
    }

    private static int differing(int[] a, int[] b) {
        int n = 0;
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            n += a[i] != b[i] ? 1 : 0;
        }
        return n;
    }

    private static Annotation.Track track(List<Annotation> set) {
        return (Annotation.Track) set.stream().filter(a -> a instanceof Annotation.Track).findFirst()
                .orElseThrow(() -> new AssertionError("no track in " + set));
    }

    @Test
    void aBoxKeyframedOnTwoFramesIsInterpolatedBetweenAndSurvivesAReload() throws Exception {
        Path in = dir.resolve("in");
        mp4(in.resolve("walk.mp4"));
        bed = new DatasetTestbed(dir);
        DatasetStore store = bed.store();
        ImportReport report = store.importer().run(in, ImportOptions.defaults("importer"), Progress.NONE);
        assertEquals(1, report.entriesCreated(), report.toString());
        store.addUser("lena", Role.LABELLER, "setup");
        DatasetConnection connection = bed.connect("lena");

        Shell shell = bed.window(1100, 760);
        driver = bed.driver();
        LabellingPart labelling = new LabellingPart(connection);
        labelling.createControls(shell);
        shell.open();
        driver.waitUntil("the vocabulary", () -> labelling.categories().getItemCount() > 0, TIMEOUT);

        labelling.next();
        VideoStrip video = labelling.video();
        driver.waitUntil("the video entry", () -> labelling.work() != null && !labelling.busy(), TIMEOUT);
        assertEquals(MediaKind.VIDEO, labelling.work().entry().media().get(0).kind());
        driver.waitUntil("the first frame", () -> video.isOpen() && video.shownFrame() == 0, TIMEOUT);
        assertEquals(FRAMES, video.frameCount());
        AnnotationCanvas canvas = labelling.canvas();
        assertTrue(video.control().isVisible(), "the video tools are shown for a video");

        // scrubbing shows another frame
        int[] first = driver.pixels(canvas.control());
        scrub(video, 30);
        int[] changed = { 0 };
        driver.waitUntil("frame 30 to look different from frame 0", () -> {
            changed[0] = differing(first, driver.pixels(canvas.control()));
            return changed[0] > 100_000; // the background colour of the whole frame changed
        }, TIMEOUT);

        // a box on frame 10, moved on frame 30
        labelling.categoryFilter().setText("dress fashionpedia");
        labelling.categoryFilter().notifyListeners(SWT.DefaultSelection, new Event());
        scrub(video, 10);
        press(canvas.control(), 'b');
        drag(canvas, 40, 80, 100, 140); // around the square, at x = 4 * frame
        Annotation.Track drawn = track(labelling.work().annotations());
        assertEquals(List.of(10), drawn.track().keyframes().stream().map(ShapeTrack.Keyframe::frame).toList());
        Shape.Box a = (Shape.Box) drawn.track().at(10).orElseThrow();
        scrub(video, 30);
        press(canvas.control(), 'v');
        drag(canvas, 70, 110, 150, 110); // grab the box (held from frame 10) and move it onto the square, 80 pixels right
        Annotation.Track moved = track(labelling.work().annotations());
        assertEquals(List.of(10, 30), moved.track().keyframes().stream().map(ShapeTrack.Keyframe::frame).toList());
        Shape.Box b = (Shape.Box) moved.track().at(30).orElseThrow();
        double tolerance = 1.5 / canvas.scale() + 0.01;
        assertEquals(a.x() + 80, b.x(), tolerance);
        assertEquals(a.y(), b.y(), tolerance);
        assertEquals(List.of(10, 30), video.keyframes(), "the marks on the scrubber");

        // the frame between: halfway, on the canvas too
        scrub(video, 20);
        Shape.Box mid = (Shape.Box) canvas.shapeOf(moved);
        assertEquals((a.x() + b.x()) / 2, mid.x(), 1e-9);
        assertEquals((a.y() + b.y()) / 2, mid.y(), 1e-9);
        assertEquals(a.width(), mid.width(), 1e-9);
        Point edge = canvas.toCanvas(mid.x(), mid.y() + mid.height() / 2);
        int width = canvas.control().getSize().x;
        driver.waitUntil("the interpolated box drawn at frame 20", () -> {
            int[] px = driver.pixels(canvas.control());
            for (int dx = -2; dx <= 2; dx++) {
                int rgb = px[edge.y * width + edge.x + dx];
                if ((rgb >> 16 & 0xff) > 200 && (rgb >> 8 & 0xff) < 60 && (rgb & 0xff) < 120) {
                    return true; // the first palette colour, red (230, 25, 75)
                }
            }
            return false;
        }, TIMEOUT);
        driver.stablePixels(shell, TIMEOUT);
        driver.screenshot(shell, "labelling-video");

        // keys: , steps back, i sets a keyframe, Shift+I deletes it, ] jumps to the next keyframe
        press(canvas.control(), ',');
        driver.waitUntil("frame 19", () -> video.shownFrame() == 19, TIMEOUT);
        press(canvas.control(), 'i');
        assertEquals(List.of(10, 19, 30), track(labelling.work().annotations()).track().keyframes().stream().map(ShapeTrack.Keyframe::frame).toList());
        press(canvas.control(), 'I');
        assertEquals(List.of(10, 30), track(labelling.work().annotations()).track().keyframes().stream().map(ShapeTrack.Keyframe::frame).toList());
        press(canvas.control(), ']');
        driver.waitUntil("the next keyframe", () -> video.shownFrame() == 30, TIMEOUT);

        // Space plays by the clock and pauses
        press(canvas.control(), ' ');
        assertTrue(video.playing());
        long start = System.nanoTime();
        driver.waitUntil("playback to reach the end", () -> !video.playing(), TIMEOUT);
        double seconds = (System.nanoTime() - start) / 1e9;
        assertEquals(FRAMES - 1, video.shownFrame());
        assertTrue(seconds > 0.5 && seconds < 5, "19 frames at 25 fps took " + seconds + " s");
        press(canvas.control(), ' ');
        assertTrue(video.playing(), "Space at the end plays from the start");
        press(canvas.control(), ' ');
        assertFalse(video.playing());

        // saved through the annotation save path, and still there after reopening the entry
        long id = labelling.work().entry().id();
        labelling.save();
        driver.waitUntil("the save", () -> !labelling.work().dirty() && !labelling.busy(), TIMEOUT);
        Annotation.Track stored = track(store.annotations().read(id).set("lena").orElseThrow().annotations());
        assertEquals(track(labelling.work().annotations()), stored);
        assertEquals("dress", stored.label().name());
        Listing listing = Listing.search(connection.session(), SearchQuery.all());
        labelling.openFrom(listing, 0);
        driver.waitUntil("the reopened entry", () -> !labelling.busy() && labelling.work() != null, TIMEOUT);
        driver.waitUntil("its first frame", () -> video.isOpen() && video.shownFrame() == 0, TIMEOUT);
        assertEquals(stored, track(labelling.work().annotations()));
        scrub(video, 20);
        assertEquals(mid, canvas.shapeOf(track(labelling.work().annotations())));
    }
}
