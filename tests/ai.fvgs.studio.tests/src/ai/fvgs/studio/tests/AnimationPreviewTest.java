package ai.fvgs.studio.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ai.fvgs.production.ExtensionLookup;
import ai.fvgs.production.ProductionException;
import ai.fvgs.scene.Scene;
import ai.fvgs.studio.AnimationPreview;
import ai.fvgs.studio.SceneEdits;
import ai.fvgs.studio.SceneSetupEdits;

/**
 * The Scene part's animation preview through the real production pipeline: frames are small, show the model
 * walking, follow background, camera and output changes, scrub forward and back, and requests are latest-wins.
 * Prints the scrub latency (not asserted; see docs/performance.md).
 */
class AnimationPreviewTest {

    @TempDir
    Path dir;

    private final List<AnimationPreview.Frame> frames = new CopyOnWriteArrayList<>();
    private final List<Exception> failures = new CopyOnWriteArrayList<>();
    private final AnimationPreview preview = new AnimationPreview(2, ExtensionLookup.of(List.of(TestStyles.tee(), TestStyles.trousers()),
            List.of(TestBackgrounds.plain())), new AnimationPreview.Listener() {
                @Override
                public void rendered(AnimationPreview.Frame frame) {
                    frames.add(frame);
                }

                @Override
                public void failed(long request, Exception error) {
                    failures.add(error);
                }
            });

    @AfterEach
    void close() {
        preview.close();
    }

    private Scene scene() {
        Scene s = SceneSetupEdits.background(TestBackgrounds.plain()).apply(SceneEdits.defaultScene());
        return SceneSetupEdits.duration(4).apply(s);
    }

    @Test
    void framesAreSmallAndShowTheModelWalking() throws Exception {
        Scene s = scene();
        AnimationPreview.Frame first = preview.render(s, dir, 0, 360);
        assertEquals(640, first.image().width());
        assertEquals(360, first.image().height());
        assertEquals(120, first.frames());
        assertTrue(first.prepared());
        int grey = first.image().get(2, 2);
        assertEquals(0xFF808080, grey, "the test background shows in the corner");
        assertTrue(differing(first.image().pixels(), 0xFF808080) > 1000, "the model is drawn over the background");
        AnimationPreview.Frame later = preview.render(s, dir, 60, 360);
        assertFalse(later.prepared(), "the same scene is not prepared again");
        assertEquals(59, later.posed(), "frames 1 to 59 are posed, not drawn");
        assertEquals(2.0, later.seconds());
        assertTrue(differing(first.image().pixels(), later.image().pixels()) > 200, "two seconds later the model has moved");
        assertEquals(119, preview.render(s, dir, 5000, 360).frame(), "frame numbers are clamped to the video");
        assertEquals(ai.fvgs.studio.AnimationPreview.previewOutput(new Scene.Output(720, 1280, "9:16", 30, 1), 360),
                new Scene.Output(360, 640, "9:16", 30, 1));
    }

    @Test
    void scrubbingBackGivesTheSameFrameAsGoingStraightThere() throws Exception {
        Scene s = scene();
        int[] straight = preview.render(s, dir, 40, 240).image().pixels().clone();
        preview.render(s, dir, 90, 240);
        preview.invalidate();
        preview.render(s, dir, 70, 240);
        AnimationPreview.Frame back = preview.render(s, dir, 40, 240);
        assertEquals(40, back.posed(), "going back starts again from the first frame");
        assertArrayEquals(straight, back.image().pixels(), "the cloth and the walk are deterministic");
        AnimationPreview.Frame cached = preview.render(s, dir, 70, 240);
        assertEquals(0, cached.posed(), "a frame drawn lately comes from the cache");
    }

    @Test
    void idleTimeSpreadsCursorsSoThatScrubbingBackPosesAtMostASixthOfTheVideo() throws Exception {
        Scene s = SceneSetupEdits.duration(10).apply(scene());
        long last = preview.request(s, dir, 290, 240);
        waitFor(last);
        awaitSpread();
        AnimationPreview.Frame back = preview.render(s, dir, 149, 240);
        assertTrue(back.posed() < 50, "a frame in the middle is at most 50 frames past a cursor: " + back.posed());
        try (AnimationPreview fresh = new AnimationPreview(1, ExtensionLookup.of(List.of(), List.of(TestBackgrounds.plain())),
                new AnimationPreview.Listener() {
                    @Override
                    public void rendered(AnimationPreview.Frame frame) {
                    }

                    @Override
                    public void failed(long request, Exception error) {
                    }
                })) {
            assertArrayEquals(fresh.render(s, dir, 149, 240).image().pixels(), back.image().pixels(),
                    "a cursor posed in idle time gives the same frame as one posed from the start");
        }
    }

    @Test
    void backgroundCameraAndOutputChangesShow() throws Exception {
        Scene s = scene();
        AnimationPreview.Frame before = preview.render(s, dir, 30, 360);
        Scene red = SceneSetupEdits.backgroundParameter(TestBackgrounds.plain(), "colour", "#c02020", dir).apply(s);
        assertEquals(0xFFC02020, preview.render(red, dir, 30, 360).image().get(2, 2));
        Scene front = SceneSetupEdits.cameraPreset("front").apply(s);
        assertTrue(differing(before.image().pixels(), preview.render(front, dir, 30, 360).image().pixels()) > 500, "the front camera");
        Scene square = SceneSetupEdits.aspect("1:1").apply(s);
        AnimationPreview.Frame sq = preview.render(square, dir, 30, 360);
        assertEquals(360, sq.image().width());
        assertEquals(360, sq.image().height());
        Scene shorter = SceneSetupEdits.duration(2).apply(s);
        assertEquals(60, preview.render(shorter, dir, 30, 360).frames());
    }

    @Test
    void aSceneNamingABackgroundThatIsNotInstalledFailsNamingIt() {
        Scene s = SceneEdits.defaultScene();
        ProductionException e = assertThrows(ProductionException.class, () -> preview.render(s, dir, 0, 360));
        assertTrue(e.getMessage().contains("$.background.id") && e.getMessage().contains("ai.fvgs.background.cyclorama"), e.getMessage());
    }

    @Test
    void requestsAreLatestWins() throws Exception {
        Scene s = scene();
        long last = 0;
        for (int i = 0; i < 8; i++) {
            last = preview.request(s, dir, 10 * i, 240);
        }
        waitFor(last);
        AnimationPreview.Frame newest = frames.get(frames.size() - 1);
        assertEquals(last, newest.request());
        assertEquals(70, newest.frame());
        for (int i = 1; i < frames.size(); i++) {
            assertTrue(frames.get(i).request() > frames.get(i - 1).request(), "frames never go back to an older request");
        }
        assertTrue(failures.isEmpty(), failures.toString());
    }

    /** Prints the time to a scrubbed frame: playing on by one frame, jumping ahead, jumping back, a cached frame, a changed scene. */
    @Test
    void scrubLatency() throws Exception {
        Scene s = SceneSetupEdits.duration(10).apply(scene());
        preview.render(s, dir, 0, 360);
        preview.render(s, dir, 100, 360);
        report("next frame (playing)", i -> preview.render(s, dir, 101 + i, 360));
        report("jump ahead 30 frames", i -> preview.render(s, dir, 130 + 30 * (i % 5) + i, 360));
        report("jump back to the middle (posing from the start)", i -> {
            preview.render(s, dir, 299 - i, 360);
            return preview.render(s, dir, 150 - i, 360);
        });
        preview.request(s, dir, 299, 360);
        report("jump back after idle time (cursors spread over the video)", i -> {
            awaitSpread();
            return preview.render(s, dir, 149 - 10 * i, 360);
        });
        report("a frame drawn lately (cached)", i -> preview.render(s, dir, 149 - 10 * i, 360));
        report("scene changed (prepared again)", i -> preview.render(SceneSetupEdits.cameraSetting("distance", 5 + i * 0.1).apply(s), dir, 0, 360));
    }

    /** Waits until the worker has posed a cursor into every sixth of the video after the first in its idle time. */
    private void awaitSpread() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (preview.cursorPositions().stream().map(p -> Math.min(5, p / 50)).filter(i -> i > 0).distinct().count() < 5) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the cursors were not spread within 120 s: " + preview.cursorPositions());
            }
            Thread.sleep(20);
        }
    }

    private interface Step {
        AnimationPreview.Frame run(int i) throws Exception;
    }

    private static void report(String what, Step step) throws Exception {
        int n = 9;
        long[] ms = new long[n];
        for (int i = 0; i < n; i++) {
            ms[i] = step.run(i).nanos();
        }
        Arrays.sort(ms);
        System.out.printf(Locale.ROOT, "scrub latency, %s, 640x360: median %.1f ms, max %.1f ms%n", what, ms[n / 2] / 1e6, ms[n - 1] / 1e6);
    }

    private void waitFor(long request) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (frames.stream().noneMatch(f -> f.request() == request) && failures.isEmpty()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no frame for request " + request + " within 60 s");
            }
            Thread.sleep(5);
        }
    }

    private static int differing(int[] a, int[] b) {
        int n = 0;
        for (int i = 0; i < a.length; i++) {
            n += a[i] != b[i] ? 1 : 0;
        }
        return n;
    }

    private static int differing(int[] a, int value) {
        int n = 0;
        for (int p : a) {
            n += p != value ? 1 : 0;
        }
        return n;
    }
}
