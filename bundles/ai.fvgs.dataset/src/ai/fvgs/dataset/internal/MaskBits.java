package ai.fvgs.dataset.internal;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * A binary mask of width x height pixels and its run-length forms. The dataset stores masks as run lengths
 * in row-major order; COCO's RLE ({@code {"counts": [...], "size": [h, w]}}) runs in column-major order, and
 * its compressed form packs the counts into a string. Both start with a background run.
 */
final class MaskBits {

    final int width;
    final int height;
    /** Row-major: bit {@code y * width + x}. */
    final BitSet bits;

    private MaskBits(int width, int height, BitSet bits) {
        this.width = width;
        this.height = height;
        this.bits = bits;
    }

    /** @param rle the dataset's row-major run-length text @param width pixels @param height pixels @return the mask */
    static MaskBits ofRowMajor(String rle, int width, int height) {
        BitSet bits = new BitSet(width * height);
        long at = 0;
        boolean object = false;
        for (String run : rle.split(" ")) {
            long n = Long.parseLong(run);
            if (object) {
                bits.set((int) Math.min(at, (long) width * height), (int) Math.min(at + n, (long) width * height));
            }
            at += n;
            object = !object;
        }
        return new MaskBits(width, height, bits);
    }

    /** @param image a PNG mask @return its non-black pixels as the object */
    static MaskBits ofImage(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        int[] argb = image.getRGB(0, 0, w, h, null, 0, w);
        BitSet bits = new BitSet(w * h);
        for (int i = 0; i < argb.length; i++) {
            if ((argb[i] & 0xffffff) != 0) {
                bits.set(i);
            }
        }
        return new MaskBits(w, h, bits);
    }

    /**
     * @param counts COCO column-major counts
     * @param width  pixels
     * @param height pixels
     * @return the mask
     * @throws IllegalArgumentException if the counts are negative or do not add up to width x height
     */
    static MaskBits ofColumnMajor(long[] counts, int width, int height) {
        long total = 0;
        for (long n : counts) {
            if (n < 0) {
                throw new IllegalArgumentException("negative run length " + n);
            }
            total += n;
        }
        if (total != (long) width * height) {
            throw new IllegalArgumentException("run lengths add up to " + total + " pixels, but size " + height + " x " + width + " has "
                    + (long) width * height);
        }
        BitSet bits = new BitSet(width * height);
        long at = 0;
        boolean object = false;
        for (long n : counts) {
            if (object) {
                for (long i = at; i < at + n; i++) {
                    int x = (int) (i / height);
                    int y = (int) (i % height);
                    bits.set(y * width + x);
                }
            }
            at += n;
            object = !object;
        }
        return new MaskBits(width, height, bits);
    }

    /** @return the row-major run-length text of the dataset */
    String rowMajor() {
        StringBuilder b = new StringBuilder();
        int n = width * height;
        int at = 0;
        boolean object = false;
        while (at < n || b.isEmpty()) {
            int next = object ? bits.nextClearBit(at) : bits.nextSetBit(at);
            if (next < 0 || next > n) {
                next = n;
            }
            if (!b.isEmpty()) {
                b.append(' ');
            }
            b.append(next - at);
            at = next;
            object = !object;
        }
        return b.toString();
    }

    /** @return COCO's column-major counts, starting with background */
    List<Integer> columnMajor() {
        List<Integer> counts = new ArrayList<>();
        boolean object = false;
        int run = 0;
        for (int x = 0; x < width; x++) {
            for (int y = 0; y < height; y++) {
                if (bits.get(y * width + x) != object) {
                    counts.add(run);
                    run = 0;
                    object = !object;
                }
                run++;
            }
        }
        counts.add(run);
        return counts;
    }

    /** @return how many pixels belong to the object */
    int area() {
        return bits.cardinality();
    }

    /** @return {x, y, w, h} of the smallest box around the object; zeros when it is empty */
    double[] box() {
        int minX = Integer.MAX_VALUE;
        int minY = Integer.MAX_VALUE;
        int maxX = -1;
        int maxY = -1;
        for (int i = bits.nextSetBit(0); i >= 0; i = bits.nextSetBit(i + 1)) {
            int x = i % width;
            int y = i / width;
            minX = Math.min(minX, x);
            maxX = Math.max(maxX, x);
            minY = Math.min(minY, y);
            maxY = Math.max(maxY, y);
        }
        return maxX < 0 ? new double[4] : new double[] { minX, minY, maxX - minX + 1, maxY - minY + 1 };
    }

    /**
     * Decodes COCO's compressed RLE string: each count is a little-endian sequence of 5-bit groups in
     * characters from {@code 0} (48), bit 0x20 meaning "more groups follow" and bit 0x10 of the last group
     * the sign; from the fourth count on, counts are stored as the difference to the count two places back.
     *
     * @param s the string
     * @return the counts
     * @throws IllegalArgumentException if a character is out of range or the string ends inside a count
     */
    static long[] decompress(String s) {
        List<Long> counts = new ArrayList<>();
        int p = 0;
        while (p < s.length()) {
            long x = 0;
            int k = 0;
            boolean more = true;
            while (more) {
                if (p >= s.length()) {
                    throw new IllegalArgumentException("compressed RLE ends inside a count");
                }
                int c = s.charAt(p) - 48;
                if (c < 0 || c > 63) {
                    throw new IllegalArgumentException("compressed RLE has character '" + s.charAt(p) + "' at " + p + "; allowed: '0' to 'o'");
                }
                x |= (long) (c & 0x1f) << (5 * k);
                more = (c & 0x20) != 0;
                p++;
                k++;
                if (!more && (c & 0x10) != 0) {
                    x |= -1L << (5 * k);
                }
            }
            if (counts.size() > 2) {
                x += counts.get(counts.size() - 2);
            }
            counts.add(x);
        }
        return counts.stream().mapToLong(Long::longValue).toArray();
    }
}
