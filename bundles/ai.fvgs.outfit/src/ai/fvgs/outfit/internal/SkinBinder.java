package ai.fvgs.outfit.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import ai.fvgs.avatar.AvatarMesh;
import ai.fvgs.avatar.BodyPart;

/**
 * Binds garment vertices to the skeleton by copying the four joints and weights of the nearest skin vertex
 * of the body parts their region covers (a uniform grid keeps the search short). Cloth vertices take the
 * binding of their anchor, so before the first simulation step they move with the seam they hang from.
 */
public final class SkinBinder {

    private static final double CELL = 0.03;
    private static final int MAX_SHELL = 40;

    private final AvatarMesh body;
    private final Map<Region, Map<Long, int[]>> grids = new HashMap<>();

    /** @param body the avatar's mesh */
    public SkinBinder(AvatarMesh body) {
        this.body = body;
    }

    /**
     * @param garment the fitted garment
     * @param joints  receives four joint indices per vertex
     * @param weights receives four weights per vertex
     */
    public void bind(FittedMesh garment, int[] joints, float[] weights) {
        float[] p = garment.positions();
        int n = garment.vertexCount();
        for (int v = 0; v < n; v++) {
            if (garment.anchors()[v] >= 0) {
                continue;
            }
            int nearest = nearest(Region.of(garment.regions()[v]), p[3 * v], p[3 * v + 1], p[3 * v + 2]);
            System.arraycopy(body.joints(), 4 * nearest, joints, 4 * v, 4);
            System.arraycopy(body.weights(), 4 * nearest, weights, 4 * v, 4);
        }
        for (int v = 0; v < n; v++) {
            int a = garment.anchors()[v];
            if (a >= 0) {
                System.arraycopy(joints, 4 * a, joints, 4 * v, 4);
                System.arraycopy(weights, 4 * a, weights, 4 * v, 4);
            }
        }
    }

    /**
     * @return the index of the skin vertex of {@code region}'s parts nearest to (x, y, z)
     */
    public int nearest(Region region, double x, double y, double z) {
        Map<Long, int[]> grid = grids.computeIfAbsent(region, r -> build(r.parts()));
        float[] p = body.positions();
        int cx = cell(x);
        int cy = cell(y);
        int cz = cell(z);
        int best = -1;
        double bestD = Double.MAX_VALUE;
        for (int shell = 0; shell <= MAX_SHELL; shell++) {
            if (best >= 0 && (shell - 1) * CELL > Math.sqrt(bestD)) {
                break;
            }
            for (int i = -shell; i <= shell; i++) {
                for (int j = -shell; j <= shell; j++) {
                    for (int k = -shell; k <= shell; k++) {
                        if (Math.max(Math.abs(i), Math.max(Math.abs(j), Math.abs(k))) != shell) {
                            continue;
                        }
                        int[] list = grid.get(key(cx + i, cy + j, cz + k));
                        if (list == null) {
                            continue;
                        }
                        for (int idx = 1; idx <= list[0]; idx++) {
                            int v = list[idx];
                            double dx = p[3 * v] - x;
                            double dy = p[3 * v + 1] - y;
                            double dz = p[3 * v + 2] - z;
                            double d = dx * dx + dy * dy + dz * dz;
                            if (d < bestD || (d == bestD && v < best)) {
                                bestD = d;
                                best = v;
                            }
                        }
                    }
                }
            }
        }
        if (best < 0) {
            throw new IllegalStateException("no skin vertex of " + region + " within " + MAX_SHELL * CELL + " m");
        }
        return best;
    }

    private Map<Long, int[]> build(Set<BodyPart> parts) {
        Map<Long, int[]> grid = new HashMap<>();
        float[] p = body.positions();
        byte[] part = body.parts();
        for (int v = 0; v < body.vertexCount(); v++) {
            if (!parts.contains(Region.part(part[v]))) {
                continue;
            }
            long key = key(cell(p[3 * v]), cell(p[3 * v + 1]), cell(p[3 * v + 2]));
            int[] list = grid.get(key);
            if (list == null) {
                list = new int[9];
            } else if (list[0] + 1 == list.length) {
                list = java.util.Arrays.copyOf(list, list.length * 2);
            }
            list[++list[0]] = v;
            grid.put(key, list);
        }
        return grid;
    }

    private static int cell(double c) {
        return (int) Math.floor(c / CELL);
    }

    private static long key(int x, int y, int z) {
        return ((long) (x & 0x1FFFFF) << 42) | ((long) (y & 0x1FFFFF) << 21) | (z & 0x1FFFFF);
    }
}
