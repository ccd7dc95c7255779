package ai.fvgs.render.internal;

import ai.fvgs.render.FrameBuffers;

/**
 * Writes resolved pixels into the frame buffers: colour composited over the background ("over", in linear
 * light, non-premultiplied output), the alpha matte, and the guidance buffers (depth, view-space normal,
 * part id).
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

    PixelWriter(Lighting lighting) {
        this.lighting = lighting;
    }

    void begin(FrameBuffers target, int[] backgroundPixels) {
        width = target.width();
        color = target.color();
        depth = target.depth();
        normals = target.normals();
        parts = target.partIds();
        alpha = target.alpha();
        background = backgroundPixels;
    }

    /** A pixel no opaque surface covers: background colour, empty guidance. */
    void background(int px, int py) {
        int o = py * width + px;
        backgroundColor(px, py);
        depth[o] = Float.POSITIVE_INFINITY;
        normals[3 * o] = normals[3 * o + 1] = normals[3 * o + 2] = 0;
        parts[o] = -1;
    }

    /** The background's colour and a zero matte. */
    void backgroundColor(int px, int py) {
        int o = py * width + px;
        color[o] = background == null ? 0 : background[o];
        alpha[o] = 0;
    }

    /**
     * @param r        linear red of the covered part of the pixel (not premultiplied)
     * @param g        linear green
     * @param b        linear blue
     * @param coverage how much of the pixel the surfaces cover, 0 to 1
     */
    void color(int px, int py, float r, float g, float b, float coverage) {
        int o = py * width + px;
        alpha[o] = coverage;
        int bg = background == null ? 0 : background[o];
        float bgAlpha = (bg >>> 24) / 255f;
        if (coverage >= 1 || bgAlpha <= 0) {
            color[o] = pack(coverage, r, g, b);
            return;
        }
        float k = bgAlpha * (1 - coverage);
        float a = coverage + k;
        float inv = 1f / a;
        color[o] = pack(a,
                (r * coverage + Srgb.channel(bg, 16) * k) * inv,
                (g * coverage + Srgb.channel(bg, 8) * k) * inv,
                (b * coverage + Srgb.channel(bg, 0) * k) * inv);
    }

    private static int pack(float a, float r, float g, float b) {
        int ai = (int) (a * 255 + 0.5f);
        return Math.min(255, ai) << 24 | Srgb.fromLinear(r) << 16 | Srgb.fromLinear(g) << 8 | Srgb.fromLinear(b);
    }

    /** A pixel wholly covered by one opaque surface: its colour, guidance and a full matte. */
    void surface(int px, int py, SurfaceShader s, int part) {
        int o = py * width + px;
        alpha[o] = 1f;
        color[o] = 0xFF000000 | Srgb.fromLinear(s.red) << 16 | Srgb.fromLinear(s.green) << 8 | Srgb.fromLinear(s.blue);
        guidance(o, s, part);
    }

    /** Depth, view-space normal and part id of the pixel's nearest surface. */
    void guidance(int px, int py, SurfaceShader s, int part) {
        guidance(py * width + px, s, part);
    }

    private void guidance(int o, SurfaceShader s, int part) {
        float[] m = lighting.viewRotation;
        depth[o] = s.depth;
        normals[3 * o] = m[0] * s.nx + m[1] * s.ny + m[2] * s.nz;
        normals[3 * o + 1] = m[3] * s.nx + m[4] * s.ny + m[5] * s.nz;
        normals[3 * o + 2] = m[6] * s.nx + m[7] * s.ny + m[8] * s.nz;
        parts[o] = part;
    }
}
