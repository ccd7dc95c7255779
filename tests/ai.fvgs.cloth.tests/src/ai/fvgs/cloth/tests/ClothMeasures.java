package ai.fvgs.cloth.tests;

import ai.fvgs.cloth.Colliders;

/** Measurements on simulated cloth, computed independently of the solver's own code. */
final class ClothMeasures {

    private ClothMeasures() {
    }

    /** Largest relative change of an edge's length against the rest shape, over every triangle side. */
    static double maxStrain(float[] rest, float[] x, int[] triangles) {
        double max = 0;
        for (int t = 0; t < triangles.length; t += 3) {
            for (int c = 0; c < 3; c++) {
                int i = triangles[t + c];
                int j = triangles[t + (c + 1) % 3];
                double r = distance(rest, i, rest, j);
                max = Math.max(max, Math.abs(distance(x, i, x, j) - r) / r);
            }
        }
        return max;
    }

    /** Mean relative change of the edges' lengths against the rest shape (each side counted per triangle). */
    static double meanStrain(float[] rest, float[] x, int[] triangles) {
        double sum = 0;
        for (int t = 0; t < triangles.length; t += 3) {
            for (int c = 0; c < 3; c++) {
                int i = triangles[t + c];
                int j = triangles[t + (c + 1) % 3];
                double r = distance(rest, i, rest, j);
                sum += Math.abs(distance(x, i, x, j) - r) / r;
            }
        }
        return sum / triangles.length;
    }

    static double distance(float[] x, int i, float[] y, int j) {
        double dx = x[3 * i] - (double) y[3 * j];
        double dy = x[3 * i + 1] - (double) y[3 * j + 1];
        double dz = x[3 * i + 2] - (double) y[3 * j + 2];
        return Math.sqrt(dx * dx + dy * dy + dz * dz);
    }

    /**
     * Signed distance from a point to the surface of a tapered capsule, found as the minimum over the axis
     * parameter {@code u} of {@code |p - (a + u (b - a))| - (ra + u (rb - ra))} (a convex function of
     * {@code u}) by ternary search.
     */
    static double capsuleDistance(float[] c, int capsule, double px, double py, double pz) {
        int o = 8 * capsule;
        double lo = 0;
        double hi = 1;
        for (int k = 0; k < 100; k++) {
            double m1 = lo + (hi - lo) / 3;
            double m2 = hi - (hi - lo) / 3;
            if (sphereDistance(c, o, m1, px, py, pz) <= sphereDistance(c, o, m2, px, py, pz)) {
                hi = m2;
            } else {
                lo = m1;
            }
        }
        return sphereDistance(c, o, (lo + hi) / 2, px, py, pz);
    }

    private static double sphereDistance(float[] c, int o, double u, double px, double py, double pz) {
        double cx = c[o] + u * (c[o + 4] - (double) c[o]);
        double cy = c[o + 1] + u * (c[o + 5] - (double) c[o + 1]);
        double cz = c[o + 2] + u * (c[o + 6] - (double) c[o + 2]);
        double r = c[o + 3] + u * (c[o + 7] - (double) c[o + 3]);
        return Math.sqrt((px - cx) * (px - cx) + (py - cy) * (py - cy) + (pz - cz) * (pz - cz)) - r;
    }

    /** The smallest signed distance of any particle to any capsule's surface (negative: inside). */
    static double minCapsuleDistance(Colliders colliders, float[] x) {
        float[] data = new float[8 * colliders.capsuleCount()];
        colliders.copyCapsules(data);
        double min = Double.POSITIVE_INFINITY;
        for (int i = 0; i < x.length / 3; i++) {
            for (int c = 0; c < colliders.capsuleCount(); c++) {
                min = Math.min(min, capsuleDistance(data, c, x[3 * i], x[3 * i + 1], x[3 * i + 2]));
            }
        }
        return min;
    }

    /** Largest distance any particle moved between two position arrays. */
    static double maxMove(float[] before, float[] after) {
        double max = 0;
        for (int i = 0; i < before.length / 3; i++) {
            max = Math.max(max, distance(before, i, after, i));
        }
        return max;
    }

    static boolean allFinite(float[] values) {
        for (float v : values) {
            if (!Float.isFinite(v)) {
                return false;
            }
        }
        return true;
    }
}
