package ai.fvgs.dataset.internal;

/**
 * Integer pixel operations for thumbnails and perceptual hashes: box-average scaling and a 64-bit
 * difference hash. Integer arithmetic only, so the same pixels give the same result on every machine.
 */
final class Pixels {

    private Pixels() {
    }

    /**
     * Scales ARGB pixels by averaging the source box under each target pixel (every target pixel covers at
     * least one source pixel, so this also enlarges).
     *
     * @param argb source pixels, row-major
     * @param w    source width
     * @param h    source height
     * @param tw   target width, at least 1
     * @param th   target height, at least 1
     * @return the target pixels
     */
    static int[] scale(int[] argb, int w, int h, int tw, int th) {
        return scale((y, a, r, g, b) -> {
            for (int x = 0, i = y * w; x < w; x++, i++) {
                int p = argb[i];
                a[x] += p >>> 24;
                r[x] += (p >> 16) & 0xff;
                g[x] += (p >> 8) & 0xff;
                b[x] += p & 0xff;
            }
        }, w, h, tw, th);
    }

    /**
     * Scales 8-bit BGR pixels (three bytes per pixel, as the JPEG reader decodes them) like
     * {@link #scale(int[], int, int, int, int)} with opaque ARGB, without an ARGB copy of the picture.
     */
    static int[] scaleBgr(byte[] bgr, int w, int h, int tw, int th) {
        return scale((y, a, r, g, b) -> {
            for (int x = 0, j = y * w * 3; x < w; x++, j += 3) {
                a[x] += 0xff;
                r[x] += bgr[j + 2] & 0xff;
                g[x] += bgr[j + 1] & 0xff;
                b[x] += bgr[j] & 0xff;
            }
        }, w, h, tw, th);
    }

    /** Adds the A, R, G and B values of source row y to per-column sums. */
    @FunctionalInterface
    private interface Rows {
        void add(int y, int[] a, int[] r, int[] g, int[] b);
    }

    private static int[] scale(Rows rows, int w, int h, int tw, int th) {
        // Separable: add up the rows of each target row's box per source column (one simple pass over the
        // pixels), then add up the columns of each target pixel's box. The sums, and so the rounded averages,
        // are the same as summing every box pixel by pixel. A column sum of one box holds at most
        // ceil(h / th) rows of values up to 255, far from overflowing an int for any image the import decodes.
        int[] x0 = new int[tw];
        int[] x1 = new int[tw];
        for (int tx = 0; tx < tw; tx++) {
            x0[tx] = (int) ((long) tx * w / tw);
            x1[tx] = Math.max(x0[tx] + 1, (int) ((long) (tx + 1) * w / tw));
        }
        int[] a = new int[w];
        int[] r = new int[w];
        int[] g = new int[w];
        int[] b = new int[w];
        int[] out = new int[tw * th];
        for (int ty = 0; ty < th; ty++) {
            int y0 = (int) ((long) ty * h / th);
            int y1 = Math.max(y0 + 1, (int) ((long) (ty + 1) * h / th));
            java.util.Arrays.fill(a, 0);
            java.util.Arrays.fill(r, 0);
            java.util.Arrays.fill(g, 0);
            java.util.Arrays.fill(b, 0);
            for (int y = y0; y < y1; y++) {
                rows.add(y, a, r, g, b);
            }
            for (int tx = 0; tx < tw; tx++) {
                long sa = 0, sr = 0, sg = 0, sb = 0;
                for (int x = x0[tx]; x < x1[tx]; x++) {
                    sa += a[x];
                    sr += r[x];
                    sg += g[x];
                    sb += b[x];
                }
                long n = (long) (y1 - y0) * (x1[tx] - x0[tx]);
                out[ty * tw + tx] = (int) ((sa + n / 2) / n) << 24 | (int) ((sr + n / 2) / n) << 16 | (int) ((sg + n / 2) / n) << 8
                        | (int) ((sb + n / 2) / n);
            }
        }
        return out;
    }

    /**
     * @param w       width
     * @param h       height
     * @param longest the longest side wanted
     * @return {@code {width, height}} with the same aspect ratio and the longer side at most {@code longest}
     *         (never enlarged), each at least 1
     */
    static int[] fit(int w, int h, int longest) {
        if (w <= longest && h <= longest) {
            return new int[] { w, h };
        }
        if (w >= h) {
            return new int[] { longest, Math.max(1, (int) ((long) h * longest / w)) };
        }
        return new int[] { Math.max(1, (int) ((long) w * longest / h)), longest };
    }

    /**
     * A difference hash (dHash): the picture averaged down to 9 x 8 grey values; bit {@code 8 * row + col}
     * is set when a grey value is brighter than its right neighbour. Similar pictures get hashes that differ
     * in few bits, whatever their size or compression.
     *
     * @param argb pixels, row-major
     * @param w    width
     * @param h    height
     * @return the 64-bit hash
     */
    static long differenceHash(int[] argb, int w, int h) {
        int[] small = scale(argb, w, h, 9, 8);
        long hash = 0;
        for (int y = 0; y < 8; y++) {
            for (int x = 0; x < 8; x++) {
                if (grey(small[y * 9 + x]) > grey(small[y * 9 + x + 1])) {
                    hash |= 1L << (y * 8 + x);
                }
            }
        }
        return hash;
    }

    /** @param a a hash @param b another @return how many bits differ, 0 to 64 */
    static int distance(long a, long b) {
        return Long.bitCount(a ^ b);
    }

    private static int grey(int argb) {
        return (299 * ((argb >> 16) & 0xff) + 587 * ((argb >> 8) & 0xff) + 114 * (argb & 0xff)) / 1000;
    }
}
