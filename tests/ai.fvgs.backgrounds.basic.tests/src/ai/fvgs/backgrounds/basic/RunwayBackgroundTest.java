package ai.fvgs.backgrounds.basic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import ai.fvgs.sdk.RgbaImage;
import ai.fvgs.sdk.background.Background;
import ai.fvgs.sdk.background.BackgroundView;
import ai.fvgs.sdk.background.BackgroundView.Vec3;

/** The runway stage is drawn where the camera's projection puts it, for every kind of camera move. */
class RunwayBackgroundTest {

    static final int W = 640;
    static final int H = 360;
    static final double WIDTH = 2;
    static final double LENGTH = 12;
    static final Vec3 UP = new Vec3(0, 1, 0);

    /** A plain stage, so that brightness differences come from the geometry: no spots, no reflections. */
    static final Background PLAIN = new RunwayBackground().configure(
            Map.of("width", "2", "length", "12", "spots", "false", "gloss", "0"), Path.of(""));

    static List<BackgroundView> views() {
        return List.of(BackgroundView.standard(0),
                view(new Vec3(0, 1.3, 9), new Vec3(0, 1.1, 3)),
                view(new Vec3(4.5, 1.6, 2.5), new Vec3(0, 1.0, -1.5)),
                view(new Vec3(5, 1.2, -2), new Vec3(0, 0.9, -2)),
                view(new Vec3(-3, 2.5, 6), new Vec3(0.5, 0.8, 0)));
    }

    static BackgroundView view(Vec3 position, Vec3 target) {
        return new BackgroundView(0, position, target, UP, 35, false);
    }

    static int green(RgbaImage img, Vec3 pixel) {
        return img.get((int) pixel.x(), (int) pixel.y()) >> 8 & 0xFF;
    }

    @Test
    void edgeLightsLandWhereTheCameraProjectsTheRunwayEdges() {
        for (BackgroundView view : views()) {
            RgbaImage img = new RgbaImage(W, H);
            PLAIN.paint(img, view);
            int checked = 0;
            for (double side : new double[] { -1, 1 }) {
                for (double z = -4; z <= 4; z += 2) {
                    Vec3 edge = view.project(new Vec3(side * WIDTH / 2, 0, z), W, H);
                    Vec3 outside = view.project(new Vec3(side * (WIDTH / 2 + 0.4), 0, z), W, H);
                    Vec3 onRunway = view.project(new Vec3(side * (WIDTH / 2 - 0.4), 0, z), W, H);
                    if (!inside(edge) || !inside(outside) || !inside(onRunway)) {
                        continue;
                    }
                    checked++;
                    String where = "edge x=" + side * WIDTH / 2 + " z=" + z + " at " + edge + " seen from " + view.cameraPosition();
                    assertTrue(green(img, edge) > 150, where + ": the edge light is bright, got " + green(img, edge));
                    assertTrue(green(img, onRunway) < green(img, edge) - 20,
                            where + ": the catwalk 40 cm inside is less bright, got " + green(img, onRunway));
                    assertTrue(green(img, outside) < green(img, edge) - 80,
                            where + ": the floor 40 cm outside is dark, got " + green(img, outside));
                }
            }
            assertTrue(checked >= 3, "at least three edge points in view from " + view.cameraPosition() + ", got " + checked);
        }
    }

    private static boolean inside(Vec3 p) {
        return p.x() >= 2 && p.x() < W - 2 && p.y() >= 2 && p.y() < H - 2;
    }

    @Test
    void theCentreLineIsTheImageCentreForACameraOnIt() {
        RgbaImage img = new RgbaImage(W, H);
        PLAIN.paint(img, BackgroundView.standard(0));
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W / 2; x++) {
                int a = img.get(x, y);
                int b = img.get(W - 1 - x, y);
                for (int shift = 0; shift <= 16; shift += 8) {
                    assertTrue(Math.abs((a >> shift & 0xFF) - (b >> shift & 0xFF)) <= 1,
                            "mirror-symmetric about x = 0 at row " + y + ", column " + x);
                }
            }
        }
        Vec3 far = BackgroundView.standard(0).project(new Vec3(0, 0, -LENGTH / 2), W, H);
        assertEquals(W / 2.0, far.x(), 1e-9, "the far end of the centre line is in the middle column");
    }

    @Test
    void theLitEntranceIsInTheBackWallWhereTheCameraSeesIt() {
        int checked = 0;
        for (BackgroundView view : views()) {
            RgbaImage img = new RgbaImage(W, H);
            PLAIN.paint(img, view);
            double top = RunwayStage.PROSCENIUM_HEIGHT;
            Vec3 panel = view.project(new Vec3(0, top - 0.4, -LENGTH / 2), W, H);
            Vec3 above = view.project(new Vec3(0, top + 0.5, -LENGTH / 2), W, H);
            if (!inside(panel) || !inside(above)) {
                continue;
            }
            checked++;
            assertTrue(green(img, panel) > green(img, above) + 60, "the opening is brighter than the wall above it, from "
                    + view.cameraPosition() + ": " + green(img, panel) + " vs " + green(img, above));
        }
        assertTrue(checked >= 2, "the entrance's top edge is in view at least twice, got " + checked);
    }

    @Test
    void theStageMovesWithTheCamera() {
        RgbaImage near = new RgbaImage(W, H);
        RgbaImage far = new RgbaImage(W, H);
        PLAIN.paint(near, view(new Vec3(0, 1.3, 3), new Vec3(0, 1.3, -3)));
        PLAIN.paint(far, view(new Vec3(0, 1.3, 8), new Vec3(0, 1.3, 2)));
        assertTrue(!java.util.Arrays.equals(near.pixels(), far.pixels()), "a dolly changes the picture");
    }

    @Test
    void paintingIsDeterministicAcrossThreadsAndInstances() throws Exception {
        BackgroundView view = views().get(2);
        RgbaImage reference = new RgbaImage(W / 2, H / 2);
        new RunwayBackground().configure(Map.of("gloss", "0.8"), Path.of("")).paint(reference, view);
        Background shared = new RunwayBackground().configure(Map.of("gloss", "0.8"), Path.of(""));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<int[]>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                results.add(pool.submit(() -> {
                    RgbaImage img = new RgbaImage(W / 2, H / 2);
                    shared.paint(img, view);
                    return img.pixels();
                }));
            }
            for (Future<int[]> r : results) {
                assertArrayEquals(reference.pixels(), r.get());
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void withoutAViewItPaintsTheStandardView() {
        RgbaImage a = new RgbaImage(96, 54);
        RgbaImage b = new RgbaImage(96, 54);
        new RunwayBackground().paint(a, 7.5);
        new RunwayBackground().paint(b, BackgroundView.standard(7.5));
        assertArrayEquals(a.pixels(), b.pixels());
        for (int p : a.pixels()) {
            assertEquals(0xFF, p >>> 24, "opaque");
        }
    }

    @Test
    void badParametersAreNamed() {
        Background runway = new RunwayBackground();
        assertEquals("width: \"0.2\" is out of range; allowed: 0.8 to 6 m",
                assertThrows(IllegalArgumentException.class, () -> runway.configure(Map.of("width", "0.2"), Path.of(""))).getMessage());
        assertEquals("spots: \"yes\" is not a boolean; allowed: true, false",
                assertThrows(IllegalArgumentException.class, () -> runway.configure(Map.of("spots", "yes"), Path.of(""))).getMessage());
        assertEquals("length: \"ten\" is not a number; allowed: 3 to 40 m",
                assertThrows(IllegalArgumentException.class, () -> runway.configure(Map.of("length", "ten"), Path.of(""))).getMessage());
    }
}
