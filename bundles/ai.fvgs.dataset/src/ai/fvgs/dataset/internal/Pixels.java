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
        return scale(new Rows() {
            @Override
            public int[] pixels() {
                return argb;
            }

            @Override
            public int start(int y) {
                return y * w;
            }
        }, w, h, tw, th);
    }

    /**
     * Scales 8-bit BGR pixels (three bytes per pixel, as the JPEG reader decodes them) like
     * {@link #scale(int[], int, int, int, int)} with opaque ARGB, converting one row at a time instead of the
     * whole picture.
     */
    static int[] scaleBgr(byte[] bgr, int w, int h, int tw, int th) {
        int[] row = new int[w];
        return scale(new Rows() {
            @Override
            public int[] pixels() {
                return row;
            }

            @Override
            public int start(int y) {
                for (int x = 0, j = y * w * 3; x < w; x++, j += 3) {
                    row[x] = 0xff000000 | (bgr[j + 2] & 0xff) << 16 | (bgr[j + 1] & 0xff) << 8 | (bgr[j] & 0xff);
                }
                return 0;
            }
        }, w, h, tw, th);
    }

    /** Rows of ARGB pixels: {@link #start} makes row y available in {@link #pixels} and says where it starts. */
    private interface Rows {
        int[] pixels();

        int start(int y);
    }

    private static int[] scale(Rows rows, int w, int h, int tw, int th) {
        // Separable: sum each source row over the target columns' boxes, then add up the rows of each target
        // row's box. The sums, and so the rounded averages, are the same as summing every box pixel by pixel.
        int[] x0 = new int[tw];
        int[] x1 = new int[tw];
        for (int tx = 0; tx < tw; tx++) {
            x0[tx] = (int) ((long) tx * w / tw);
            x1[tx] = Math.max(x0[tx] + 1, (int) ((long) (tx + 1) * w / tw));
        }
        boolean tiled = contiguous(x0, x1);
        long[] boxSums = new long[tw * 4];
        int[] out = new int[tw * th];
        for (int ty = 0; ty < th; ty++) {
            int y0 = (int) ((long) ty * h / th);
            int y1 = Math.max(y0 + 1, (int) ((long) (ty + 1) * h / th));
            java.util.Arrays.fill(boxSums, 0);
            for (int y = y0; y < y1; y++) {
                int start = rows.start(y);
                addRow(rows.pixels(), start, x0, x1, tiled, boxSums);
            }
            for (int tx = 0; tx < tw; tx++) {
                long n = (long) (y1 - y0) * (x1[tx] - x0[tx]);
                int i = tx * 4;
                out[ty * tw + tx] = (int) ((boxSums[i] + n / 2) / n) << 24 | (int) ((boxSums[i + 1] + n / 2) / n) << 16
                        | (int) ((boxSums[i + 2] + n / 2) / n) << 8 | (int) ((boxSums[i + 3] + n / 2) / n);
            }
        }
        return out;
    }

    /** Adds the A, R, G and B values of one source row to the sums of each target column's box. */
    private static void addRow(int[] argb, int row, int[] x0, int[] x1, boolean tiled, long[] sums) {
        int tw = x0.length;
        if (tiled) {
            // shrinking: the boxes tile the row, so one pass over its pixels adds each to its box
            int tx = 0;
            int end = x1[0];
            long a = 0, r = 0, g = 0, b = 0;
            for (int x = 0, w = x1[tw - 1]; x < w; x++) {
                if (x == end) {
                    int i = tx * 4;
                    sums[i] += a;
                    sums[i + 1] += r;
                    sums[i + 2] += g;
                    sums[i + 3] += b;
                    a = r = g = b = 0;
                    end = x1[++tx];
                }
                int p = argb[row + x];
                a += p >>> 24;
                r += (p >> 16) & 0xff;
                g += (p >> 8) & 0xff;
                b += p & 0xff;
            }
            int i = tx * 4;
            sums[i] += a;
            sums[i + 1] += r;
            sums[i + 2] += g;
            sums[i + 3] += b;
            return;
        }
        for (int tx = 0, i = 0; tx < tw; tx++, i += 4) {
            long a = 0, r = 0, g = 0, b = 0;
            for (int x = row + x0[tx], end = row + x1[tx]; x < end; x++) {
                int p = argb[x];
                a += p >>> 24;
                r += (p >> 16) & 0xff;
                g += (p >> 8) & 0xff;
                b += p & 0xff;
            }
            sums[i] += a;
            sums[i + 1] += r;
            sums[i + 2] += g;
            sums[i + 3] += b;
        }
    }

    private static boolean contiguous(int[] x0, int[] x1) {
        if (x0[0] != 0) {
            return false;
        }
        for (int i = 1; i < x0.length; i++) {
            if (x0[i] != x1[i - 1]) {
                return false;
            }
        }
        return true;
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
