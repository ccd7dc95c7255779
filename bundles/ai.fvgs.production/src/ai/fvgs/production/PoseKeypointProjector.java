package ai.fvgs.production;

import ai.fvgs.render.Camera;
import ai.fvgs.render.FrameBuffers;
import ai.fvgs.render.ProjectedPoint;
import ai.fvgs.render.Vec3;

/**
 * Projects world keypoints into a rendered frame and rates their visibility the way OpenPose's confidence is
 * read: {@value #VISIBLE} for a keypoint whose body surface is the nearest thing at its pixel,
 * {@value #OCCLUDED} for one hidden behind another part of the body or clothes (still inside the frame, so
 * models that want a full skeleton get one), 0 with coordinates 0, 0 for one outside the frame (OpenPose's
 * convention for a missing keypoint).
 * <p>
 * A keypoint is a joint centre inside the body, so the nearest surface at its pixel is always somewhat in
 * front of it; it counts as visible when that surface is less than {@value #SURFACE_DEPTH} m in front.
 */
public final class PoseKeypointProjector {

    /** Confidence of a visible keypoint. */
    public static final double VISIBLE = 1.0;
    /** Confidence of an occluded keypoint inside the frame. */
    public static final double OCCLUDED = 0.5;
    /** How far in front of a joint its own surface may be, metres. */
    public static final double SURFACE_DEPTH = 0.16;

    private PoseKeypointProjector() {
    }

    /**
     * @param world   {@code x, y, z} per keypoint
     * @param camera  the frame's camera
     * @param buffers the rendered frame (its depth decides visibility)
     * @return {@code x, y, confidence} per keypoint, pixels with the origin at the top-left corner
     */
    public static double[] project(double[] world, Camera camera, FrameBuffers buffers) {
        int n = world.length / 3;
        double[] out = new double[3 * n];
        int w = buffers.width(), h = buffers.height();
        for (int i = 0; i < n; i++) {
            ProjectedPoint p = camera.project(new Vec3(world[3 * i], world[3 * i + 1], world[3 * i + 2]), w, h);
            if (!(p.depth() > 0) || !(p.x() >= 0 && p.x() < w && p.y() >= 0 && p.y() < h)) {
                continue;
            }
            int px = (int) p.x(), py = (int) p.y();
            float surface = buffers.depth(px, py);
            boolean visible = surface != Float.POSITIVE_INFINITY && p.depth() - surface < SURFACE_DEPTH;
            out[3 * i] = p.x();
            out[3 * i + 1] = p.y();
            out[3 * i + 2] = visible ? VISIBLE : OCCLUDED;
        }
        return out;
    }
}
