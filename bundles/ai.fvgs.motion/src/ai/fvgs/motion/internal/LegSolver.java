package ai.fvgs.motion.internal;

import ai.fvgs.avatar.Joint;
import ai.fvgs.avatar.Skeleton;
import ai.fvgs.motion.Pose;
import ai.fvgs.motion.Quat;

/**
 * Two-bone analytic IK for the legs: places each ankle on its foot's target, knees bending forward, and
 * lowers the pelvis just enough that both targets can be reached.
 */
public final class LegSolver {

    private static final String[][] LEGS = { { "hip_l", "knee_l", "ankle_l", "toe_l" }, { "hip_r", "knee_r", "ankle_r", "toe_r" } };

    private final Skeleton skeleton;
    private final double[] thigh = new double[2];
    private final double[] shin = new double[2];
    private final double ankleHeight;
    private final double restPelvis;

    public LegSolver(Skeleton skeleton) {
        this.skeleton = skeleton;
        for (int s = 0; s < 2; s++) {
            thigh[s] = distance(skeleton.joint(LEGS[s][0]), skeleton.joint(LEGS[s][1]));
            shin[s] = distance(skeleton.joint(LEGS[s][1]), skeleton.joint(LEGS[s][2]));
        }
        this.ankleHeight = skeleton.joint("ankle_l").y();
        this.restPelvis = skeleton.joint("pelvis").y();
    }

    /** @return the highest pelvis height (at most slightly below rest) from which both ankle targets are reachable */
    public double pelvisHeight(double px, double pz, Quat pelvis, FootPlan.FootState left, FootPlan.FootState right) {
        double y = restPelvis - 0.012;
        for (int s = 0; s < 2; s++) {
            FootPlan.FootState f = s == 0 ? left : right;
            double[] hipOffset = pelvis.rotate(offset(skeleton.joint("pelvis"), skeleton.joint(LEGS[s][0])));
            double dx = px + hipOffset[0] - f.x();
            double dz = pz + hipOffset[2] - f.z();
            double reach = (thigh[s] + shin[s]) * 0.992;
            double vertical = Math.sqrt(Math.max(0, reach * reach - dx * dx - dz * dz));
            y = Math.min(y, ankleHeight + f.lift() + vertical - hipOffset[1]);
        }
        return y;
    }

    /** Fills the leg rotations of {@code local} and returns the pose. */
    public Pose solve(double[] root, Quat[] local, FootPlan.FootState left, FootPlan.FootState right) {
        Pose base = new Pose(root, local);
        var world = base.world(skeleton);
        for (int s = 0; s < 2; s++) {
            FootPlan.FootState f = s == 0 ? left : right;
            int hip = Skeleton.index(LEGS[s][0]);
            int knee = Skeleton.index(LEGS[s][1]);
            int ankle = Skeleton.index(LEGS[s][2]);
            double[] h = world.position(hip);
            double[] target = { f.x(), ankleHeight + f.lift(), f.z() };
            double[] forward = Quat.rotY(f.yaw()).rotate(new double[] { 0, 0, 1 });
            double[] k = kneePosition(h, target, thigh[s], shin[s], forward);
            Quat parent = world.rotation(skeleton.joints().get(hip).parent());
            Quat thighGlobal = boneRotation(skeleton.joint(LEGS[s][0]), skeleton.joint(LEGS[s][1]), h, k, forward);
            Quat shinGlobal = boneRotation(skeleton.joint(LEGS[s][1]), skeleton.joint(LEGS[s][2]), k, target, forward);
            double pitch = f.planted() ? 0 : -0.35 * StrictMath.sin(Math.PI * f.swing());
            Quat footGlobal = Quat.rotY(f.yaw()).mul(Quat.rotX(pitch));
            local[hip] = parent.conjugate().mul(thighGlobal);
            local[knee] = thighGlobal.conjugate().mul(shinGlobal);
            local[ankle] = shinGlobal.conjugate().mul(footGlobal);
        }
        return new Pose(root, local);
    }

    /** The knee on the bending plane towards {@code forward}, at the two bone lengths from hip and ankle target. */
    static double[] kneePosition(double[] hip, double[] target, double l1, double l2, double[] forward) {
        double[] d = Vec.sub(target, hip);
        double dist = Math.clamp(Vec.length(d), Math.abs(l1 - l2) + 1e-6, l1 + l2 - 1e-6);
        double[] dir = Vec.scale(d, 1 / Vec.length(d));
        double cos = (l1 * l1 + dist * dist - l2 * l2) / (2 * l1 * dist);
        double sin = Math.sqrt(Math.max(0, 1 - cos * cos));
        double[] pole = Vec.sub(forward, Vec.scale(dir, Vec.dot(forward, dir)));
        pole = Vec.scale(pole, 1 / Vec.length(pole));
        return new double[] { hip[0] + l1 * (cos * dir[0] + sin * pole[0]), hip[1] + l1 * (cos * dir[1] + sin * pole[1]),
                hip[2] + l1 * (cos * dir[2] + sin * pole[2]) };
    }

    /** World rotation taking the bone from its bind direction to {@code from -> to}, twist fixed by {@code forward}. */
    static Quat boneRotation(Joint a, Joint b, double[] from, double[] to, double[] forward) {
        Quat bind = frame(new double[] { a.x() - b.x(), a.y() - b.y(), a.z() - b.z() }, new double[] { 0, 0, 1 });
        Quat now = frame(Vec.sub(from, to), forward);
        return now.mul(bind.conjugate());
    }

    private static Quat frame(double[] up, double[] forward) {
        double[] y = Vec.scale(up, 1 / Vec.length(up));
        double[] z = Vec.sub(forward, Vec.scale(y, Vec.dot(forward, y)));
        z = Vec.scale(z, 1 / Vec.length(z));
        double[] x = { y[1] * z[2] - y[2] * z[1], y[2] * z[0] - y[0] * z[2], y[0] * z[1] - y[1] * z[0] };
        return Quat.fromAxes(x, y, z);
    }

    private static double[] offset(Joint from, Joint to) {
        return new double[] { to.x() - from.x(), to.y() - from.y(), to.z() - from.z() };
    }

    private static double distance(Joint a, Joint b) {
        return Vec.length(offset(a, b));
    }




}
