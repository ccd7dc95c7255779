package ai.fvgs.cloth.internal;

import java.util.Arrays;

/**
 * The constant structure of a cloth mesh, derived once from its rest shape: particle masses, one stretch
 * constraint per edge and one isometric bending element per interior edge.
 *
 * <p>Edges are found by sorting the triangles' edges by their vertex pair, then constraints are grouped by a
 * greedy colouring ({@link #colourOrder}); the order depends only on the input arrays.
 */
public final class ClothTopology {

    /** Triangles with less area than this (m&sup2;) get no bending element. */
    private static final double MIN_AREA = 1e-12;

    /** Number of particles. */
    public final int particleCount;
    /** Mass of each particle in kg: density times a third of the area of its triangles. */
    public final float[] mass;
    /** Stretch constraints: vertex pairs {@code (i, j)}, {@code i < j}. */
    public final int[] edges;
    /** Rest length of each stretch constraint in metres. */
    public final float[] edgeRest;
    /** Bending elements: {@code x0, x1} (the shared edge), {@code x2, x3} (the opposite vertices). */
    public final int[] bendVertices;
    /** Bending weights {@code K0..K3} of each element: {@code sum Kj xj} is zero while the pair is flat. */
    public final float[] bendWeights;
    /** Rest area of the two triangles of each bending element in m&sup2;. */
    public final float[] bendArea;

    private ClothTopology(int particleCount, float[] mass, int[] edges, float[] edgeRest, int[] bendVertices,
            float[] bendWeights, float[] bendArea) {
        this.particleCount = particleCount;
        this.mass = mass;
        this.edges = edges;
        this.edgeRest = edgeRest;
        this.bendVertices = bendVertices;
        this.bendWeights = bendWeights;
        this.bendArea = bendArea;
    }

    /** @return number of stretch constraints */
    public int edgeCount() {
        return edgeRest.length;
    }

    /** @return number of bending elements */
    public int bendCount() {
        return bendArea.length;
    }

    /**
     * Builds the topology.
     *
     * @param rest      rest positions, xyz per particle (validated by the caller)
     * @param triangles vertex indices, 3 per triangle (validated by the caller)
     * @param density   mass per area in kg/m&sup2;
     * @return the topology
     */
    public static ClothTopology build(float[] rest, int[] triangles, double density) {
        int n = rest.length / 3;
        int t = triangles.length / 3;
        double[] area = new double[t];
        double[] mass = new double[n];
        for (int k = 0; k < t; k++) {
            area[k] = triangleArea(rest, triangles[3 * k], triangles[3 * k + 1], triangles[3 * k + 2]);
            for (int c = 0; c < 3; c++) {
                mass[triangles[3 * k + c]] += density * area[k] / 3;
            }
        }
        float[] masses = particleMasses(mass, density);

        // One entry per triangle side: the side's vertex pair as a sortable key, the triangle and its corner.
        long[] keys = new long[3 * t];
        for (int k = 0; k < t; k++) {
            for (int c = 0; c < 3; c++) {
                int a = triangles[3 * k + c];
                int b = triangles[3 * k + (c + 1) % 3];
                long pair = (long) Math.min(a, b) * n + Math.max(a, b);
                keys[3 * k + c] = pair;
            }
        }
        Integer[] order = new Integer[3 * t];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, (p, q) -> keys[p] != keys[q] ? Long.compare(keys[p], keys[q]) : Integer.compare(p, q));

        IntList edgeList = new IntList();
        FloatList restList = new FloatList();
        IntList bendList = new IntList();
        FloatList weightList = new FloatList();
        FloatList areaList = new FloatList();
        int g = 0;
        while (g < order.length) {
            int end = g + 1;
            while (end < order.length && keys[order[end]] == keys[order[g]]) {
                end++;
            }
            int first = order[g];
            int tri = first / 3;
            int corner = first % 3;
            int a = triangles[3 * tri + corner];
            int b = triangles[3 * tri + (corner + 1) % 3];
            int i = Math.min(a, b);
            int j = Math.max(a, b);
            edgeList.add(i);
            edgeList.add(j);
            restList.add((float) distance(rest, i, j));
            if (end - g == 2) {
                int second = order[g + 1];
                int tri2 = second / 3;
                int opposite1 = triangles[3 * tri + (corner + 2) % 3];
                int opposite2 = triangles[3 * tri2 + (second % 3 + 2) % 3];
                double areaSum = area[tri] + area[tri2];
                if (area[tri] > MIN_AREA && area[tri2] > MIN_AREA && opposite1 != opposite2) {
                    double[] w = bendingWeights(rest, i, j, opposite1, opposite2);
                    bendList.add(i);
                    bendList.add(j);
                    bendList.add(opposite1);
                    bendList.add(opposite2);
                    for (double wk : w) {
                        weightList.add((float) wk);
                    }
                    areaList.add((float) areaSum);
                }
            }
            g = end;
        }
        int[] edges = edgeList.toArray();
        float[] edgeRest = restList.toArray();
        int[] edgeOrder = colourOrder(edges, 2, n);
        int[] bendVertices = bendList.toArray();
        float[] bendWeights = weightList.toArray();
        float[] bendArea = areaList.toArray();
        int[] bendOrder = colourOrder(bendVertices, 4, n);
        return new ClothTopology(n, masses, permute(edges, 2, edgeOrder), permute(edgeRest, 1, edgeOrder),
                permute(bendVertices, 4, bendOrder), permute(bendWeights, 4, bendOrder),
                permute(bendArea, 1, bendOrder));
    }

    /**
     * Orders constraints by a greedy colouring: each constraint, in the given order, takes the lowest colour
     * that none of its vertices has yet; constraints are then sorted by colour (stable). Consecutive
     * constraints of one colour share no particle, so the processor can overlap their arithmetic instead of
     * waiting for each result before the next projection reads it. The result is still a fixed sequential
     * Gauss-Seidel order.
     *
     * @param vertices {@code arity} particle indices per constraint
     * @return constraint indices in the new order
     */
    static int[] colourOrder(int[] vertices, int arity, int n) {
        int m = vertices.length / arity;
        long[] used = new long[n];
        int[] colour = new int[m];
        int colours = 0;
        for (int c = 0; c < m; c++) {
            long taken = 0;
            for (int k = 0; k < arity; k++) {
                taken |= used[vertices[arity * c + k]];
            }
            // Past 63 colours (particles with very many constraints) the rest share the last colour.
            int free = Math.min(63, Long.numberOfTrailingZeros(~taken));
            colour[c] = free;
            colours = Math.max(colours, free + 1);
            for (int k = 0; k < arity; k++) {
                used[vertices[arity * c + k]] |= 1L << free;
            }
        }
        int[] start = new int[colours + 1];
        for (int c = 0; c < m; c++) {
            start[colour[c] + 1]++;
        }
        for (int k = 0; k < colours; k++) {
            start[k + 1] += start[k];
        }
        int[] order = new int[m];
        for (int c = 0; c < m; c++) {
            order[start[colour[c]]++] = c;
        }
        return order;
    }

    private static int[] permute(int[] data, int stride, int[] order) {
        int[] out = new int[data.length];
        for (int k = 0; k < order.length; k++) {
            System.arraycopy(data, stride * order[k], out, stride * k, stride);
        }
        return out;
    }

    private static float[] permute(float[] data, int stride, int[] order) {
        float[] out = new float[data.length];
        for (int k = 0; k < order.length; k++) {
            System.arraycopy(data, stride * order[k], out, stride * k, stride);
        }
        return out;
    }

    /** Particles in no triangle of any area get the mean mass of the others, so they still fall. */
    private static float[] particleMasses(double[] mass, double density) {
        double sum = 0;
        int withMass = 0;
        for (double m : mass) {
            if (m > 0) {
                sum += m;
                withMass++;
            }
        }
        double fallback = withMass > 0 ? sum / withMass : density * 1e-4;
        float[] out = new float[mass.length];
        for (int i = 0; i < mass.length; i++) {
            out[i] = (float) (mass[i] > 0 ? mass[i] : fallback);
        }
        return out;
    }

    /**
     * Weights {@code K} of the isometric bending model for the triangle pair {@code (x0, x1, x2)} and
     * {@code (x1, x0, x3)} sharing the edge {@code x0 x1}: with {@code a0, a1} the angles of the first triangle
     * at {@code x0, x1} and {@code b0, b1} those of the second, {@code K = (cot a1 + cot b1, cot a0 + cot b0,
     * -cot a0 - cot a1, -cot b0 - cot b1)}. {@code sum Kj xj} vanishes for any flat placement of the four
     * points and grows with the fold angle (about edge length times angle).
     */
    static double[] bendingWeights(float[] x, int i0, int i1, int i2, int i3) {
        double a0 = cot(x, i0, i1, i2);
        double a1 = cot(x, i1, i0, i2);
        double b0 = cot(x, i0, i1, i3);
        double b1 = cot(x, i1, i0, i3);
        return new double[] {a1 + b1, a0 + b0, -a0 - a1, -b0 - b1};
    }

    /** Cotangent of the angle at {@code apex} between the directions to {@code p} and {@code q}. */
    private static double cot(float[] x, int apex, int p, int q) {
        double ux = x[3 * p] - (double) x[3 * apex];
        double uy = x[3 * p + 1] - (double) x[3 * apex + 1];
        double uz = x[3 * p + 2] - (double) x[3 * apex + 2];
        double vx = x[3 * q] - (double) x[3 * apex];
        double vy = x[3 * q + 1] - (double) x[3 * apex + 1];
        double vz = x[3 * q + 2] - (double) x[3 * apex + 2];
        double cx = uy * vz - uz * vy;
        double cy = uz * vx - ux * vz;
        double cz = ux * vy - uy * vx;
        return (ux * vx + uy * vy + uz * vz) / Math.sqrt(cx * cx + cy * cy + cz * cz);
    }

    private static double triangleArea(float[] x, int a, int b, int c) {
        double ux = x[3 * b] - (double) x[3 * a];
        double uy = x[3 * b + 1] - (double) x[3 * a + 1];
        double uz = x[3 * b + 2] - (double) x[3 * a + 2];
        double vx = x[3 * c] - (double) x[3 * a];
        double vy = x[3 * c + 1] - (double) x[3 * a + 1];
        double vz = x[3 * c + 2] - (double) x[3 * a + 2];
        double cx = uy * vz - uz * vy;
        double cy = uz * vx - ux * vz;
        double cz = ux * vy - uy * vx;
        return 0.5 * Math.sqrt(cx * cx + cy * cy + cz * cz);
    }

    private static double distance(float[] x, int a, int b) {
        double dx = x[3 * b] - (double) x[3 * a];
        double dy = x[3 * b + 1] - (double) x[3 * a + 1];
        double dz = x[3 * b + 2] - (double) x[3 * a + 2];
        return Math.sqrt(dx * dx + dy * dy + dz * dz);
    }

    /** A growable int array. */
    private static final class IntList {
        private int[] data = new int[64];
        private int size;

        void add(int v) {
            if (size == data.length) {
                data = Arrays.copyOf(data, size * 2);
            }
            data[size++] = v;
        }

        int[] toArray() {
            return Arrays.copyOf(data, size);
        }
    }

    /** A growable float array. */
    private static final class FloatList {
        private float[] data = new float[64];
        private int size;

        void add(float v) {
            if (size == data.length) {
                data = Arrays.copyOf(data, size * 2);
            }
            data[size++] = v;
        }

        float[] toArray() {
            return Arrays.copyOf(data, size);
        }
    }
}
