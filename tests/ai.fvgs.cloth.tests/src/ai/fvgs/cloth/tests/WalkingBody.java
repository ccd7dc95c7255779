package ai.fvgs.cloth.tests;

import ai.fvgs.cloth.Colliders;

/**
 * A capsule body walking forward ({@code +z}) at 1 m/s with a one-second stride, for the skirt tests and the
 * benchmark: 20 tapered capsules (torso, belly, neck, head, pelvis, glutes, thighs, shins, feet, arms, hands),
 * legs and arms swinging, knees bending, hips swaying and turning. Its waistband ring sits at {@code y = 1}
 * with radius 0.19 m, so {@link #skirt(int, int)} fits it.
 */
final class WalkingBody {

    static final int CAPSULES = 20;
    static final float WAIST_Y = 1.0f;
    static final float WAIST_RADIUS = 0.19f;

    private static final double OMEGA = 2 * Math.PI;
    private static final double SPEED = 1.0;
    private static final double THIGH = 0.45;
    private static final double SHIN = 0.43;

    private final double speed;

    /** A body that walks forward at 1 m/s. */
    WalkingBody() {
        this(SPEED);
    }

    /** @param speed forward speed in m/s; 0 walks on the spot */
    WalkingBody(double speed) {
        this.speed = speed;
    }

    /** A conical skirt from the waistband at {@code y = 1} down to a 0.45 m hem radius at {@code y = 0.45}. */
    static ClothShapes skirt(int segments, int rows) {
        return ClothShapes.skirt(segments, rows, WAIST_RADIUS, 0.45f, WAIST_Y, 0.55f);
    }

    /** Pin weights holding the skirt's first ring (the waistband). */
    static float[] waistbandWeights(ClothShapes skirt) {
        float[] weights = new float[skirt.particleCount()];
        for (int s = 0; s < skirt.columns(); s++) {
            weights[s] = 1;
        }
        return weights;
    }

    /** Writes the waistband ring's targets at time {@code t}: the rest ring moved and turned with the pelvis. */
    void waistbandTargets(double t, ClothShapes skirt, float[] targets) {
        double yaw = 0.12 * Math.sin(OMEGA * t);
        double cos = Math.cos(yaw);
        double sin = Math.sin(yaw);
        double dx = sway(t);
        double dz = speed * t;
        float[] rest = skirt.positions();
        for (int s = 0; s < skirt.columns(); s++) {
            int p = 3 * s;
            targets[p] = (float) (cos * rest[p] + sin * rest[p + 2] + dx);
            targets[p + 1] = rest[p + 1];
            targets[p + 2] = (float) (-sin * rest[p] + cos * rest[p + 2] + dz);
        }
    }

    /** Clears {@code out} and fills it with the body's capsules at time {@code t}, plus the floor at 0. */
    void pose(double t, Colliders out) {
        out.clear();
        out.floor(0);
        double x = sway(t);
        double z = speed * t;
        capsule(out, x, 0.95, z, 0.14, x, 1.2, z, 0.13);                 // lower torso
        capsule(out, x, 1.2, z, 0.14, x, 1.45, z, 0.15);                 // chest
        capsule(out, x, 1.45, z, 0.05, x, 1.58, z, 0.05);                // neck
        capsule(out, x, 1.68, z + 0.01, 0.1, x, 1.7, z, 0.1);            // head
        capsule(out, x - 0.06, 0.92, z, 0.11, x + 0.06, 0.92, z, 0.11);  // pelvis
        capsule(out, x, 1.05, z + 0.03, 0.12, x, 1.15, z + 0.03, 0.11);  // belly
        for (int side = -1; side <= 1; side += 2) {
            double phase = side * Math.sin(OMEGA * t);
            double thigh = 0.45 * phase;
            double knee = 0.6 * Math.max(0, Math.sin(OMEGA * t * side + 0.4));
            double hipX = x + side * 0.09;
            double kneeY = 0.9 - THIGH * Math.cos(thigh);
            double kneeZ = z + THIGH * Math.sin(thigh);
            double shin = thigh - knee;
            double ankleY = kneeY - SHIN * Math.cos(shin);
            double ankleZ = kneeZ + SHIN * Math.sin(shin);
            capsule(out, hipX, 0.9, z, 0.085, hipX, kneeY, kneeZ, 0.06);                // thigh
            capsule(out, hipX, kneeY, kneeZ, 0.055, hipX, ankleY, ankleZ, 0.04);        // shin
            capsule(out, hipX, ankleY, ankleZ, 0.04, hipX, ankleY - 0.04, ankleZ + 0.18, 0.035); // foot
            capsule(out, x + side * 0.07, 0.9, z - 0.05, 0.1, x + side * 0.07, 0.95, z - 0.05, 0.09); // glute
            // arms hang outside the skirt, slightly away from the body, and swing against the legs
            double arm = -0.3 * phase;
            double shoulderX = x + side * 0.21;
            double elbowX = x + side * 0.31;
            double wristX = x + side * 0.38;
            double elbowY = 1.42 - 0.3 * Math.cos(arm);
            double elbowZ = z + 0.3 * Math.sin(arm);
            double forearm = arm + 0.2;
            double wristY = elbowY - 0.26 * Math.cos(forearm);
            double wristZ = elbowZ + 0.26 * Math.sin(forearm);
            capsule(out, shoulderX, 1.42, z, 0.05, elbowX, elbowY, elbowZ, 0.04);                     // upper arm
            capsule(out, elbowX, elbowY, elbowZ, 0.04, wristX, wristY, wristZ, 0.033);                 // forearm
            capsule(out, wristX, wristY, wristZ, 0.03, wristX + side * 0.02, wristY - 0.15, wristZ + 0.02,
                    0.025);                                                                            // hand
        }
    }

    private static double sway(double t) {
        return 0.03 * Math.sin(OMEGA * t);
    }

    private static void capsule(Colliders out, double ax, double ay, double az, double ra, double bx, double by,
            double bz, double rb) {
        out.capsule((float) ax, (float) ay, (float) az, (float) ra, (float) bx, (float) by, (float) bz, (float) rb);
    }
}
