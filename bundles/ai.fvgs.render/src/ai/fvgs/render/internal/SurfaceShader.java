package ai.fvgs.render.internal;

import ai.fvgs.render.Mesh;

/**
 * Shades one visible triangle at one pixel centre: perspective-correct barycentrics (clamped to the
 * triangle, for pixels that the triangle covers only in part), interpolated position, normal and texture
 * coordinates, then ambient plus, per light, Lambert diffuse and Blinn-Phong specular, attenuated by the
 * light's shadow map. Everything is in single or double precision IEEE arithmetic without library
 * transcendental functions, so results are identical on every run and thread. One instance per thread.
 */
final class SurfaceShader {

    private static final int A = TriangleBatch.ATTRIBUTES;

    /** Shaded colour in linear light, its opacity, linear depth, and the unit world-space normal. */
    float red, green, blue, alpha, depth, nx, ny, nz;

    private final Lighting lighting;
    private final int[] sampleX;
    private final int[] sampleY;
    private final float[] attr = new float[3 * A];
    private final float[] texel = new float[4];
    private final TextureGradient gradient = new TextureGradient();
    private float wx, wy, wz, u, v;

    // the triangle shaded last, whose set-up is reused while the same triangle covers the next pixels
    private TriangleBatch batch;
    private int triangle = -1;
    private long x0, y0, x1, y1, x2, y2;
    private long e0, e1, e2;
    private double q0, q1, q2;
    private boolean backFace;
    private SurfaceMaterial material;

    SurfaceShader(Lighting lighting, int[] sampleX, int[] sampleY) {
        this.lighting = lighting;
        this.sampleX = sampleX;
        this.sampleY = sampleY;
    }

    /** Forgets the cached triangle; call when the batches are refilled (a new frame). */
    void reset() {
        batch = null;
        triangle = -1;
    }

    /**
     * @param mask the pixel's coverage samples that show this triangle (bit {@code s} for sample {@code s}), or
     *             -1 for all; if the pixel centre lies outside the triangle, it is shaded at their centroid
     */
    void shade(TriangleBatch b, int t, int px, int py, int mask) {
        if (b != batch || t != triangle) {
            prepare(b, t);
        }
        long cx = ((long) px << Projection.SUBPIXEL_BITS) + (1 << Projection.SUBPIXEL_BITS - 1);
        long cy = ((long) py << Projection.SUBPIXEL_BITS) + (1 << Projection.SUBPIXEL_BITS - 1);
        edges(cx, cy);
        if ((e0 | e1 | e2) < 0 && mask != -1) {
            centroid(px, py, mask);
        }
        // clamping only absorbs rounding of the centroid to 1/256 pixel
        double l0 = Math.max(0, e0), l1 = Math.max(0, e1), l2 = Math.max(0, e2);
        double w0 = l0 * q0, w1 = l1 * q1, w2 = l2 * q2;
        double inv = 1.0 / (w0 + w1 + w2);
        double linearDepth = (l0 + l1 + l2) * inv;
        depth = (float) linearDepth;
        interpolate((float) (w0 * inv), (float) (w1 * inv), (float) (w2 * inv));
        SurfaceMaterial m = material;
        alpha = m.opacity;
        if (m.texture == null) {
            light(m, m.red, m.green, m.blue);
        } else {
            m.texture.sample(u, v, gradient.lod(u, v, linearDepth), texel);
            // a translucent texture's colour is un-premultiplied; its alpha scales the opacity
            float un = 1f;
            if (m.translucent) {
                un = texel[3] > 0 ? 1f / texel[3] : 0f;
                alpha *= texel[3];
            }
            light(m, m.red * texel[0] * un, m.green * texel[1] * un, m.blue * texel[2] * un);
        }
    }

    /** The edge functions (unnormalised barycentric weights) of the current triangle at a fixed-point point. */
    private void edges(long cx, long cy) {
        e0 = (x2 - x1) * (cy - y1) - (y2 - y1) * (cx - x1);
        e1 = (x0 - x2) * (cy - y2) - (y0 - y2) * (cx - x2);
        e2 = (x1 - x0) * (cy - y0) - (y1 - y0) * (cx - x0);
    }

    /** Moves the evaluation point to the mean of the masked samples, which lies inside the (convex) triangle. */
    private void centroid(int px, int py, int mask) {
        int n = 0, sx = 0, sy = 0;
        for (int s = 0; s < sampleX.length; s++) {
            if ((mask & 1 << s) != 0) {
                n++;
                sx += sampleX[s];
                sy += sampleY[s];
            }
        }
        edges(((long) px << Projection.SUBPIXEL_BITS) + sx / n, ((long) py << Projection.SUBPIXEL_BITS) + sy / n);
    }

    private void prepare(TriangleBatch b, int t) {
        batch = b;
        triangle = t;
        int i = 3 * t;
        x0 = b.x[i];
        y0 = b.y[i];
        x1 = b.x[i + 1];
        y1 = b.y[i + 1];
        x2 = b.x[i + 2];
        y2 = b.y[i + 2];
        q0 = b.key[i];
        q1 = b.key[i + 1];
        q2 = b.key[i + 2];
        backFace = (b.flags[t] & TriangleBatch.BACK_FACE) != 0;
        material = b.item.material;
        fetch(b, i);
        if (material.texture != null) {
            gradient.prepare(b, i, attr, material.texture);
        }
    }

    private void fetch(TriangleBatch b, int i) {
        Mesh mesh = b.item.mesh;
        float[] pos = mesh.positions();
        float[] nor = mesh.normals();
        float[] uvs = mesh.uvs();
        for (int k = 0; k < 3; k++) {
            int r = b.ref[i + k];
            int o = k * A;
            if (r >= 0) {
                attr[o] = pos[3 * r];
                attr[o + 1] = pos[3 * r + 1];
                attr[o + 2] = pos[3 * r + 2];
                attr[o + 3] = nor[3 * r];
                attr[o + 4] = nor[3 * r + 1];
                attr[o + 5] = nor[3 * r + 2];
                attr[o + 6] = uvs == null ? 0 : uvs[2 * r];
                attr[o + 7] = uvs == null ? 0 : uvs[2 * r + 1];
            } else {
                System.arraycopy(b.pool, TriangleBatch.poolOffset(r), attr, o, A);
            }
        }
    }

    private void interpolate(float b0, float b1, float b2) {
        float[] a = attr;
        wx = b0 * a[0] + b1 * a[A] + b2 * a[2 * A];
        wy = b0 * a[1] + b1 * a[A + 1] + b2 * a[2 * A + 1];
        wz = b0 * a[2] + b1 * a[A + 2] + b2 * a[2 * A + 2];
        float x = b0 * a[3] + b1 * a[A + 3] + b2 * a[2 * A + 3];
        float y = b0 * a[4] + b1 * a[A + 4] + b2 * a[2 * A + 4];
        float z = b0 * a[5] + b1 * a[A + 5] + b2 * a[2 * A + 5];
        if (material.texture != null) {
            u = b0 * a[6] + b1 * a[A + 6] + b2 * a[2 * A + 6];
            v = b0 * a[7] + b1 * a[A + 7] + b2 * a[2 * A + 7];
        }
        float len2 = x * x + y * y + z * z;
        float inv;
        if (!(len2 > 1e-20f && len2 < 1e20f)) {
            // no usable normal: face the camera
            x = lighting.cameraX - wx;
            y = lighting.cameraY - wy;
            z = lighting.cameraZ - wz;
            inv = (float) (1 / Math.sqrt(x * x + y * y + z * z));
        } else {
            inv = backFace ? -inverseSqrt(len2) : inverseSqrt(len2);
        }
        nx = x * inv;
        ny = y * inv;
        nz = z * inv;
    }

    private void light(SurfaceMaterial m, float ar, float ag, float ab) {
        Lighting l = lighting;
        float vx = l.cameraX - wx, vy = l.cameraY - wy, vz = l.cameraZ - wz;
        float vInv = roughInverseSqrt(Math.max(vx * vx + vy * vy + vz * vz, 1e-20f));
        vx *= vInv;
        vy *= vInv;
        vz *= vInv;
        float r = l.ambientRed * ar, g = l.ambientGreen * ag, bl = l.ambientBlue * ab;
        for (int k = 0; k < l.count; k++) {
            float lx = l.toLight[3 * k], ly = l.toLight[3 * k + 1], lz = l.toLight[3 * k + 2];
            float ndl = nx * lx + ny * ly + nz * lz;
            if (!(ndl > 0)) {
                continue;
            }
            ShadowMap shadow = l.shadows[k];
            float visible = shadow == null ? 1f : shadow.visibility(wx, wy, wz, ndl);
            if (visible <= 0) {
                continue;
            }
            float spec = 0;
            if (m.specular > 0) {
                float hx = lx + vx, hy = ly + vy, hz = lz + vz;
                float ndh = (nx * hx + ny * hy + nz * hz) * roughInverseSqrt(Math.max(hx * hx + hy * hy + hz * hz, 1e-20f));
                spec = ndh > 0 ? m.specular * highlight(ndh, m.shininess) : 0;
            }
            float e = ndl * visible;
            r += l.color[3 * k] * e * (ar + spec);
            g += l.color[3 * k + 1] * e * (ag + spec);
            bl += l.color[3 * k + 2] * e * (ab + spec);
        }
        red = r;
        green = g;
        blue = bl;
    }

    /**
     * {@code 1 / sqrt(x)} for {@code x} in about 1e-20..1e20: a bit-level first guess refined by two Newton
     * steps (relative error below 1e-5), in multiplications only, so it is fast and exactly reproducible.
     */
    static float inverseSqrt(float x) {
        float y = Float.intBitsToFloat(0x5F375A86 - (Float.floatToRawIntBits(x) >> 1));
        float half = 0.5f * x;
        y *= 1.5f - half * y * y;
        y *= 1.5f - half * y * y;
        return y;
    }

    /** {@link #inverseSqrt} with one Newton step (relative error below 2e-3): enough for highlight directions. */
    private static float roughInverseSqrt(float x) {
        float y = Float.intBitsToFloat(0x5F375A86 - (Float.floatToRawIntBits(x) >> 1));
        return y * (1.5f - 0.5f * x * y * y);
    }

    /**
     * Schlick's rational approximation of {@code x^n} for the Blinn-Phong lobe: one division instead of a
     * power function, and plain IEEE arithmetic, unlike {@link Math#pow}, whose compiled and interpreted
     * forms may differ.
     */
    private static float highlight(float x, float n) {
        return x / (n - n * x + x);
    }
}
