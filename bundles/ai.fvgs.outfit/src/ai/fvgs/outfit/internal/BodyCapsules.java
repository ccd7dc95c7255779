package ai.fvgs.outfit.internal;

import java.util.List;

import ai.fvgs.avatar.Avatar;
import ai.fvgs.avatar.BodyPart;
import ai.fvgs.avatar.Skeleton;

/**
 * Tapered capsules around the wearer's limbs and hips, between pairs of joints, with radii taken from the
 * skin in the bind pose so that each capsule just contains its part of the body. They follow the joints in
 * every pose. Cloth collides with them, and fitted garment parts that hang over the thighs are pushed out
 * of them when a leg swings into the garment.
 */
public final class BodyCapsules {

    /** One capsule: joint indices of its ends and the radius at each end. */
    private record Capsule(int a, int b, double ra, double rb) {
    }

    private final List<Capsule> capsules;

    /** @param avatar the wearer in the bind pose */
    public BodyCapsules(Avatar avatar) {
        capsules = List.of(
                fit(avatar, "hip_l", "hip_r", BodyPart.TORSO, avatar.landmarks().crotch(), avatar.landmarks().highHip()),
                fit(avatar, "hip_l", "knee_l", BodyPart.LEG_LEFT, 0, avatar.landmarks().crotch()),
                fit(avatar, "knee_l", "ankle_l", BodyPart.LEG_LEFT, 0, 9),
                fit(avatar, "hip_r", "knee_r", BodyPart.LEG_RIGHT, 0, avatar.landmarks().crotch()),
                fit(avatar, "knee_r", "ankle_r", BodyPart.LEG_RIGHT, 0, 9),
                fit(avatar, "shoulder_l", "elbow_l", BodyPart.ARM_LEFT, 0, 9),
                fit(avatar, "elbow_l", "wrist_l", BodyPart.ARM_LEFT, 0, 9),
                fit(avatar, "shoulder_r", "elbow_r", BodyPart.ARM_RIGHT, 0, 9),
                fit(avatar, "elbow_r", "wrist_r", BodyPart.ARM_RIGHT, 0, 9));
    }

    /** @return number of capsules */
    public int count() {
        return capsules.size();
    }

    /**
     * @param i      capsule index
     * @param joints world joint positions, xyz per joint
     * @param out    receives ax, ay, az, ra, bx, by, bz, rb
     */
    public void capsule(int i, double[] joints, double[] out) {
        Capsule c = capsules.get(i);
        out[0] = joints[3 * c.a];
        out[1] = joints[3 * c.a + 1];
        out[2] = joints[3 * c.a + 2];
        out[3] = c.ra;
        out[4] = joints[3 * c.b];
        out[5] = joints[3 * c.b + 1];
        out[6] = joints[3 * c.b + 2];
        out[7] = c.rb;
    }

    /** @return whether capsule {@code i} lies around a thigh (the hips capsule does not count) */
    public boolean aroundThighs(int i) {
        return i == 1 || i == 3;
    }

    /**
     * @return signed distance of (x, y, z) in {@code p[o..o+2]} outside the tapered capsule {@code c}
     */
    public static double outside(double[] c, float[] p, int o) {
        double dx = c[4] - c[0];
        double dy = c[5] - c[1];
        double dz = c[6] - c[2];
        double len2 = dx * dx + dy * dy + dz * dz;
        double px = p[o] - c[0];
        double py = p[o + 1] - c[1];
        double pz = p[o + 2] - c[2];
        double t = Math.max(0, Math.min(1, (px * dx + py * dy + pz * dz) / len2));
        double qx = px - t * dx;
        double qy = py - t * dy;
        double qz = pz - t * dz;
        return Math.sqrt(qx * qx + qy * qy + qz * qz) - (c[3] + (c[7] - c[3]) * t);
    }

    /**
     * Moves (x, y, z) in {@code p[o..o+2]} out of a tapered capsule, to {@code gap} outside its surface.
     *
     * @return whether it moved
     */
    public static boolean pushOut(double[] c, float[] p, int o, double gap) {
        double dx = c[4] - c[0];
        double dy = c[5] - c[1];
        double dz = c[6] - c[2];
        double len2 = dx * dx + dy * dy + dz * dz;
        double px = p[o] - c[0];
        double py = p[o + 1] - c[1];
        double pz = p[o + 2] - c[2];
        double t = Math.max(0, Math.min(1, (px * dx + py * dy + pz * dz) / len2));
        double qx = px - t * dx;
        double qy = py - t * dy;
        double qz = pz - t * dz;
        double d = Math.sqrt(qx * qx + qy * qy + qz * qz);
        double r = c[3] + (c[7] - c[3]) * t + gap;
        if (d >= r - 1e-7 || d < 1e-9) {
            return false;
        }
        double k = r / d;
        p[o] = (float) (c[0] + t * dx + qx * k);
        p[o + 1] = (float) (c[1] + t * dy + qy * k);
        p[o + 2] = (float) (c[2] + t * dz + qz * k);
        return true;
    }

    /**
     * A capsule between two joints containing the skin of {@code part} whose height lies in [lo, hi] and
     * which projects between the joints. The end radii are fitted so the radius at every such vertex's
     * position along the capsule is at least its distance from the axis.
     */
    private static Capsule fit(Avatar avatar, String from, String to, BodyPart part, double lo, double hi) {
        int a = Skeleton.index(from);
        int b = Skeleton.index(to);
        var ja = avatar.skeleton().joints().get(a);
        var jb = avatar.skeleton().joints().get(b);
        double dx = jb.x() - ja.x();
        double dy = jb.y() - ja.y();
        double dz = jb.z() - ja.z();
        double len2 = dx * dx + dy * dy + dz * dz;
        float[] p = avatar.mesh().positions();
        byte[] parts = avatar.mesh().parts();
        int n = avatar.mesh().vertexCount();
        double[] ts = new double[n];
        double[] ds = new double[n];
        int m = 0;
        double rb = 0;
        for (int v = 0; v < n; v++) {
            if (parts[v] != part.id() || p[3 * v + 1] < lo || p[3 * v + 1] > hi) {
                continue;
            }
            double px = p[3 * v] - ja.x();
            double py = p[3 * v + 1] - ja.y();
            double pz = p[3 * v + 2] - ja.z();
            double t = (px * dx + py * dy + pz * dz) / len2;
            if (t < 0 || t > 1) {
                continue;
            }
            double qx = px - t * dx;
            double qy = py - t * dy;
            double qz = pz - t * dz;
            ts[m] = t;
            ds[m] = Math.sqrt(qx * qx + qy * qy + qz * qz);
            if (t >= 0.75) {
                rb = Math.max(rb, ds[m]);
            }
            m++;
        }
        double ra = rb;
        for (int i = 0; i < m; i++) {
            if (ts[i] < 0.75) {
                ra = Math.max(ra, (ds[i] - ts[i] * rb) / (1 - ts[i]));
            }
        }
        return new Capsule(a, b, ra, rb);
    }
}
