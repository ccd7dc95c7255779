package ai.fvgs.outfit.internal;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Area-weighted vertex normals, shared across vertices at the same bind position (texture seams) so a seam
 * does not show in the shading.
 */
public final class Normals {

    private final int[] group;

    /**
     * @param bindPositions xyz per vertex; vertices at bit-identical positions share their normal
     */
    public Normals(float[] bindPositions) {
        group = weld(bindPositions);
    }

    /**
     * @param positions xyz per vertex
     * @return per vertex, the lowest index of a vertex at the bit-identical position
     */
    public static int[] weld(float[] positions) {
        int n = positions.length / 3;
        int[] group = new int[n];
        Map<String, Integer> first = new HashMap<>();
        for (int v = 0; v < n; v++) {
            String key = Float.floatToIntBits(positions[3 * v]) + ":" + Float.floatToIntBits(positions[3 * v + 1]) + ":"
                    + Float.floatToIntBits(positions[3 * v + 2]);
            Integer g = first.putIfAbsent(key, v);
            group[v] = g == null ? v : g;
        }
        return group;
    }

    /**
     * @param positions xyz per vertex
     * @param triangles three indices per triangle
     * @param out       receives unit normals
     */
    public void compute(float[] positions, int[] triangles, float[] out) {
        double[] acc = new double[out.length];
        for (int i = 0; i < triangles.length; i += 3) {
            int a = 3 * triangles[i];
            int b = 3 * triangles[i + 1];
            int c = 3 * triangles[i + 2];
            double ux = positions[b] - positions[a];
            double uy = positions[b + 1] - positions[a + 1];
            double uz = positions[b + 2] - positions[a + 2];
            double vx = positions[c] - positions[a];
            double vy = positions[c + 1] - positions[a + 1];
            double vz = positions[c + 2] - positions[a + 2];
            double nx = uy * vz - uz * vy;
            double ny = uz * vx - ux * vz;
            double nz = ux * vy - uy * vx;
            for (int k = 0; k < 3; k++) {
                int g = 3 * group[triangles[i + k]];
                acc[g] += nx;
                acc[g + 1] += ny;
                acc[g + 2] += nz;
            }
        }
        Arrays.fill(out, 0);
        for (int v = 0; v < group.length; v++) {
            int g = 3 * group[v];
            double l = Math.sqrt(acc[g] * acc[g] + acc[g + 1] * acc[g + 1] + acc[g + 2] * acc[g + 2]);
            if (l > 0) {
                out[3 * v] = (float) (acc[g] / l);
                out[3 * v + 1] = (float) (acc[g + 1] / l);
                out[3 * v + 2] = (float) (acc[g + 2] / l);
            } else {
                out[3 * v + 1] = 1;
            }
        }
    }
}
