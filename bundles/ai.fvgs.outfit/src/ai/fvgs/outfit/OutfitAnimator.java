package ai.fvgs.outfit;

import java.util.List;

import ai.fvgs.avatar.Skeleton;
import ai.fvgs.motion.WorldPose;
import ai.fvgs.outfit.internal.BodyCapsules;
import ai.fvgs.outfit.internal.ClothPart;
import ai.fvgs.outfit.internal.Region;
import ai.fvgs.outfit.internal.Tailor;

/**
 * Poses an {@link Outfit} frame by frame. Fitted parts are skinned like the body (linear blend skinning
 * with the binding of the nearest skin vertex); where they hang over the thighs, a leg swinging into them
 * pushes them out. Loose parts are simulated as cloth: pinned where they hang from the body, colliding with
 * capsules around the wearer's limbs and hips (widened for each garment layer under them) and with the floor.
 * The first {@link #update} drapes the cloth at rest on that pose ({@link ClothPart#PRE_ROLL} seconds of
 * simulation), so the first frame already hangs naturally. Deterministic: the same poses give the same
 * positions bit for bit. Not thread-safe; one animator per video.
 */
public final class OutfitAnimator {

    /** How much each garment layer under a cloth piece widens the capsules it collides with, metres. */
    private static final double LAYER_WIDTH = 0.008;

    private final List<DressedGarment> garments;
    private final BodyCapsules capsules;
    private final double fps;
    private final float[][] positions;
    private final float[][] normals;
    private final ClothPart[] cloth;
    private final int[][] overThighs;
    private final float[][][] allowance;
    private final double[] joints = new double[3 * Skeleton.NAMES.size()];
    private final double[] capsule = new double[8];

    OutfitAnimator(Outfit outfit, double fps) {
        this.garments = outfit.garments();
        this.capsules = outfit.capsules();
        this.fps = fps;
        int n = garments.size();
        positions = new float[n][];
        normals = new float[n][];
        cloth = new ClothPart[n];
        overThighs = new int[n][];
        allowance = new float[n][][];
        double hip = outfit.avatar().landmarks().hip();
        for (int g = 0; g < n; g++) {
            DressedGarment d = garments.get(g);
            positions[g] = d.bindPositions().clone();
            normals[g] = d.bindNormals().clone();
            if (d.hasCloth()) {
                cloth[g] = new ClothPart(d.mesh(), d.material(), capsules, LAYER_WIDTH * d.stack());
            }
            overThighs[g] = overThighs(d, hip);
            allowance[g] = allowance(outfit, d, overThighs[g]);
        }
    }

    /**
     * How far inside each thigh capsule (plus the layer's gap) each vertex over the thighs already lies in the
     * bind pose, where the capsule is wider than the leg; 0 or negative. Pushing only beyond it leaves the
     * bind pose exactly as fitted.
     */
    private float[][] allowance(Outfit outfit, DressedGarment d, int[] verts) {
        Skeleton skeleton = outfit.avatar().skeleton();
        double[] bind = new double[3 * Skeleton.NAMES.size()];
        for (int j = 0; j < Skeleton.NAMES.size(); j++) {
            var joint = skeleton.joints().get(j);
            bind[3 * j] = joint.x();
            bind[3 * j + 1] = joint.y();
            bind[3 * j + 2] = joint.z();
        }
        double gap = Tailor.CLEARANCE * (1 + d.stack());
        float[][] out = new float[capsules.count()][];
        for (int i = 0; i < capsules.count(); i++) {
            if (!capsules.aroundThighs(i)) {
                continue;
            }
            capsules.capsule(i, bind, capsule);
            out[i] = new float[verts.length];
            float[] p = d.bindPositions();
            for (int k = 0; k < verts.length; k++) {
                out[i][k] = (float) Math.min(0, BodyCapsules.outside(capsule, p, 3 * verts[k]) - gap);
            }
        }
        return out;
    }

    private static int[] overThighs(DressedGarment d, double hip) {
        float[] p = d.bindPositions();
        int[] out = new int[d.vertexCount()];
        int m = 0;
        for (int v = 0; v < out.length; v++) {
            if (!d.mesh().cloth()[v] && d.mesh().regions()[v] == Region.TORSO.ordinal() && p[3 * v + 1] < hip) {
                out[m++] = v;
            }
        }
        return java.util.Arrays.copyOf(out, m);
    }

    /**
     * Poses the outfit for one frame: fitted parts skinned like the body; loose parts simulated as cloth,
     * pinned where they hang from the body, colliding with capsules derived from the skeleton and the wearer's
     * girths and with the floor. The first call drapes the cloth at rest (pre-roll) so frame 0 already hangs
     * naturally.
     *
     * @param pose the avatar's pose in this frame
     * @param dt   seconds since the previous frame, more than 0 and at most 0.25; normally 1 / fps (the first
     *             call uses it as the pre-roll step)
     */
    public void update(WorldPose pose, double dt) {
        if (pose == null) {
            throw new IllegalArgumentException("pose is missing");
        }
        if (!(dt > 0 && dt <= 0.25)) {
            throw new IllegalArgumentException("dt = " + dt + " s is not allowed; allowed: more than 0, at most 0.25 s");
        }
        for (int j = 0; j < Skeleton.NAMES.size(); j++) {
            double[] p = pose.position(j);
            System.arraycopy(p, 0, joints, 3 * j, 3);
        }
        for (int g = 0; g < garments.size(); g++) {
            DressedGarment d = garments.get(g);
            pose.skin(d.skinnedMesh(), positions[g], normals[g]);
            pushOutOfThighs(g, Tailor.CLEARANCE * (1 + d.stack()));
            if (cloth[g] != null) {
                cloth[g].update(positions[g], normals[g], joints, dt);
            }
        }
    }

    private void pushOutOfThighs(int g, double gap) {
        int[] verts = overThighs[g];
        if (verts.length == 0) {
            return;
        }
        float[] p = positions[g];
        for (int i = 0; i < capsules.count(); i++) {
            if (!capsules.aroundThighs(i)) {
                continue;
            }
            capsules.capsule(i, joints, capsule);
            float[] allowed = allowance[g][i];
            for (int k = 0; k < verts.length; k++) {
                BodyCapsules.pushOut(capsule, p, 3 * verts[k], gap + allowed[k]);
            }
        }
    }

    /**
     * @param garment index into {@link Outfit#garments()}
     * @return xyz per vertex after the last update (the bind pose before the first); do not modify
     */
    public float[] positions(int garment) {
        return positions[garment];
    }

    /**
     * @param garment index into {@link Outfit#garments()}
     * @return unit normal per vertex after the last update; do not modify
     */
    public float[] normals(int garment) {
        return normals[garment];
    }

    /** @return the frame rate this animator was made for */
    public double fps() {
        return fps;
    }
}
