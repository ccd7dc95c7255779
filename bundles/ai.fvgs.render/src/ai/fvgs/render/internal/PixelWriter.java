package ai.fvgs.render.internal;

import java.util.Arrays;

import ai.fvgs.render.FrameBuffers;

/**
 * Writes resolved pixels into the frame buffers: colour composited over the background ("over", in linear
 * light, non-premultiplied output), the alpha matte, and the guidance buffers (depth, view-space normal,
 * part id). For colour-only frame buffers only the colour is written.
 */
final class PixelWriter {

    private final Lighting lighting;
    private int width;
    private int[] color;
    private float[] depth;
    private float[] normals;
    private int[] parts;
    private float[] alpha;
    private int[] background;
    /**
     * Whether the background is the colour buffer itself (rendering in place): pixels that show the background then
     * already hold it. Every pixel's background is read before the pixel is written, so this is safe.
     */
    private boolean inPlace;
    /** Whether the target keeps alpha and the guidance buffers; if not, the arrays below the colour are null. */
    private boolean guidance;

    PixelWriter(Lighting lighting) {
        this.lighting = lighting;
    }

    void begin(FrameBuffers target, int[] backgroundPixels) {
        width = target.width();
        color = target.color();
        guidance = target.hasGuidance();
        depth = guidance ? target.depth() : null;
        normals = guidance ? target.normals() : null;
        parts = guidance ? target.partIds() : null;
        alpha = guidance ? target.alpha() : null;
        background = backgroundPixels;
        inPlace = backgroundPixels == color;
    }

    /** A pixel no opaque surface covers: background colour, empty guidance. */
    void background(int px, int py) {
        background(px, py, 1);
    }

    /** {@code n} pixels of a row from {@code px} on that no surface covers: background colour, empty guidance. */
    void background(int px, int py, int n) {
        int o = py * width + px;
        if (background == null) {
            Arrays.fill(color, o, o + n, 0);
        } else if (!inPlace) {
            System.arraycopy(background, o, color, o, n);
        }
        if (!guidance) {
            return;
        }
        Arrays.fill(alpha, o, o + n, 0f);
        Arrays.fill(depth, o, o + n, Float.POSITIVE_INFINITY);
        Arrays.fill(normals, 3 * o, 3 * (o + n), 0f);
        Arrays.fill(parts, o, o + n, -1);
    }

    /** A rectangle of pixels that no surface covers: background colour, empty guidance. */
    void background(int px, int py, int w, int h) {
        for (int y = py; y < py + h; y++) {
            background(px, y, w);
        }
    }

    /**
     * Writes a rectangle of pixels that no surface covers (background colour, empty guidance) if the frame has a
     * background and none of its pixels in the rectangle is fully transparent.
     *
     * @return whether the background is opaque there; if not, the rectangle holds partial results
     */
    boolean opaqueBackground(int px, int py, int w, int h) {
        if (background == null) {
            return false;
        }
        for (int y = py; y < py + h; y++) {
            background(px, y, w);
            int o = y * width + px;
            for (int i = o; i < o + w; i++) {
                if (color[i] >>> 24 == 0) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The background's colour and a zero matte. */
    void backgroundColor(int px, int py) {
        int o = py * width + px;
        color[o] = background == null ? 0 : background[o];
        if (guidance) {
            alpha[o] = 0;
        }
    }

    /**
     * @param r        linear red of the covered part of the pixel (not premultiplied)
     * @param g        linear green
     * @param b        linear blue
     * @param coverage how much of the pixel the surfaces cover, 0 to 1
     */
    void color(int px, int py, float r, float g, float b, float coverage) {
        color(px, py, r, g, b, coverage, 0f);
    }

    /**
     * Composites the surfaces over the background, which a shadow catcher's shadow (black of alpha
     * {@code shadow}) darkens first; the alpha matte is the surfaces' coverage alone.
     *
     * @param r        linear red of the covered part of the pixel (not premultiplied)
     * @param g        linear green
     * @param b        linear blue
     * @param coverage how much of the pixel the surfaces cover, 0 to 1
     * @param shadow   alpha of the shadow over the background, 0 to 1
     */
    void color(int px, int py, float r, float g, float b, float coverage, float shadow) {
        int o = py * width + px;
        if (guidance) {
            alpha[o] = coverage;
        }
        int bg = background == null ? 0 : background[o];
        float bgAlpha = (bg >>> 24) / 255f;
        if (coverage >= 1 || bgAlpha <= 0 && shadow <= 0) {
            color[o] = pack(coverage, r, g, b);
            return;
        }
        if (coverage <= 0 && shadow <= 0) {
            color[o] = bg;
            return;
        }
        // premultiplied: the background, then the shadow over it, then the surfaces over both
        float under = bgAlpha * (1 - shadow);
        float k = under * (1 - coverage);
        float a = coverage + (under + shadow) * (1 - coverage);
        float inv = 1f / a;
        color[o] = pack(a,
                (r * coverage + Srgb.channel(bg, 16) * k) * inv,
                (g * coverage + Srgb.channel(bg, 8) * k) * inv,
                (b * coverage + Srgb.channel(bg, 0) * k) * inv);
    }

    /**
     * Pixels wholly covered by a shadow catcher: the background darkened by the shadow, no guidance and a zero
     * matte.
     *
     * @param s holds per point the pixel's index in the frame and the alpha of its shadow
     */
    void catchers(DeferredShader s) {
        for (int i = 0; i < s.count; i++) {
            int o = s.pixel[i];
            int py = o / width;
            int px = o - py * width;
            background(px, py, 1);
            color(px, py, 0f, 0f, 0f, 0f, s.alpha[i]);
        }
    }

    /**
     * {@code n} pixels of a row from {@code px} on, wholly covered by a shadow catcher that no shadow reaches: as
     * {@link #catchers} writes them with a shadow of alpha 0 (the background, or 0 where it is fully transparent).
     */
    void unshadowedCatcher(int px, int py, int n) {
        background(px, py, n);
        if (background != null) {
            int o = py * width + px;
            for (int i = o; i < o + n; i++) {
                if (color[i] >>> 24 == 0) {
                    color[i] = pack(0f, 0f, 0f, 0f);
                }
            }
        }
    }

    private static int pack(float a, float r, float g, float b) {
        int ai = (int) (a * 255 + 0.5f);
        return Math.min(255, ai) << 24 | Srgb.fromLinear(r) << 16 | Srgb.fromLinear(g) << 8 | Srgb.fromLinear(b);
    }

    /**
     * Pixels each wholly covered by one opaque surface: the shaded colour, guidance and a full matte.
     *
     * @param s holds per point the pixel's index in the frame, its part id and its lit shading
     */
    void surfaces(DeferredShader s) {
        int n = s.count;
        int[] pixel = s.pixel;
        for (int i = 0; i < n; i++) {
            color[pixel[i]] = 0xFF000000 | Srgb.fromLinear(s.red[i]) << 16 | Srgb.fromLinear(s.green[i]) << 8
                    | Srgb.fromLinear(s.blue[i]);
        }
        if (!guidance) {
            return;
        }
        float[] m = lighting.viewRotation;
        float m0 = m[0], m1 = m[1], m2 = m[2], m3 = m[3], m4 = m[4], m5 = m[5], m6 = m[6], m7 = m[7], m8 = m[8];
        for (int i = 0; i < n; i++) {
            int o = pixel[i];
            float x = s.nx[i], y = s.ny[i], z = s.nz[i];
            normals[3 * o] = m0 * x + m1 * y + m2 * z;
            normals[3 * o + 1] = m3 * x + m4 * y + m5 * z;
            normals[3 * o + 2] = m6 * x + m7 * y + m8 * z;
            depth[o] = s.depth[i];
            alpha[o] = 1f;
            parts[o] = s.part[i];
        }
    }

    /**
     * Pixels partly covered by one continuous surface: its shaded colour composited over the background (darkened
     * by a shadow catcher's shadow), and its guidance.
     *
     * @param s        holds per point the pixel's index in the frame, its part id and its lit shading
     * @param coverage per point, how much of the pixel the surface covers
     * @param shadow   per point, the alpha of the shadow over the background
     */
    void edges(DeferredShader s, float[] coverage, float[] shadow) {
        float[] m = lighting.viewRotation;
        for (int i = 0; i < s.count; i++) {
            int o = s.pixel[i];
            int py = o / width;
            color(o - py * width, py, s.red[i], s.green[i], s.blue[i], coverage[i], shadow[i]);
            if (!guidance) {
                continue;
            }
            float x = s.nx[i], y = s.ny[i], z = s.nz[i];
            depth[o] = s.depth[i];
            normals[3 * o] = m[0] * x + m[1] * y + m[2] * z;
            normals[3 * o + 1] = m[3] * x + m[4] * y + m[5] * z;
            normals[3 * o + 2] = m[6] * x + m[7] * y + m[8] * z;
            parts[o] = s.part[i];
        }
    }

    /** Depth, view-space normal and part id of the pixel's nearest surface. */
    void guidance(int px, int py, SurfaceShader s, int part) {
        guidance(py * width + px, s, part);
    }

    private void guidance(int o, SurfaceShader s, int part) {
        if (!guidance) {
            return;
        }
        float[] m = lighting.viewRotation;
        depth[o] = s.depth;
        normals[3 * o] = m[0] * s.nx + m[1] * s.ny + m[2] * s.nz;
        normals[3 * o + 1] = m[3] * s.nx + m[4] * s.ny + m[5] * s.nz;
        normals[3 * o + 2] = m[6] * s.nx + m[7] * s.ny + m[8] * s.nz;
        parts[o] = part;
    }
}
