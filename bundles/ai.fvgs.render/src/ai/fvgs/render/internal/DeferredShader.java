package ai.fvgs.render.internal;

import java.util.Arrays;

import ai.fvgs.render.Mesh;

/**
 * Deferred shading of many points: {@link #surface} interpolates a triangle's attributes and material at a
 * run of points and appends them to a small G-buffer (position, normal, colour before lighting, highlight
 * parameters); {@link #light} then lights every point gathered so far at once. The lighting loops are long and
 * free of branches, with the light's constants in registers; shadow-map and texture lookups are separate loops.
 * <p>
 * Perspective-correct barycentrics come from the exact edge functions at the points (integers below 2^53,
 * which doubles hold exactly), then position, normal and texture coordinates are interpolated, and the surface
 * is lit with ambient plus, per light, Lambert diffuse and Blinn-Phong specular attenuated by its shadow map.
 * Only IEEE operations (inverse square roots by Newton steps in multiplications) are used, each point independently of the others, so results
 * are identical on every run and thread and however points are grouped. One instance per thread.
 */
final class DeferredShader {

    private static final int A = TriangleBatch.ATTRIBUTES;

    /** Input of {@link #surface}: evaluation points in 1/256 pixel (frame coordinates), from {@link #count} on. */
    final double[] pointX;
    final double[] pointY;
    /** Per point: an index the caller chooses (the pixel), and the part id. */
    final int[] pixel;
    final int[] part;
    /** Number of points gathered since {@link #clear}. */
    int count;

    /** Output: colour in linear light (after {@link #light}), opacity, linear depth, unit world-space normal. */
    final float[] red;
    final float[] green;
    final float[] blue;
    final float[] alpha;
    final float[] depth;
    final float[] nx;
    final float[] ny;
    final float[] nz;

    private final Lighting lighting;
    private final float[] specular;
    private final float[] shininess;
    private final float[] b0;
    private final float[] b1;
    private final float[] b2;
    private final double[] linearDepth;
    private final float[] wx;
    private final float[] wy;
    private final float[] wz;
    private final float[] u;
    private final float[] v;
    private final float[] vx;
    private final float[] vy;
    private final float[] vz;
    private final float[] visible;
    private final float[] attr = new float[3 * A];
    private final float[] texel = new float[4];
    private final float[] corners = new float[12];
    private final TextureGradient gradient = new TextureGradient();

    // the triangle set up last, whose constants are reused while it covers the next points
    private TriangleBatch batch;
    private int triangle = -1;
    private double x0, y0, x1, y1, x2, y2;
    private double q0, q1, q2;
    private float normalSign;
    private SurfaceMaterial material;

    /**
     * @param lighting the frame's lights
     * @param capacity most points gathered between two calls of {@link #clear}
     */
    DeferredShader(Lighting lighting, int capacity) {
        this.lighting = lighting;
        pointX = new double[capacity];
        pointY = new double[capacity];
        pixel = new int[capacity];
        part = new int[capacity];
        red = new float[capacity];
        green = new float[capacity];
        blue = new float[capacity];
        alpha = new float[capacity];
        depth = new float[capacity];
        nx = new float[capacity];
        ny = new float[capacity];
        nz = new float[capacity];
        specular = new float[capacity];
        shininess = new float[capacity];
        b0 = new float[capacity];
        b1 = new float[capacity];
        b2 = new float[capacity];
        linearDepth = new double[capacity];
        wx = new float[capacity];
        wy = new float[capacity];
        wz = new float[capacity];
        u = new float[capacity];
        v = new float[capacity];
        vx = new float[capacity];
        vy = new float[capacity];
        vz = new float[capacity];
        visible = new float[capacity];
    }

    /** @return most points between two calls of {@link #clear} */
    int capacity() {
        return pointX.length;
    }

    /** Forgets the cached triangle; call when the batches are refilled (a new frame). */
    void reset() {
        batch = null;
        triangle = -1;
        count = 0;
    }

    /** Empties the G-buffer. */
    void clear() {
        count = 0;
    }

    /**
     * Appends {@code n} points on triangle {@code t} of the batch: the caller has written their coordinates to
     * {@link #pointX}/{@link #pointY} and their pixel and part id from index {@link #count} on. Points outside the
     * triangle are clamped to its edges.
     */
    void surface(TriangleBatch b, int t, int n) {
        if (b != batch || t != triangle) {
            prepare(b, t);
        }
        int from = count;
        int to = from + n;
        barycentrics(from, to);
        interpolate(from, to);
        albedo(from, to);
        Arrays.fill(specular, from, to, material.specular);
        Arrays.fill(shininess, from, to, material.shininess);
        count = to;
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
        normalSign = (b.flags[t] & TriangleBatch.BACK_FACE) != 0 ? -1f : 1f;
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

    /**
     * Edge functions at the points: products of fixed-point coordinates below 2^23, so every value is an
     * integer below 2^53 that doubles hold exactly, whatever the order of evaluation.
     */
    private void barycentrics(int from, int to) {
        double ax = x2 - x1, ay = y2 - y1, bx = x0 - x2, by = y0 - y2, cx = x1 - x0, cy = y1 - y0;
        for (int i = from; i < to; i++) {
            double px = pointX[i], py = pointY[i];
            double l0 = Math.max(0, ax * (py - y1) - ay * (px - x1));
            double l1 = Math.max(0, bx * (py - y2) - by * (px - x2));
            double l2 = Math.max(0, cx * (py - y0) - cy * (px - x0));
            double w0 = l0 * q0, w1 = l1 * q1, w2 = l2 * q2;
            double inv = 1.0 / (w0 + w1 + w2);
            linearDepth[i] = (l0 + l1 + l2) * inv;
            depth[i] = (float) linearDepth[i];
            b0[i] = (float) (w0 * inv);
            b1[i] = (float) (w1 * inv);
            b2[i] = (float) (w2 * inv);
        }
    }

    /** Interpolates position, normal (normalised, turned on back faces) and texture coordinates. */
    private void interpolate(int from, int to) {
        float[] a = attr;
        float px0 = a[0], px1 = a[A], px2 = a[2 * A];
        float py0 = a[1], py1 = a[A + 1], py2 = a[2 * A + 1];
        float pz0 = a[2], pz1 = a[A + 2], pz2 = a[2 * A + 2];
        float nx0 = a[3], nx1 = a[A + 3], nx2 = a[2 * A + 3];
        float ny0 = a[4], ny1 = a[A + 4], ny2 = a[2 * A + 4];
        float nz0 = a[5], nz1 = a[A + 5], nz2 = a[2 * A + 5];
        float sign = normalSign;
        Lighting l = lighting;
        for (int i = from; i < to; i++) {
            float c0 = b0[i], c1 = b1[i], c2 = b2[i];
            float px = c0 * px0 + c1 * px1 + c2 * px2;
            float py = c0 * py0 + c1 * py1 + c2 * py2;
            float pz = c0 * pz0 + c1 * pz1 + c2 * pz2;
            wx[i] = px;
            wy[i] = py;
            wz[i] = pz;
            float x = c0 * nx0 + c1 * nx1 + c2 * nx2;
            float y = c0 * ny0 + c1 * ny1 + c2 * ny2;
            float z = c0 * nz0 + c1 * nz1 + c2 * nz2;
            float len2 = x * x + y * y + z * z;
            float turn = sign;
            if (!(len2 > 1e-20f && len2 < 1e20f)) {
                // no usable normal: face the camera
                x = l.cameraX - px;
                y = l.cameraY - py;
                z = l.cameraZ - pz;
                len2 = Math.max(x * x + y * y + z * z, 1e-20f);
                turn = 1f;
            }
            float k = turn == sign ? turn * inverseSqrt(len2) : (float) (1 / Math.sqrt(len2));
            nx[i] = x * k;
            ny[i] = y * k;
            nz[i] = z * k;
        }
        if (material.texture != null) {
            float u0 = a[6], u1 = a[A + 6], u2 = a[2 * A + 6];
            float v0 = a[7], v1 = a[A + 7], v2 = a[2 * A + 7];
            for (int i = from; i < to; i++) {
                u[i] = b0[i] * u0 + b1[i] * u1 + b2[i] * u2;
                v[i] = b0[i] * v0 + b1[i] * v1 + b2[i] * v2;
            }
        }
    }

    /** The surface colour before lighting (base colour times texture, in red/green/blue) and the opacity. */
    private void albedo(int from, int to) {
        SurfaceMaterial m = material;
        MipChain tex = m.texture;
        if (tex == null) {
            Arrays.fill(red, from, to, m.red);
            Arrays.fill(green, from, to, m.green);
            Arrays.fill(blue, from, to, m.blue);
            Arrays.fill(alpha, from, to, m.opacity);
            return;
        }
        float[] t = texel;
        for (int i = from; i < to; i++) {
            tex.sample(u[i], v[i], gradient.lod(u[i], v[i], linearDepth[i]), t);
            // a translucent texture's colour is un-premultiplied; its alpha scales the opacity
            float un = 1f;
            float a = m.opacity;
            if (m.translucent) {
                un = t[3] > 0 ? 1f / t[3] : 0f;
                a *= t[3];
            }
            red[i] = m.red * t[0] * un;
            green[i] = m.green * t[1] * un;
            blue[i] = m.blue * t[2] * un;
            alpha[i] = a;
        }
    }

    /**
     * Whether any shadow map can darken a point of a shadow catcher's triangle, or of its plane, in the convex
     * hull of some screen points. The perspective maps the plane's screen region in front of the camera onto the
     * plane as a projective map, which keeps convex hulls, so the world points of the hull lie in the hull of the
     * world points of the corners; a corner on or beyond the plane's horizon makes the answer {@code true}.
     *
     * @param screenX the points' x in 1/256 pixel (frame coordinates)
     * @param screenY their y
     * @param n       number of points, at most 4
     */
    boolean catcherMayBeShadowed(TriangleBatch b, int t, double[] screenX, double[] screenY, int n) {
        Lighting l = lighting;
        boolean maps = false;
        for (int k = 0; k < l.count; k++) {
            maps |= l.shadows[k] != null;
        }
        if (!maps) {
            return false;
        }
        if (b != batch || t != triangle) {
            prepare(b, t);
        }
        double ax = x2 - x1, ay = y2 - y1, bx = x0 - x2, by = y0 - y2, cx = x1 - x0, cy = y1 - y0;
        float[] a = attr;
        for (int i = 0; i < n; i++) {
            double px = screenX[i], py = screenY[i];
            double l0 = ax * (py - y1) - ay * (px - x1);
            double l1 = bx * (py - y2) - by * (px - x2);
            double l2 = cx * (py - y0) - cy * (px - x0);
            double w0 = l0 * q0, w1 = l1 * q1, w2 = l2 * q2;
            double sum = w0 + w1 + w2;
            if (!(sum > 0)) {
                return true;
            }
            float c0 = (float) (w0 / sum), c1 = (float) (w1 / sum), c2 = (float) (w2 / sum);
            for (int d = 0; d < 3; d++) {
                corners[3 * i + d] = c0 * a[d] + c1 * a[A + d] + c2 * a[2 * A + d];
            }
        }
        for (int k = 0; k < l.count; k++) {
            if (l.shadows[k] != null && l.shadows[k].mayShadow(corners, n)) {
                return true;
            }
        }
        return false;
    }

    /**
     * For points on shadow catchers: replaces each point's {@link #alpha} (the catcher's opacity) by the alpha of
     * its shadow, the opacity times the fraction of the shadow-casting lights' direct light (weighted by intensity
     * and angle) that their shadow maps block; 0 where no shadow-casting light reaches the surface.
     */
    void catcherShadows() {
        int n = count;
        Lighting l = lighting;
        Arrays.fill(b0, 0, n, 0f);
        Arrays.fill(b1, 0, n, 0f);
        for (int k = 0; k < l.count; k++) {
            ShadowMap shadow = l.shadows[k];
            if (shadow == null) {
                continue;
            }
            float lx = l.toLight[3 * k], ly = l.toLight[3 * k + 1], lz = l.toLight[3 * k + 2];
            float intensity = l.color[3 * k] + l.color[3 * k + 1] + l.color[3 * k + 2];
            for (int i = 0; i < n; i++) {
                float ndl = nx[i] * lx + ny[i] * ly + nz[i] * lz;
                if (ndl > 0) {
                    float direct = intensity * ndl;
                    b0[i] += direct;
                    b1[i] += direct * (1f - shadow.visibility(wx[i], wy[i], wz[i], ndl));
                }
            }
        }
        for (int i = 0; i < n; i++) {
            alpha[i] = b0[i] > 0 ? alpha[i] * Math.min(1f, b1[i] / b0[i]) : 0f;
        }
    }

    /** Lights all gathered points: {@link #red}, {@link #green} and {@link #blue} become the lit colour. */
    void light() {
        int n = count;
        Lighting l = lighting;
        float cx = l.cameraX, cy = l.cameraY, cz = l.cameraZ;
        for (int i = 0; i < n; i++) {
            float x = cx - wx[i], y = cy - wy[i], z = cz - wz[i];
            float inv = roughInverseSqrt(Math.max(x * x + y * y + z * z, 1e-20f));
            vx[i] = x * inv;
            vy[i] = y * inv;
            vz[i] = z * inv;
        }
        // the albedo moves to b0..b2 (free now), the lit colour accumulates in red, green, blue
        float ambR = l.ambientRed, ambG = l.ambientGreen, ambB = l.ambientBlue;
        for (int i = 0; i < n; i++) {
            b0[i] = red[i];
            b1[i] = green[i];
            b2[i] = blue[i];
            red[i] = ambR * b0[i];
            green[i] = ambG * b1[i];
            blue[i] = ambB * b2[i];
        }
        for (int k = 0; k < l.count; k++) {
            float lx = l.toLight[3 * k], ly = l.toLight[3 * k + 1], lz = l.toLight[3 * k + 2];
            ShadowMap shadow = l.shadows[k];
            if (shadow != null) {
                for (int i = 0; i < n; i++) {
                    float ndl = nx[i] * lx + ny[i] * ly + nz[i] * lz;
                    visible[i] = ndl > 0 ? shadow.visibility(wx[i], wy[i], wz[i], ndl) : 0f;
                }
            } else {
                Arrays.fill(visible, 0, n, 1f);
            }
            addLight(n, lx, ly, lz, l.color[3 * k], l.color[3 * k + 1], l.color[3 * k + 2]);
        }
    }

    /**
     * Adds one light's Lambert and Blinn-Phong terms. Branch-free: a point facing away gets {@code ndl = 0}, and
     * Schlick's rational approximation {@code x / (n - n x + x)} of {@code x^n} is 0 at {@code x = 0}.
     */
    private void addLight(int n, float lx, float ly, float lz, float cr, float cg, float cb) {
        for (int i = 0; i < n; i++) {
            float x = nx[i], y = ny[i], z = nz[i];
            float ndl = Math.max(0f, x * lx + y * ly + z * lz);
            float hx = lx + vx[i], hy = ly + vy[i], hz = lz + vz[i];
            float ndh = (x * hx + y * hy + z * hz) * roughInverseSqrt(Math.max(hx * hx + hy * hy + hz * hz, 1e-20f));
            ndh = Math.min(1f, Math.max(0f, ndh));
            float sn = shininess[i];
            float spec = specular[i] * ndh / (sn - sn * ndh + ndh);
            float e = ndl * visible[i];
            red[i] += cr * e * (b0[i] + spec);
            green[i] += cg * e * (b1[i] + spec);
            blue[i] += cb * e * (b2[i] + spec);
        }
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

    /** {@link #inverseSqrt} with one Newton step (relative error below 2e-3): enough for directions to light and eye. */
    private static float roughInverseSqrt(float x) {
        float y = Float.intBitsToFloat(0x5F375A86 - (Float.floatToRawIntBits(x) >> 1));
        return y * (1.5f - 0.5f * x * y * y);
    }
}
