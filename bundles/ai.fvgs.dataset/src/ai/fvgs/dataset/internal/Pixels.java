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
        int[] out = new int[tw * th];
        for (int ty = 0; ty < th; ty++) {
            int y0 = (int) ((long) ty * h / th);
            int y1 = Math.max(y0 + 1, (int) ((long) (ty + 1) * h / th));
            for (int tx = 0; tx < tw; tx++) {
                int x0 = (int) ((long) tx * w / tw);
                int x1 = Math.max(x0 + 1, (int) ((long) (tx + 1) * w / tw));
                long a = 0, r = 0, g = 0, b = 0;
                for (int y = y0; y < y1; y++) {
                    int row = y * w;
                    for (int x = x0; x < x1; x++) {
                        int p = argb[row + x];
                        a += p >>> 24;
                        r += (p >> 16) & 0xff;
                        g += (p >> 8) & 0xff;
                        b += p & 0xff;
                    }
                }
                long n = (long) (y1 - y0) * (x1 - x0);
                out[ty * tw + tx] = (int) ((a + n / 2) / n) << 24 | (int) ((r + n / 2) / n) << 16 | (int) ((g + n / 2) / n) << 8 | (int) ((b + n / 2) / n);
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
