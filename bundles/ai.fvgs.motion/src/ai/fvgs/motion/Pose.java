package ai.fvgs.motion;

import java.util.Arrays;
import java.util.List;

import ai.fvgs.avatar.Joint;
import ai.fvgs.avatar.Skeleton;

/**
 * The avatar's pose at one instant: the world position of the root joint (pelvis) and each joint's rotation
 * relative to its parent, on top of the bind pose (whose joint rotations are all identity).
 */
public final class Pose {

    private final double[] root;
    private final Quat[] local;

    /**
     * @param root  world position of the pelvis joint
     * @param local local rotation per joint, in {@link Skeleton#NAMES} order
     */
    public Pose(double[] root, Quat[] local) {
        if (local.length != Skeleton.NAMES.size()) {
            throw new IllegalArgumentException("a pose needs " + Skeleton.NAMES.size() + " joint rotations, got " + local.length);
        }
        this.root = root.clone();
        this.local = local.clone();
    }

    /** @param skeleton the skeleton @return the bind pose */
    public static Pose bind(Skeleton skeleton) {
        Joint pelvis = skeleton.joints().get(0);
        Quat[] q = new Quat[Skeleton.NAMES.size()];
        Arrays.fill(q, Quat.IDENTITY);
        return new Pose(new double[] { pelvis.x(), pelvis.y(), pelvis.z() }, q);
    }

    /** @return the pelvis position */
    public double[] root() {
        return root.clone();
    }

    /** @param joint index @return local rotation */
    public Quat local(int joint) {
        return local[joint];
    }

    /**
     * Forward kinematics.
     *
     * @param skeleton the skeleton this pose is for
     * @return world transforms of all joints
     */
    public WorldPose world(Skeleton skeleton) {
        List<Joint> joints = skeleton.joints();
        int n = joints.size();
        Quat[] rot = new Quat[n];
        double[] pos = new double[3 * n];
        for (int j = 0; j < n; j++) {
            Joint joint = joints.get(j);
            if (joint.parent() < 0) {
                rot[j] = local[j];
                System.arraycopy(root, 0, pos, 0, 3);
                continue;
            }
            Joint parent = joints.get(joint.parent());
            rot[j] = rot[joint.parent()].mul(local[j]);
            double[] offset = rot[joint.parent()].rotate(new double[] { joint.x() - parent.x(), joint.y() - parent.y(), joint.z() - parent.z() });
            for (int k = 0; k < 3; k++) {
                pos[3 * j + k] = pos[3 * joint.parent() + k] + offset[k];
            }
        }
        return new WorldPose(skeleton, rot, pos);
    }
}
