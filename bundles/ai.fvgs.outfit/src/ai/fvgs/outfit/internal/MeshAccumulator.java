package ai.fvgs.outfit.internal;

import java.util.Arrays;

/**
 * Collects a garment's vertices and triangles while its pieces are built: position, fabric uv (metres),
 * {@link Region}, pin weight (1 follows the skin, 0 moves as cloth) and, for cloth vertices, the pinned
 * vertex whose skin binding they start from.
 */
public final class MeshAccumulator {

    private float[] positions = new float[3 * 1024];
    private float[] uvs = new float[2 * 1024];
    private byte[] regions = new byte[1024];
    private float[] pins = new float[1024];
    private int[] anchors = new int[1024];
    private boolean[] cloth = new boolean[1024];
    private int[] triangles = new int[3 * 2048];
    private int vertexCount;
    private int indexCount;

    /** @return number of vertices so far */
    public int vertexCount() {
        return vertexCount;
    }

    /**
     * Adds a vertex.
     *
     * @param p      position xyz
     * @param u      fabric u, metres
     * @param v      fabric v, metres
     * @param region body region it covers
     * @param pin    1 if it follows the skin, 0 if it is cloth
     * @param anchor for cloth, a pinned vertex to take the initial skin binding from; else -1
     * @return its index
     */
    public int vertex(double[] p, double u, double v, Region region, float pin, int anchor) {
        return vertex(p, u, v, region, pin, anchor, false);
    }

    /**
     * Adds a vertex of a piece that is simulated as cloth (its pinned seam included).
     *
     * @param p      position xyz
     * @param u      fabric u, metres
     * @param v      fabric v, metres
     * @param region body region it covers
     * @param pin    1 if it is sewn to the body, 0 if it hangs free
     * @param anchor for a free vertex, a pinned vertex to take the initial skin binding from; else -1
     * @param cloth  whether the vertex belongs to a cloth piece
     * @return its index
     */
    public int vertex(double[] p, double u, double v, Region region, float pin, int anchor, boolean cloth) {
        if (vertexCount == regions.length) {
            int n = regions.length * 2;
            positions = Arrays.copyOf(positions, 3 * n);
            uvs = Arrays.copyOf(uvs, 2 * n);
            regions = Arrays.copyOf(regions, n);
            pins = Arrays.copyOf(pins, n);
            anchors = Arrays.copyOf(anchors, n);
            this.cloth = Arrays.copyOf(this.cloth, n);
        }
        int i = vertexCount++;
        positions[3 * i] = (float) p[0];
        positions[3 * i + 1] = (float) p[1];
        positions[3 * i + 2] = (float) p[2];
        uvs[2 * i] = (float) u;
        uvs[2 * i + 1] = (float) v;
        regions[i] = (byte) region.ordinal();
        pins[i] = pin;
        anchors[i] = anchor;
        this.cloth[i] = cloth;
        return i;
    }

    /**
     * Adds a triangle.
     *
     * @param a first vertex
     * @param b second
     * @param c third
     */
    public void triangle(int a, int b, int c) {
        if (indexCount + 3 > triangles.length) {
            triangles = Arrays.copyOf(triangles, triangles.length * 2);
        }
        triangles[indexCount++] = a;
        triangles[indexCount++] = b;
        triangles[indexCount++] = c;
    }

    /**
     * Adds the quads of a grid of {@code rings x columns} vertices (rings >= 2) starting at {@code base} (row-major),
     * as two triangles each, facing away from the axis.
     *
     * @param base    index of the first grid vertex
     * @param rings   number of rows
     * @param columns vertices per row
     * @param axis    the tube's axis, inside it
     */
    void grid(int base, int rings, int columns, Axis axis) {
        int p0 = base + ((rings - 1) / 2) * columns + columns / 2;
        double[] inside = new double[3];
        axis.point(axis.s(positions[3 * p0], positions[3 * p0 + 1], positions[3 * p0 + 2]), 0, 0, inside);
        double[] n = normal(p0, p0 + columns, p0 + 1);
        double ox = positions[3 * p0] - inside[0];
        double oy = positions[3 * p0 + 1] - inside[1];
        double oz = positions[3 * p0 + 2] - inside[2];
        boolean forward = n[0] * ox + n[1] * oy + n[2] * oz > 0;
        for (int i = 0; i + 1 < rings; i++) {
            for (int j = 0; j + 1 < columns; j++) {
                int p = base + i * columns + j;
                int q = p + 1;
                int r = p + columns;
                int s = r + 1;
                if (forward) {
                    triangle(p, r, q);
                    triangle(q, r, s);
                } else {
                    triangle(p, q, r);
                    triangle(q, s, r);
                }
            }
        }
    }

    private double[] normal(int a, int b, int c) {
        double ux = positions[3 * b] - positions[3 * a];
        double uy = positions[3 * b + 1] - positions[3 * a + 1];
        double uz = positions[3 * b + 2] - positions[3 * a + 2];
        double vx = positions[3 * c] - positions[3 * a];
        double vy = positions[3 * c + 1] - positions[3 * a + 1];
        double vz = positions[3 * c + 2] - positions[3 * a + 2];
        return new double[] { uy * vz - uz * vy, uz * vx - ux * vz, ux * vy - uy * vx };
    }

    /** @return positions, trimmed */
    public float[] positions() {
        return Arrays.copyOf(positions, 3 * vertexCount);
    }

    /** @return uvs, trimmed */
    public float[] uvs() {
        return Arrays.copyOf(uvs, 2 * vertexCount);
    }

    /** @return region ordinal per vertex, trimmed */
    public byte[] regions() {
        return Arrays.copyOf(regions, vertexCount);
    }

    /** @return pin weight per vertex, trimmed */
    public float[] pins() {
        return Arrays.copyOf(pins, vertexCount);
    }

    /** @return anchor per vertex, trimmed */
    public int[] anchors() {
        return Arrays.copyOf(anchors, vertexCount);
    }

    /** @return per vertex, whether it belongs to a cloth piece, trimmed */
    public boolean[] cloth() {
        return Arrays.copyOf(cloth, vertexCount);
    }

    /** @return triangle indices, trimmed */
    public int[] triangles() {
        return Arrays.copyOf(triangles, indexCount);
    }
}
