package ai.fvgs.tests.support;

import java.util.HashMap;
import java.util.Map;
import java.util.function.IntPredicate;

/**
 * Measures how far points lie outside a surface: for each point, the nearest surface vertex (uniform grid)
 * and the signed distance along that vertex's normal. Negative means the point is under the surface. Shared by
 * the garment and outfit tests that check garments against the body.
 */
public final class Clearance {

    private static final double CELL = 0.02;

    private final float[] positions;
    private final float[] normals;
    private final Map<Long, int[]> grid = new HashMap<>();

    /**
     * @param positions surface vertices
     * @param normals   their unit normals
     * @param keep      which vertices belong to the surface
     */
    public Clearance(float[] positions, float[] normals, IntPredicate keep) {
        this.positions = positions;
        this.normals = normals;
        for (int v = 0; v < positions.length / 3; v++) {
            if (!keep.test(v)) {
                continue;
            }
            long key = key(cell(positions[3 * v]), cell(positions[3 * v + 1]), cell(positions[3 * v + 2]));
            int[] list = grid.get(key);
            list = list == null ? new int[] { 0, 0, 0, 0, 0, 0, 0, 0 } : list;
            if (list[0] + 1 == list.length) {
                list = java.util.Arrays.copyOf(list, list.length * 2);
            }
            list[++list[0]] = v;
            grid.put(key, list);
        }
    }

    /**
     * @return signed distance of (x, y, z) outside the surface, or +infinity if no surface vertex is within
     *         {@code reach} metres
     */
    public double outside(double x, double y, double z, double reach) {
        int r = (int) Math.ceil(reach / CELL);
        int cx = cell(x);
        int cy = cell(y);
        int cz = cell(z);
        int best = -1;
        double bestD = reach * reach;
        for (int i = -r; i <= r; i++) {
            for (int j = -r; j <= r; j++) {
                for (int k = -r; k <= r; k++) {
                    int[] list = grid.get(key(cx + i, cy + j, cz + k));
                    if (list == null) {
                        continue;
                    }
                    for (int n = 1; n <= list[0]; n++) {
                        int v = list[n];
                        double dx = x - positions[3 * v];
                        double dy = y - positions[3 * v + 1];
                        double dz = z - positions[3 * v + 2];
                        double d = dx * dx + dy * dy + dz * dz;
                        if (d < bestD) {
                            bestD = d;
                            best = v;
                        }
                    }
                }
            }
        }
        if (best < 0) {
            return Double.POSITIVE_INFINITY;
        }
        return (x - positions[3 * best]) * normals[3 * best] + (y - positions[3 * best + 1]) * normals[3 * best + 1]
                + (z - positions[3 * best + 2]) * normals[3 * best + 2];
    }

    private static int cell(double c) {
        return (int) Math.floor(c / CELL);
    }

    private static long key(int x, int y, int z) {
        return ((long) (x & 0x1FFFFF) << 42) | ((long) (y & 0x1FFFFF) << 21) | (z & 0x1FFFFF);
    }
}
