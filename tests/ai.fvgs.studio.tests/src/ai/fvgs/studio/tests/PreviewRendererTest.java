package ai.fvgs.studio.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import ai.fvgs.avatar.HairStyle;
import ai.fvgs.avatar.SkinTone;
import ai.fvgs.scene.Scene;
import ai.fvgs.sdk.RgbaImage;
import ai.fvgs.sdk.body.Measurement;
import ai.fvgs.studio.PreviewRenderer;
import ai.fvgs.studio.PreviewRenderer.View;
import ai.fvgs.studio.SceneEdits;

/**
 * The preview renderer: the model is drawn, every change shows, colours and views reuse the built body, and
 * requests are latest-wins. Prints the time per change (not asserted; see docs/performance.md).
 */
class PreviewRendererTest {

    private static final int W = 240, H = 320;

    private final List<PreviewRenderer.Frame> frames = new CopyOnWriteArrayList<>();
    private final List<RuntimeException> failures = new CopyOnWriteArrayList<>();
    private final PreviewRenderer preview = new PreviewRenderer(2, new PreviewRenderer.Listener() {
        @Override
        public void rendered(PreviewRenderer.Frame frame) {
            frames.add(frame);
        }

        @Override
        public void failed(long request, RuntimeException error) {
            failures.add(error);
        }
    });

    @AfterEach
    void close() {
        preview.close();
    }

    @Test
    void theModelIsDrawnInTheMiddleOfTheFrame() {
        RgbaImage image = preview.render(SceneEdits.defaultScene(), View.FRONT, W, H).image();
        int skin = SceneEdits.defaultScene().avatar().skin().rgb();
        int centre = image.get(W / 2, H / 2);
        int corner = image.get(2, 2);
        assertEquals(0xFF, centre >>> 24, "opaque");
        assertTrue(distance(centre, corner) > 20, String.format(Locale.ROOT, "the model (%08x) stands out from the background (%08x)", centre, corner));
        long modelPixels = 0;
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                if (distance(image.get(x, y), skin) < 60 && distance(image.get(x, y), image.get(2, y)) > 20) {
                    modelPixels++;
                }
            }
        }
        assertTrue(modelPixels > W * H / 40, "skin-coloured pixels of the model: " + modelPixels);
    }

    @Test
    void everyKindOfChangeShowsAndTheSameInputGivesTheSamePixels() {
        Scene base = SceneEdits.defaultScene();
        PreviewRenderer.Frame first = preview.render(base, View.FRONT, W, H);
        assertTrue(first.rebuilt());
        PreviewRenderer.Frame again = preview.render(base, View.FRONT, W, H);
        assertFalse(again.rebuilt(), "the body is cached");
        assertArrayEquals(first.image().pixels(), again.image().pixels());

        assertChanged(first, preview.render(SceneEdits.measurement(Measurement.HIP, 120).apply(base), View.FRONT, W, H), true, "hip");
        assertChanged(first, preview.render(SceneEdits.hairStyle(HairStyle.BUN).apply(base), View.FRONT, W, H), true, "hair style");
        assertChanged(first, preview.render(SceneEdits.skin(SkinTone.monk(10)).apply(base), View.FRONT, W, H), false, "skin tone");
        assertChanged(first, preview.render(SceneEdits.hairColour(0xE0C070).apply(base), View.FRONT, W, H), false, "hair colour");
        assertChanged(first, preview.render(base, View.FRONT.orbit(90, 0), W, H), false, "orbit");
        assertChanged(first, preview.render(base, View.FRONT.zoomed(2), W, H), false, "zoom");
    }

    @Test
    void requestsAreLatestWins() throws Exception {
        Scene base = SceneEdits.defaultScene();
        long last = 0;
        for (int i = 0; i < 6; i++) {
            last = preview.request(SceneEdits.measurement(Measurement.WAIST, 70 + i).apply(base), View.FRONT, W, H);
        }
        waitFor(last);
        PreviewRenderer.Frame newest = frames.get(frames.size() - 1);
        assertEquals(last, newest.request());
        assertEquals(75, newest.scene().avatar().measurements().get(Measurement.WAIST));
        for (int i = 1; i < frames.size(); i++) {
            assertTrue(frames.get(i).request() > frames.get(i - 1).request(), "frames never go back to an older request");
        }
        assertTrue(failures.isEmpty(), failures.toString());
        assertArrayEquals(preview.render(newest.scene(), View.FRONT, W, H).image().pixels(), newest.image().pixels());
    }

    @Test
    void badSizesAndViewsAreRejectedNamingWhatIsAllowed() {
        Scene base = SceneEdits.defaultScene();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> preview.render(base, View.FRONT, 8, 8));
        assertTrue(e.getMessage().contains("8x8 is not allowed"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new View(0, 90, 1));
        assertThrows(IllegalArgumentException.class, () -> new View(0, 0, 10));
        assertEquals(80, View.FRONT.orbit(0, 500).elevation());
        assertEquals(6, View.FRONT.zoomed(100).zoom());
    }

    /** Prints the time from a change to the finished preview frame, per kind of change. */
    @Test
    void latencyPerChange() {
        Scene base = SceneEdits.defaultScene();
        for (int i = 0; i < 3; i++) {
            preview.render(SceneEdits.measurement(Measurement.BUST, 90 + i).apply(base), View.FRONT, W, H);
        }
        report("measurement (body rebuilt)", i -> preview.render(SceneEdits.measurement(Measurement.BUST, 95 + i * 0.5).apply(base), View.FRONT, 360, 480));
        report("skin colour (cached body)", i -> preview.render(SceneEdits.skin(SkinTone.monk(1 + i % 10)).apply(base), View.FRONT, 360, 480));
        report("orbit (cached body)", i -> preview.render(base, View.FRONT.orbit(i * 7, 0), 360, 480));
    }

    private static void report(String what, java.util.function.IntFunction<PreviewRenderer.Frame> change) {
        PreviewLatency.report(what, "building the body", change);
    }

    private void waitFor(long request) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (frames.stream().noneMatch(f -> f.request() == request) && failures.isEmpty()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no frame for request " + request + " within 30 s");
            }
            Thread.sleep(5);
        }
    }

    private static void assertChanged(PreviewRenderer.Frame before, PreviewRenderer.Frame after, boolean rebuilt, String what) {
        assertEquals(rebuilt, after.rebuilt(), what + ": rebuilt");
        int[] a = before.image().pixels(), b = after.image().pixels();
        int differ = 0;
        for (int i = 0; i < a.length; i++) {
            if (a[i] != b[i]) {
                differ++;
            }
        }
        assertTrue(differ > 50, what + " changes the preview: " + differ + " pixels differ");
    }

    private static int distance(int a, int b) {
        return Math.abs(((a >> 16) & 255) - ((b >> 16) & 255)) + Math.abs(((a >> 8) & 255) - ((b >> 8) & 255)) + Math.abs((a & 255) - (b & 255));
    }
}
