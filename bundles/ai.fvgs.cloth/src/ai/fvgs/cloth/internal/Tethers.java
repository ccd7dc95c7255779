package ai.fvgs.cloth.internal;

import java.util.Arrays;
import java.util.PriorityQueue;

/**
 * Long-range attachments: each free particle may be no farther from its nearest pinned particle than the
 * length of the shortest path between them along the rest mesh's edges (times a small allowance).
 *
 * <p>Gauss-Seidel projection with few iterations passes the weight of a hanging garment up the mesh slowly, so
 * on its own a long skirt sags and its top rows overstretch. A tether only acts when it is taut, pulling the
 * particle straight towards its anchor; it never resists swinging, folding or bunching, and costs one
 * distance check per particle. Anchors and lengths are found with Dijkstra's algorithm from every fully
 * pinned particle at once (ties broken by particle index), so they depend only on the mesh and the pins.
 */
public final class Tethers {

    private final int[] particles;
    private final int[] anchors;
    private final float[] lengths;

    private Tethers(int[] particles, int[] anchors, float[] lengths) {
        this.particles = particles;
        this.anchors = anchors;
        this.lengths = lengths;
    }

    /** @return number of tethered particles */
    public int count() {
        return particles.length;
    }

    /**
     * Finds each particle's nearest fully pinned particle along the rest mesh.
     *
     * @param topology  the mesh's edges and rest lengths
     * @param pinned    whether each particle is fully pinned
     * @param allowance factor on the path length that a tether allows (1 or more)
     * @return the tethers; none when no particle is pinned
     */
    public static Tethers build(ClothTopology topology, boolean[] pinned, double allowance) {
        int n = topology.particleCount;
        int[] edges = topology.edges;
        int[] start = new int[n + 1];
        for (int v : edges) {
            start[v + 1]++;
        }
        for (int i = 0; i < n; i++) {
            start[i + 1] += start[i];
        }
        int[] fill = Arrays.copyOf(start, n);
        int[] neighbour = new int[edges.length];
        float[] length = new float[edges.length];
        for (int e = 0; e < edges.length / 2; e++) {
            int i = edges[2 * e];
            int j = edges[2 * e + 1];
            neighbour[fill[i]] = j;
            length[fill[i]++] = topology.edgeRest[e];
            neighbour[fill[j]] = i;
            length[fill[j]++] = topology.edgeRest[e];
        }
        double[] dist = new double[n];
        int[] anchor = new int[n];
        Arrays.fill(dist, Double.POSITIVE_INFINITY);
        Arrays.fill(anchor, -1);
        PriorityQueue<double[]> queue = new PriorityQueue<>(
                (p, q) -> p[0] != q[0] ? Double.compare(p[0], q[0]) : Double.compare(p[1], q[1]));
        for (int i = 0; i < n; i++) {
            if (pinned[i]) {
                dist[i] = 0;
                anchor[i] = i;
                queue.add(new double[] {0, i});
            }
        }
        while (!queue.isEmpty()) {
            double[] top = queue.poll();
            int i = (int) top[1];
            if (top[0] > dist[i]) {
                continue;
            }
            for (int k = start[i]; k < start[i + 1]; k++) {
                int j = neighbour[k];
                double d = dist[i] + length[k];
                if (d < dist[j]) {
                    dist[j] = d;
                    anchor[j] = anchor[i];
                    queue.add(new double[] {d, j});
                }
            }
        }
        int count = 0;
        for (int i = 0; i < n; i++) {
            if (!pinned[i] && anchor[i] >= 0) {
                count++;
            }
        }
        int[] particles = new int[count];
        int[] anchors = new int[count];
        float[] lengths = new float[count];
        count = 0;
        for (int i = 0; i < n; i++) {
            if (!pinned[i] && anchor[i] >= 0) {
                particles[count] = i;
                anchors[count] = anchor[i];
                lengths[count++] = (float) (dist[i] * allowance);
            }
        }
        return new Tethers(particles, anchors, lengths);
    }

    /**
     * Pulls every particle farther from its anchor than its tether's length back onto that distance.
     *
     * @param x positions, changed in place
     * @param w inverse masses; particles with 0 are left alone
     */
    public void solve(float[] x, float[] w) {
        for (int k = 0; k < particles.length; k++) {
            int i = particles[k];
            if (w[i] == 0) {
                continue;
            }
            int p = 3 * i;
            int a = 3 * anchors[k];
            float dx = x[p] - x[a];
            float dy = x[p + 1] - x[a + 1];
            float dz = x[p + 2] - x[a + 2];
            float d2 = dx * dx + dy * dy + dz * dz;
            float l = lengths[k];
            if (d2 > l * l) {
                float s = l / (float) Math.sqrt(d2);
                x[p] = x[a] + dx * s;
                x[p + 1] = x[a + 1] + dy * s;
                x[p + 2] = x[a + 2] + dz * s;
            }
        }
    }
}
