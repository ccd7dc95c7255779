package ai.fvgs.backgrounds.basic;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import ai.fvgs.sdk.RgbaImage;
import ai.fvgs.sdk.background.BackgroundView;
import ai.fvgs.sdk.background.BackgroundView.Vec3;

/**
 * The fast runway looks like the first implementation ({@link RunwayReference}), for the benchmark's tracking
 * camera and for orbiting, side-on, high and rolled cameras, with every lighting option: on average within
 * {@value #MEAN_LEVELS} of a level per channel, and no pixel more than {@value #MAX_LEVELS} levels off except on
 * an edge (where the reference itself jumps by more than {@value #EDGE_LEVELS} levels to a neighbour), and
 * even there at most {@value #EDGE_SHARE} of the pixels.
 */
class RunwayLookTest {

    static final double MEAN_LEVELS = 0.5;
    static final int MAX_LEVELS = 6;
    static final int EDGE_LEVELS = 24;
    static final double EDGE_SHARE = 0.002;

    static List<BackgroundView> views() {
        List<BackgroundView> views = new ArrayList<>(RunwayBackgroundTest.views());
        for (double z = -4; z <= 4; z += 4) {
            views.add(BackgroundBenchmark.trackingView(z));
        }
        views.add(new BackgroundView(0, new Vec3(1, 1.5, 4), new Vec3(0, 1, 0), new Vec3(0.3, 1, 0), 40, false));
        views.add(new BackgroundView(0, new Vec3(0, 6, 9), new Vec3(0, 0, -2), new Vec3(0, 1, 0), 50, false));
        views.add(new BackgroundView(0, new Vec3(-2, 1.7, -5.5), new Vec3(2, 1.2, 6), new Vec3(0, 1, 0), 60, false));
        return views;
    }

    static List<Map<String, String>> stages() {
        return List.of(Map.of("length", "12"), Map.of(),
                Map.of("width", "4", "length", "30", "gloss", "1", "runwayColour", "#202020", "lightColour", "#80c0ff"),
                Map.of("spots", "false", "edgeLights", "false", "gloss", "0", "length", "3", "width", "0.8"));
    }

    @Test
    void looksLikeTheFirstImplementation() {
        for (Map<String, String> stage : stages()) {
            RunwayReference reference = RunwayReference.of(stage);
            var fast = new RunwayBackground().configure(stage, Path.of(""));
            for (BackgroundView view : views()) {
                for (int[] size : new int[][] { { 320, 180 }, { 257, 143 } }) {
                    RgbaImage expected = new RgbaImage(size[0], size[1]);
                    RgbaImage actual = new RgbaImage(size[0], size[1]);
                    reference.paint(expected, view);
                    fast.paint(actual, view);
                    compare(expected, actual, stage + " from " + view.cameraPosition() + " at " + size[0] + "x" + size[1]);
                }
            }
        }
    }

    private static void compare(RgbaImage expected, RgbaImage actual, String what) {
        int w = expected.width();
        int h = expected.height();
        long sum = 0;
        int worst = 0;
        int edgesOff = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int e = expected.get(x, y);
                int a = actual.get(x, y);
                assertTrue(a >>> 24 == 0xFF, what + ": opaque at " + x + "," + y);
                int off = 0;
                for (int shift = 0; shift <= 16; shift += 8) {
                    int d = Math.abs((e >> shift & 0xFF) - (a >> shift & 0xFF));
                    sum += d;
                    off = Math.max(off, d);
                }
                worst = Math.max(worst, off);
                if (off > MAX_LEVELS) {
                    assertTrue(onEdge(expected, x, y), what + ": pixel " + x + "," + y + " is " + off
                            + " levels off away from an edge: " + Integer.toHexString(e) + " vs " + Integer.toHexString(a));
                    edgesOff++;
                }
            }
        }
        double mean = (double) sum / (3.0 * w * h);
        System.out.printf(Locale.ROOT, "%s: mean %.3f, worst %d, edge pixels off %d%n", what, mean, worst, edgesOff);
        assertTrue(mean < MEAN_LEVELS, what + ": mean difference " + mean + " levels per channel");
        assertTrue(edgesOff <= EDGE_SHARE * w * h, what + ": " + edgesOff + " edge pixels more than " + MAX_LEVELS + " off");
    }

    private static boolean onEdge(RgbaImage img, int x, int y) {
        int c = img.get(x, y);
        for (int j = Math.max(0, y - 1); j <= Math.min(img.height() - 1, y + 1); j++) {
            for (int i = Math.max(0, x - 1); i <= Math.min(img.width() - 1, x + 1); i++) {
                int n = img.get(i, j);
                for (int shift = 0; shift <= 16; shift += 8) {
                    if (Math.abs((c >> shift & 0xFF) - (n >> shift & 0xFF)) > EDGE_LEVELS) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
