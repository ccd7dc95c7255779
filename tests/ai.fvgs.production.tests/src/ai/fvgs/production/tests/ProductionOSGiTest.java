package ai.fvgs.production.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import ai.fvgs.production.FrameSequence;
import ai.fvgs.production.PoseKeypointProjector;
import ai.fvgs.production.PoseKeypoints;
import ai.fvgs.production.Production;
import ai.fvgs.production.ProductionException;
import ai.fvgs.render.FrameBuffers;
import ai.fvgs.render.Renderer;
import ai.fvgs.render.RenderSettings;
import ai.fvgs.scene.Scene;
import ai.fvgs.sdk.RgbaImage;

/** Frames of a production: determinism, guidance consistency, camera presets, scene problems. */
class ProductionOSGiTest {

    @Test
    void framesAreByteIdenticalWithOneAndTwoThreads() throws Exception {
        Scene scene = TestScenes.runway(256, 144, 30, 2.0);
        assertEquals(hashes(scene, 1), hashes(scene, 2));
    }

    private static List<String> hashes(Scene scene, int threads) throws Exception {
        Production p = TestScenes.prepare(scene);
        FrameSequence frames = p.frames();
        RgbaImage bg = new RgbaImage(256, 144);
        List<String> out = new ArrayList<>();
        try (Renderer r = new Renderer(threads, RenderSettings.DEFAULT)) {
            FrameBuffers fb = new FrameBuffers(256, 144);
            for (int i = 0; i < p.frameCount(); i++) {
                r.render(frames.next(bg), fb);
                if (i % 15 == 0) {
                    MessageDigest md = MessageDigest.getInstance("SHA-256");
                    ByteBuffer b = ByteBuffer.allocate(fb.color().length * 4 * 3);
                    b.asIntBuffer().put(fb.color());
                    for (float d : fb.depth()) {
                        b.putInt(Float.floatToIntBits(d));
                    }
                    md.update(b.array());
                    out.add(i + ":" + java.util.HexFormat.of().formatHex(md.digest()));
                }
            }
        }
        return out;
    }

    /**
     * Guidance consistency: every visible keypoint lies on the model in the alpha matte and the part map, and
     * the depth buffer there is the model's surface just in front of the joint.
     */
    @Test
    void projectedKeypointsLieOnTheModelInTheDepthAndMaskBuffers() throws Exception {
        for (String preset : List.of("tracking", "front", "orbit", "dolly")) {
            Scene base = TestScenes.runway(480, 270, 30, 8.0);
            Scene scene = TestScenes.with(base, new Scene.Camera(preset, base.camera().fov(), base.camera().distance(), base.camera().height()));
            Production p = TestScenes.prepare(scene);
            FrameSequence frames = p.frames();
            RgbaImage bg = new RgbaImage(480, 270);
            int visible = 0, checked = 0;
            try (Renderer r = new Renderer(2, RenderSettings.DEFAULT)) {
                FrameBuffers fb = new FrameBuffers(480, 270);
                for (int i = 0; i < p.frameCount(); i++) {
                    if (i % 20 != 0) {
                        frames.nextOver(bg); // only the pose and cloth need to advance
                        continue;
                    }
                    var s = frames.next(bg);
                    r.render(s, fb);
                    double[] world = frames.worldKeypoints();
                    double[] kp = PoseKeypointProjector.project(world, frames.camera(), fb);
                    for (int k = 0; k < PoseKeypoints.COUNT; k++) {
                        checked++;
                        if (kp[3 * k + 2] != PoseKeypointProjector.VISIBLE) {
                            continue;
                        }
                        visible++;
                        int x = (int) kp[3 * k], y = (int) kp[3 * k + 1];
                        String where = preset + " frame " + i + " " + PoseKeypoints.NAMES.get(k) + " at " + x + "," + y;
                        // face keypoints are on the surface, so in profile they sit on the silhouette's edge: look at the
                        // pixel and its neighbours
                        assertTrue(maxAlpha(fb, x, y) > 0.5f, where + ": alpha " + fb.alpha(x, y));
                        assertTrue(fb.partId(x, y) > 0 || maxAlpha(fb, x, y) < 1f, where + ": part " + fb.partId(x, y));
                        double jointDepth = frames.camera().project(new ai.fvgs.render.Vec3(world[3 * k], world[3 * k + 1], world[3 * k + 2]),
                                480, 270).depth();
                        double gap = jointDepth - fb.depth(x, y);
                        assertTrue(gap > -0.02 && gap < PoseKeypointProjector.SURFACE_DEPTH, where + ": joint is " + gap + " m behind the surface");
                    }
                }
            }
            assertTrue(visible > checked / 2, preset + ": only " + visible + " of " + checked + " keypoints visible");
        }
    }

    private static float maxAlpha(FrameBuffers fb, int x, int y) {
        float max = 0;
        for (int dy = -1; dy <= 1; dy++) {
            for (int dx = -1; dx <= 1; dx++) {
                int xx = Math.clamp(x + dx, 0, fb.width() - 1), yy = Math.clamp(y + dy, 0, fb.height() - 1);
                max = Math.max(max, fb.alpha(xx, yy));
            }
        }
        return max;
    }

    @Test
    void theModelStaysInFrameWithEveryCameraPreset() throws Exception {
        for (String preset : List.of("tracking", "front", "orbit", "dolly")) {
            Scene base = TestScenes.runway(320, 180, 30, 10.0);
            Scene scene = TestScenes.with(base, new Scene.Camera(preset, 30, 6, 1.3));
            Production p = TestScenes.prepare(scene);
            FrameSequence frames = p.frames();
            RgbaImage bg = new RgbaImage(320, 180);
            for (int i = 0; i < p.frameCount(); i++) {
                frames.nextOver(bg);
                double[] w = frames.worldKeypoints();
                for (int k : new int[] { 1, 10, 13 }) {
                    var pt = frames.camera().project(new ai.fvgs.render.Vec3(w[3 * k], w[3 * k + 1], w[3 * k + 2]), 320, 180);
                    if (!"front".equals(preset) || i > p.frameCount() / 2) {
                        assertTrue(pt.x() >= 0 && pt.x() < 320 && pt.y() >= 0 && pt.y() < 180,
                                preset + " frame " + i + ": " + PoseKeypoints.NAMES.get(k) + " at " + pt);
                    }
                }
            }
        }
    }

    @Test
    void unknownExtensionsAreReportedWithTheirJsonPath() throws Exception {
        Scene s = TestScenes.runway(160, 90, 24, 1);
        Scene bad = new Scene(s.avatar(), List.of(new Scene.Garment("vendor.missing", Map.of(), s.outfit().get(0).fabric())),
                new Scene.Background("vendor.nowhere", Map.of()), s.motion(), s.camera(), s.lights(), s.output());
        ProductionException e = TestScenes.prepareFails(bad);
        assertEquals(2, e.problems().size(), e.getMessage());
        assertTrue(e.problems().get(0).startsWith("$.background.id: \"vendor.nowhere\" is not an installed background; installed: "),
                e.problems().get(0));
        assertTrue(e.problems().get(0).contains("ai.fvgs.background.cyclorama"), e.problems().get(0));
        assertTrue(e.problems().get(1).startsWith("$.outfit[0].garment: \"vendor.missing\" is not an installed garment style"),
                e.problems().get(1));
    }

    @Test
    void backgroundParametersAreCheckedWithTheirJsonPath() throws Exception {
        Scene s = TestScenes.runway(160, 90, 24, 1);
        Scene bad = new Scene(s.avatar(), s.outfit(), new Scene.Background("ai.fvgs.background.solid", Map.of("colour", "#12")),
                s.motion(), s.camera(), s.lights(), s.output());
        ProductionException e = TestScenes.prepareFails(bad);
        assertEquals(1, e.problems().size(), e.getMessage());
        assertTrue(e.problems().get(0).startsWith("$.background.parameters.colour: \"#12\" is not a colour"), e.problems().get(0));
        Scene unknown = new Scene(s.avatar(), s.outfit(), new Scene.Background("ai.fvgs.background.solid", Map.of("colur", "#123456")),
                s.motion(), s.camera(), s.lights(), s.output());
        String p = TestScenes.prepareFails(unknown).problems().get(0);
        assertTrue(p.startsWith("$.background.parameters: ") && p.contains("colur"), p);
    }

    @Test
    void theRunwayStageFollowsTheCamera() throws Exception {
        Scene s = TestScenes.runway(320, 180, 30, 4);
        Scene runway = new Scene(s.avatar(), s.outfit(), new Scene.Background("ai.fvgs.background.runway", Map.of()), s.motion(),
                s.camera(), s.lights(), s.output());
        Production p = TestScenes.prepare(runway);
        FrameSequence frames = p.frames();
        RgbaImage bg = new RgbaImage(320, 180);
        frames.next(bg);
        int[] first = bg.pixels().clone();
        for (int i = 1; i < 60; i++) {
            frames.next(bg);
        }
        assertTrue(!java.util.Arrays.equals(first, bg.pixels()), "the tracking camera moved, so the stage must look different");
    }

    @Test
    void keypointLayoutIsOpenPoseCoco18() {
        assertEquals(18, PoseKeypoints.NAMES.size());
        assertEquals(List.of("nose", "neck", "right_shoulder"), PoseKeypoints.NAMES.subList(0, 3));
        assertEquals(17, PoseKeypoints.LIMBS.length);
        assertArrayEquals(new int[] { 1, 2 }, PoseKeypoints.LIMBS[0]);
    }
}
