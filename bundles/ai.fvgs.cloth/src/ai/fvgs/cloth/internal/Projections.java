package ai.fvgs.cloth.internal;

/**
 * XPBD constraint projections over flat arrays, in a fixed sequential (Gauss-Seidel) order.
 *
 * <p>Each method projects every constraint once. {@code alphaTilde} is the compliance divided by the squared
 * substep; {@code lambda} holds the accumulated Lagrange multipliers of the current substep (zeroed by the
 * caller at its start), so several iterations converge to the compliant solution rather than a stiffer one.
 */
public final class Projections {

    private Projections() {
    }

    /**
     * Distance constraints {@code |xj - xi| = rest}.
     *
     * @param x          positions, changed in place
     * @param w          inverse masses (0 = pinned)
     * @param edges      vertex pairs
     * @param rest       rest lengths
     * @param alphaTilde compliance / h&sup2;, the same for every edge
     * @param lambda     multipliers, one per edge
     */
    public static void stretch(float[] x, float[] w, int[] edges, float[] rest, float alphaTilde, float[] lambda) {
        int m = rest.length;
        for (int e = 0; e < m; e++) {
            int i = edges[2 * e];
            int j = edges[2 * e + 1];
            float wi = w[i];
            float wj = w[j];
            float ws = wi + wj;
            if (ws == 0) {
                continue;
            }
            int pi = 3 * i;
            int pj = 3 * j;
            float dx = x[pj] - x[pi];
            float dy = x[pj + 1] - x[pi + 1];
            float dz = x[pj + 2] - x[pi + 2];
            float len = (float) Math.sqrt(dx * dx + dy * dy + dz * dz);
            if (len < 1e-9f) {
                continue;
            }
            float l = lambda[e];
            float dl = (rest[e] - len - alphaTilde * l) / (ws + alphaTilde);
            lambda[e] = l + dl;
            float s = dl / len;
            dx *= s;
            dy *= s;
            dz *= s;
            x[pi] -= wi * dx;
            x[pi + 1] -= wi * dy;
            x[pi + 2] -= wi * dz;
            x[pj] += wj * dx;
            x[pj + 1] += wj * dy;
            x[pj + 2] += wj * dz;
        }
    }

    /**
     * Isometric bending elements: the vector constraint {@code sum Kj xj = 0}, linear in the positions, so its
     * projection is exact in one step.
     *
     * @param x          positions, changed in place
     * @param w          inverse masses (0 = pinned)
     * @param vertices   4 vertex indices per element
     * @param weights    4 weights {@code K} per element
     * @param alphaTilde compliance / h&sup2; per element
     * @param lambda     multipliers, 3 per element
     */
    public static void bend(float[] x, float[] w, int[] vertices, float[] weights, float[] alphaTilde,
            float[] lambda) {
        int m = alphaTilde.length;
        for (int e = 0; e < m; e++) {
            int b = 4 * e;
            int p0 = 3 * vertices[b];
            int p1 = 3 * vertices[b + 1];
            int p2 = 3 * vertices[b + 2];
            int p3 = 3 * vertices[b + 3];
            float k0 = weights[b];
            float k1 = weights[b + 1];
            float k2 = weights[b + 2];
            float k3 = weights[b + 3];
            float w0 = w[vertices[b]] * k0;
            float w1 = w[vertices[b + 1]] * k1;
            float w2 = w[vertices[b + 2]] * k2;
            float w3 = w[vertices[b + 3]] * k3;
            float at = alphaTilde[e];
            float denom = w0 * k0 + w1 * k1 + w2 * k2 + w3 * k3 + at;
            if (denom == 0) {
                continue;
            }
            int l = 3 * e;
            float cx = k0 * x[p0] + k1 * x[p1] + k2 * x[p2] + k3 * x[p3];
            float cy = k0 * x[p0 + 1] + k1 * x[p1 + 1] + k2 * x[p2 + 1] + k3 * x[p3 + 1];
            float cz = k0 * x[p0 + 2] + k1 * x[p1 + 2] + k2 * x[p2 + 2] + k3 * x[p3 + 2];
            float lx = (-cx - at * lambda[l]) / denom;
            float ly = (-cy - at * lambda[l + 1]) / denom;
            float lz = (-cz - at * lambda[l + 2]) / denom;
            lambda[l] += lx;
            lambda[l + 1] += ly;
            lambda[l + 2] += lz;
            x[p0] += w0 * lx;
            x[p0 + 1] += w0 * ly;
            x[p0 + 2] += w0 * lz;
            x[p1] += w1 * lx;
            x[p1 + 1] += w1 * ly;
            x[p1 + 2] += w1 * lz;
            x[p2] += w2 * lx;
            x[p2 + 1] += w2 * ly;
            x[p2 + 2] += w2 * lz;
            x[p3] += w3 * lx;
            x[p3 + 1] += w3 * ly;
            x[p3 + 2] += w3 * lz;
        }
    }

    /**
     * Distance constraints in one pass with multipliers that start at zero (one iteration per substep), with
     * the per-edge factors precomputed by {@link #stretchFactors}: faster than {@link #stretch}, same result.
     *
     * @param x       positions, changed in place
     * @param edges   vertex pairs
     * @param factors per edge: rest length, {@code wi / (wi + wj + alphaTilde)}, {@code wj / (...)}
     */
    public static void stretchOnce(float[] x, int[] edges, float[] factors) {
        int m = factors.length / 3;
        for (int e = 0; e < m; e++) {
            int f = 3 * e;
            float ci = factors[f + 1];
            float cj = factors[f + 2];
            if (ci == 0 && cj == 0) {
                continue;
            }
            int pi = 3 * edges[2 * e];
            int pj = 3 * edges[2 * e + 1];
            float dx = x[pj] - x[pi];
            float dy = x[pj + 1] - x[pi + 1];
            float dz = x[pj + 2] - x[pi + 2];
            float len = (float) Math.sqrt(dx * dx + dy * dy + dz * dz);
            if (len < 1e-9f) {
                continue;
            }
            float s = factors[f] / len - 1;
            dx *= s;
            dy *= s;
            dz *= s;
            x[pi] -= ci * dx;
            x[pi + 1] -= ci * dy;
            x[pi + 2] -= ci * dz;
            x[pj] += cj * dx;
            x[pj + 1] += cj * dy;
            x[pj + 2] += cj * dz;
        }
    }

    /** Fills the factors {@link #stretchOnce} reads. */
    public static void stretchFactors(int[] edges, float[] rest, float[] w, float alphaTilde, float[] factors) {
        for (int e = 0; e < rest.length; e++) {
            float wi = w[edges[2 * e]];
            float wj = w[edges[2 * e + 1]];
            float denominator = wi + wj + alphaTilde;
            factors[3 * e] = rest[e];
            factors[3 * e + 1] = denominator > 0 ? wi / denominator : 0;
            factors[3 * e + 2] = denominator > 0 ? wj / denominator : 0;
        }
    }

    /**
     * Bending elements in one pass with multipliers that start at zero, with the factors precomputed by
     * {@link #bendFactors}: faster than {@link #bend}, same result.
     *
     * @param x        positions, changed in place
     * @param vertices 4 vertex indices per element
     * @param factors  per element: {@code K0..K3}, then {@code wj Kj / (sum wk Kk^2 + alphaTilde)}
     */
    public static void bendOnce(float[] x, int[] vertices, float[] factors) {
        int m = factors.length / 8;
        for (int e = 0; e < m; e++) {
            int b = 4 * e;
            int f = 8 * e;
            int p0 = 3 * vertices[b];
            int p1 = 3 * vertices[b + 1];
            int p2 = 3 * vertices[b + 2];
            int p3 = 3 * vertices[b + 3];
            float k0 = factors[f];
            float k1 = factors[f + 1];
            float k2 = factors[f + 2];
            float k3 = factors[f + 3];
            float c0 = factors[f + 4];
            float c1 = factors[f + 5];
            float c2 = factors[f + 6];
            float c3 = factors[f + 7];
            float cx = k0 * x[p0] + k1 * x[p1] + k2 * x[p2] + k3 * x[p3];
            float cy = k0 * x[p0 + 1] + k1 * x[p1 + 1] + k2 * x[p2 + 1] + k3 * x[p3 + 1];
            float cz = k0 * x[p0 + 2] + k1 * x[p1 + 2] + k2 * x[p2 + 2] + k3 * x[p3 + 2];
            x[p0] -= c0 * cx;
            x[p0 + 1] -= c0 * cy;
            x[p0 + 2] -= c0 * cz;
            x[p1] -= c1 * cx;
            x[p1 + 1] -= c1 * cy;
            x[p1 + 2] -= c1 * cz;
            x[p2] -= c2 * cx;
            x[p2 + 1] -= c2 * cy;
            x[p2 + 2] -= c2 * cz;
            x[p3] -= c3 * cx;
            x[p3 + 1] -= c3 * cy;
            x[p3 + 2] -= c3 * cz;
        }
    }

    /** Fills the factors {@link #bendOnce} reads. */
    public static void bendFactors(int[] vertices, float[] weights, float[] w, float[] alphaTilde,
            float[] factors) {
        for (int e = 0; e < alphaTilde.length; e++) {
            float denominator = alphaTilde[e];
            for (int k = 0; k < 4; k++) {
                float kk = weights[4 * e + k];
                denominator += w[vertices[4 * e + k]] * kk * kk;
                factors[8 * e + k] = kk;
            }
            for (int k = 0; k < 4; k++) {
                float wk = w[vertices[4 * e + k]] * weights[4 * e + k];
                factors[8 * e + 4 + k] = denominator > 0 ? wk / denominator : 0;
            }
        }
    }

    /**
     * Area-weighted vertex normals: the sum of the (twice-area-long) face normals of each vertex's triangles,
     * normalised; {@code (0, 1, 0)} where that sum vanishes.
     */
    public static void normals(float[] x, int[] triangles, float[] out) {
        java.util.Arrays.fill(out, 0f);
        for (int t = 0; t < triangles.length; t += 3) {
            int a = 3 * triangles[t];
            int b = 3 * triangles[t + 1];
            int c = 3 * triangles[t + 2];
            float ux = x[b] - x[a];
            float uy = x[b + 1] - x[a + 1];
            float uz = x[b + 2] - x[a + 2];
            float vx = x[c] - x[a];
            float vy = x[c + 1] - x[a + 1];
            float vz = x[c + 2] - x[a + 2];
            float nx = uy * vz - uz * vy;
            float ny = uz * vx - ux * vz;
            float nz = ux * vy - uy * vx;
            out[a] += nx;
            out[a + 1] += ny;
            out[a + 2] += nz;
            out[b] += nx;
            out[b + 1] += ny;
            out[b + 2] += nz;
            out[c] += nx;
            out[c + 1] += ny;
            out[c + 2] += nz;
        }
        for (int p = 0; p < out.length; p += 3) {
            float l = (float) Math.sqrt(out[p] * out[p] + out[p + 1] * out[p + 1] + out[p + 2] * out[p + 2]);
            if (l > 0) {
                out[p] /= l;
                out[p + 1] /= l;
                out[p + 2] /= l;
            } else {
                out[p] = 0;
                out[p + 1] = 1;
                out[p + 2] = 0;
            }
        }
    }
}
