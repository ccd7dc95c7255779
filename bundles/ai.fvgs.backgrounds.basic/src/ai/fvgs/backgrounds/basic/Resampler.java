package ai.fvgs.backgrounds.basic;

/**
 * Scales a picture into a frame with a {@link Fit}, over an opaque matte colour. The filter is separable: a
 * tent (triangle) whose radius is one source pixel when enlarging (bilinear interpolation) and one frame pixel
 * when shrinking (so every source pixel contributes, without the aliasing of point sampling). Colours are
 * filtered premultiplied by alpha, so transparent pixels leave no dark fringes; the result is the picture
 * composited over the matte, with the frame pixels at the picture's edges blended by how much of them the
 * picture covers. Pure double arithmetic in a fixed order: the same input gives the same pixels everywhere.
 */
final class Resampler {

    private Resampler() {
    }

    /** The source taps and weights of one frame row or column, plus how much of it the picture covers. */
    private record Taps(int[] index, double[] weight, double coverage) {
    }

    /**
     * @param src    the picture's non-premultiplied ARGB pixels, row-major
     * @param sw     picture width
     * @param sh     picture height
     * @param width  frame width
     * @param height frame height
     * @param fit    how the picture fills the frame
     * @param matte  opaque ARGB colour under the picture and where it does not reach
     * @return the frame's opaque ARGB pixels, row-major
     */
    static int[] resample(int[] src, int sw, int sh, int width, int height, Fit fit, int matte) {
        Fit.Placement p = fit.place(sw, sh, width, height);
        Taps[] cols = taps(width, sw, p.scaleX(), p.offsetX());
        Taps[] rows = taps(height, sh, p.scaleY(), p.offsetY());
        float[] across = horizontal(src, sw, sh, cols);
        int[] out = new int[width * height];
        double mr = matte >> 16 & 0xFF;
        double mg = matte >> 8 & 0xFF;
        double mb = matte & 0xFF;
        double[] acc = new double[4];
        for (int y = 0; y < height; y++) {
            Taps row = rows[y];
            for (int x = 0; x < width; x++) {
                double cover = row.coverage() * cols[x].coverage();
                if (cover <= 0) {
                    out[y * width + x] = 0xFF000000 | matte;
                    continue;
                }
                java.util.Arrays.fill(acc, 0);
                for (int k = 0; k < row.index().length; k++) {
                    int o = (row.index()[k] * width + x) * 4;
                    double wk = row.weight()[k];
                    for (int c = 0; c < 4; c++) {
                        acc[c] += across[o + c] * wk;
                    }
                }
                double a = acc[0] * cover;
                double under = 1 - a;
                out[y * width + x] = 0xFF000000 | Colours.clamp(acc[1] * cover * 255 + mr * under) << 16
                        | Colours.clamp(acc[2] * cover * 255 + mg * under) << 8 | Colours.clamp(acc[3] * cover * 255 + mb * under);
            }
        }
        return out;
    }

    /** Filters every picture row to the frame's width: premultiplied (a, r, g, b) in 0..1 per frame column. */
    private static float[] horizontal(int[] src, int sw, int sh, Taps[] cols) {
        int width = cols.length;
        float[] out = new float[width * sh * 4];
        for (int y = 0; y < sh; y++) {
            for (int x = 0; x < width; x++) {
                Taps t = cols[x];
                double a = 0;
                double r = 0;
                double g = 0;
                double b = 0;
                for (int k = 0; k < t.index().length; k++) {
                    int px = src[y * sw + t.index()[k]];
                    double alpha = (px >>> 24) / 255.0;
                    double wk = t.weight()[k] * alpha / 255.0;
                    a += t.weight()[k] * alpha;
                    r += (px >> 16 & 0xFF) * wk;
                    g += (px >> 8 & 0xFF) * wk;
                    b += (px & 0xFF) * wk;
                }
                int o = (y * width + x) * 4;
                out[o] = (float) a;
                out[o + 1] = (float) r;
                out[o + 2] = (float) g;
                out[o + 3] = (float) b;
            }
        }
        return out;
    }

    /**
     * @param n      frame pixels along the axis
     * @param size   picture pixels along the axis
     * @param scale  frame pixels per picture pixel
     * @param offset frame coordinate of the picture's first edge
     * @return the taps of every frame pixel along the axis
     */
    private static Taps[] taps(int n, int size, double scale, double offset) {
        Taps[] taps = new Taps[n];
        double radius = StrictMath.max(1, 1 / scale);
        for (int i = 0; i < n; i++) {
            double coverage = StrictMath.min(i + 1, offset + size * scale) - StrictMath.max(i, offset);
            coverage = coverage < 0 ? 0 : StrictMath.min(1, coverage);
            double centre = (i + 0.5 - offset) / scale - 0.5;
            int first = (int) StrictMath.ceil(centre - radius);
            int last = (int) StrictMath.floor(centre + radius);
            int[] index = new int[last - first + 1];
            double[] weight = new double[index.length];
            double sum = 0;
            for (int j = first; j <= last; j++) {
                double wj = StrictMath.max(0, 1 - StrictMath.abs(j - centre) / radius);
                index[j - first] = j < 0 ? 0 : StrictMath.min(j, size - 1);
                weight[j - first] = wj;
                sum += wj;
            }
            if (sum <= 0) {
                index = new int[] { (int) StrictMath.min(size - 1, StrictMath.max(0, StrictMath.round(centre))) };
                weight = new double[] { 1 };
                sum = 1;
            }
            for (int k = 0; k < weight.length; k++) {
                weight[k] /= sum;
            }
            taps[i] = new Taps(index, weight, coverage);
        }
        return taps;
    }
}
