package ai.fvgs.render.internal;

import ai.fvgs.render.Texture;

/**
 * A texture as a pyramid of levels in premultiplied linear light (four floats per texel), each level half
 * the size of the one before (box filtered), sampled with wrap-around ("repeat") addressing: bilinear within
 * a level, linear between levels.
 */
final class MipChain {

    private final float[][] levels;
    private final int[] widths;
    private final int[] heights;

    MipChain(Texture texture) {
        int count = 1;
        for (int w = texture.width(), h = texture.height(); w > 1 || h > 1; w = Math.max(1, w / 2), h = Math.max(1, h / 2)) {
            count++;
        }
        levels = new float[count][];
        widths = new int[count];
        heights = new int[count];
        widths[0] = texture.width();
        heights[0] = texture.height();
        levels[0] = baseLevel(texture);
        for (int l = 1; l < count; l++) {
            widths[l] = Math.max(1, widths[l - 1] / 2);
            heights[l] = Math.max(1, heights[l - 1] / 2);
            levels[l] = halve(levels[l - 1], widths[l - 1], heights[l - 1], widths[l], heights[l]);
        }
    }

    private static float[] baseLevel(Texture texture) {
        int w = texture.width();
        int h = texture.height();
        float[] out = new float[w * h * 4];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int p = texture.get(x, y);
                float a = (p >>> 24) / 255f;
                int o = (y * w + x) * 4;
                out[o] = Srgb.channel(p, 16) * a;
                out[o + 1] = Srgb.channel(p, 8) * a;
                out[o + 2] = Srgb.channel(p, 0) * a;
                out[o + 3] = a;
            }
        }
        return out;
    }

    private static float[] halve(float[] src, int sw, int sh, int dw, int dh) {
        float[] out = new float[dw * dh * 4];
        for (int y = 0; y < dh; y++) {
            int y0 = Math.min(2 * y, sh - 1);
            int y1 = Math.min(2 * y + 1, sh - 1);
            for (int x = 0; x < dw; x++) {
                int x0 = Math.min(2 * x, sw - 1);
                int x1 = Math.min(2 * x + 1, sw - 1);
                for (int c = 0; c < 4; c++) {
                    float s = src[(y0 * sw + x0) * 4 + c] + src[(y0 * sw + x1) * 4 + c]
                            + src[(y1 * sw + x0) * 4 + c] + src[(y1 * sw + x1) * 4 + c];
                    out[(y * dw + x) * 4 + c] = s * 0.25f;
                }
            }
        }
        return out;
    }

    /** @return width of the full-resolution level */
    int width() {
        return widths[0];
    }

    /** @return height of the full-resolution level */
    int height() {
        return heights[0];
    }

    /**
     * Samples premultiplied linear RGBA into {@code out[0..3]}.
     *
     * @param u   horizontal texture coordinate (1 = the image width)
     * @param v   vertical texture coordinate (1 = the image height)
     * @param lod level of detail: log2 of texels per pixel at full resolution; 0 or less samples level 0
     */
    void sample(float u, float v, float lod, float[] out) {
        u = wrap(u);
        v = wrap(v);
        int top = levels.length - 1;
        if (!(lod > 0)) {
            bilinear(0, u, v, out, 1f, true);
            return;
        }
        if (lod >= top) {
            bilinear(top, u, v, out, 1f, true);
            return;
        }
        int level = (int) lod;
        float f = lod - level;
        bilinear(level, u, v, out, 1f - f, true);
        bilinear(level + 1, u, v, out, f, false);
    }

    /** @return the fractional part of {@code t} in 0..1 (0 for values too large to wrap, or NaN) */
    private static float wrap(float t) {
        float f = t - floor(t);
        return f >= 0 && f <= 1 ? f : 0;
    }

    /** Floor of a float of magnitude below 2^31, with integer conversions only (exact, and cheap in compiled code). */
    static float floor(float f) {
        int i = (int) f;
        return i > f ? i - 1 : i;
    }

    private void bilinear(int level, float u, float v, float[] out, float weight, boolean replace) {
        int w = widths[level];
        int h = heights[level];
        float[] t = levels[level];
        // u and v are wrapped to 0..1 already (no integer division): at most one texel of overhang is left
        float x = u * w - 0.5f;
        float y = v * h - 0.5f;
        int x0 = (int) floor(x);
        int y0 = (int) floor(y);
        float fx = x - x0;
        float fy = y - y0;
        x0 = x0 < 0 ? x0 + w : x0 >= w ? x0 - w : x0;
        y0 = y0 < 0 ? y0 + h : y0 >= h ? y0 - h : y0;
        int x1 = x0 + 1 == w ? 0 : x0 + 1;
        int y1 = y0 + 1 == h ? 0 : y0 + 1;
        int i00 = (y0 * w + x0) * 4;
        int i10 = (y0 * w + x1) * 4;
        int i01 = (y1 * w + x0) * 4;
        int i11 = (y1 * w + x1) * 4;
        float w00 = (1 - fx) * (1 - fy) * weight;
        float w10 = fx * (1 - fy) * weight;
        float w01 = (1 - fx) * fy * weight;
        float w11 = fx * fy * weight;
        float r = t[i00] * w00 + t[i10] * w10 + t[i01] * w01 + t[i11] * w11;
        float g = t[i00 + 1] * w00 + t[i10 + 1] * w10 + t[i01 + 1] * w01 + t[i11 + 1] * w11;
        float b = t[i00 + 2] * w00 + t[i10 + 2] * w10 + t[i01 + 2] * w01 + t[i11 + 2] * w11;
        float a = t[i00 + 3] * w00 + t[i10 + 3] * w10 + t[i01 + 3] * w01 + t[i11 + 3] * w11;
        if (replace) {
            out[0] = r;
            out[1] = g;
            out[2] = b;
            out[3] = a;
        } else {
            out[0] += r;
            out[1] += g;
            out[2] += b;
            out[3] += a;
        }
    }
}
