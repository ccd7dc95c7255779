package ai.fvgs.render.internal;

import ai.fvgs.render.Mesh;

/**
 * Clips a triangle in clip space against the planes it crosses (Sutherland-Hodgman), interpolating clip
 * coordinates and vertex attributes linearly. New vertices are always interpolated from the inside
 * vertex of an edge towards the outside one, so the two triangles sharing an edge get the same point.
 */
final class PolygonClipper {

    /** Per vertex: clip x, y, z, w, then the {@link TriangleBatch#ATTRIBUTES} attributes. */
    static final int STRIDE = 4 + TriangleBatch.ATTRIBUTES;
    private static final int MAX_VERTICES = 3 + Projection.PLANES;

    private float[] in = new float[MAX_VERTICES * STRIDE];
    private float[] out = new float[MAX_VERTICES * STRIDE];
    private int[] inRef = new int[MAX_VERTICES];
    private int[] outRef = new int[MAX_VERTICES];

    /**
     * @param planes one bit per plane to clip against (see {@link Projection#outcode})
     * @return number of vertices of the clipped polygon, 0 if nothing is left; read them with
     *         {@link #vertex} and {@link #reference}
     */
    int clip(Mesh mesh, ClipVertices cv, int i0, int i1, int i2, int planes, Projection p) {
        load(0, mesh, cv, i0);
        load(1, mesh, cv, i1);
        load(2, mesh, cv, i2);
        int n = 3;
        for (int plane = 0; plane < Projection.PLANES && n >= 3; plane++) {
            if ((planes & 1 << plane) != 0) {
                n = clipAgainst(plane, n, p);
                float[] t = in;
                in = out;
                out = t;
                int[] r = inRef;
                inRef = outRef;
                outRef = r;
            }
        }
        return n >= 3 ? n : 0;
    }

    /** @return the data array of the result; vertex {@code i} starts at {@code i * STRIDE} */
    float[] vertex() {
        return in;
    }

    /** @return mesh vertex index of result vertex {@code i}, or -1 if clipping made it */
    int reference(int i) {
        return inRef[i];
    }

    private void load(int slot, Mesh mesh, ClipVertices cv, int v) {
        int o = slot * STRIDE;
        System.arraycopy(cv.clip, 4 * v, in, o, 4);
        System.arraycopy(mesh.positions(), 3 * v, in, o + 4, 3);
        System.arraycopy(mesh.normals(), 3 * v, in, o + 7, 3);
        float[] uv = mesh.uvs();
        in[o + 10] = uv == null ? 0 : uv[2 * v];
        in[o + 11] = uv == null ? 0 : uv[2 * v + 1];
        inRef[slot] = v;
    }

    private int clipAgainst(int plane, int n, Projection p) {
        int m = 0;
        for (int i = 0; i < n; i++) {
            int j = i + 1 == n ? 0 : i + 1;
            float di = distance(plane, i, p);
            float dj = distance(plane, j, p);
            boolean insideI = di >= 0;
            boolean insideJ = dj >= 0;
            if (insideI) {
                System.arraycopy(in, i * STRIDE, out, m * STRIDE, STRIDE);
                outRef[m++] = inRef[i];
            }
            if (insideI != insideJ) {
                if (insideI) {
                    lerp(i, j, (double) di / ((double) di - dj), m);
                } else {
                    lerp(j, i, (double) dj / ((double) dj - di), m);
                }
                outRef[m++] = -1;
            }
        }
        return m;
    }

    private float distance(int plane, int i, Projection p) {
        int o = i * STRIDE;
        return p.distance(plane, in[o], in[o + 1], in[o + 2], in[o + 3]);
    }

    private void lerp(int from, int to, double t, int target) {
        int a = from * STRIDE;
        int b = to * STRIDE;
        int o = target * STRIDE;
        for (int k = 0; k < STRIDE; k++) {
            out[o + k] = (float) (in[a + k] + t * ((double) in[b + k] - in[a + k]));
        }
    }
}
