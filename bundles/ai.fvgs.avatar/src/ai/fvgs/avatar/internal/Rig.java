package ai.fvgs.avatar.internal;

import ai.fvgs.avatar.Landmarks;
import ai.fvgs.avatar.Skeleton;

/** Skin weights: which joints move a vertex, blended across each joint. */
final class Rig {

    private final Landmarks l;

    Rig(Landmarks landmarks) {
        this.l = landmarks;
    }

    /** Influence for a point of the trunk at height y. */
    MeshBuilder.Influence spine(double y) {
        double[] levels = { l.hip(), l.waist(), l.bust(), l.neckBase(), l.chin() };
        String[] joints = { "pelvis", "spine", "chest", "neck", "head" };
        if (y <= levels[0]) {
            return MeshBuilder.Influence.of(Skeleton.index("pelvis"));
        }
        for (int i = 0; i < levels.length - 1; i++) {
            if (y < levels[i + 1]) {
                double t = (y - levels[i]) / (levels[i + 1] - levels[i]);
                // rigid in the middle of a segment, blended over the last third into the next joint
                return MeshBuilder.Influence.blend(Skeleton.index(joints[i]), Skeleton.index(joints[i + 1]), (t - 0.67) / 0.33);
            }
        }
        return MeshBuilder.Influence.of(Skeleton.index("head"));
    }

    /**
     * Influence along a limb chain: {@code t} runs 0..n over n segments between joints[0..n]; each segment
     * blends into the next joint over its last fifth.
     */
    static MeshBuilder.Influence chain(String[] joints, double t) {
        int n = joints.length - 1;
        if (t <= 0) {
            return MeshBuilder.Influence.of(Skeleton.index(joints[0]));
        }
        if (t >= n) {
            return MeshBuilder.Influence.of(Skeleton.index(joints[n]));
        }
        int seg = (int) Math.floor(t);
        double f = t - seg;
        return MeshBuilder.Influence.blend(Skeleton.index(joints[seg]), Skeleton.index(joints[seg + 1]), (f - 0.8) / 0.2);
    }
}
