package ai.fvgs.sdk;

import java.util.Arrays;

/**
 * A mutable image of {@code width x height} pixels, each a non-premultiplied ARGB {@code int}
 * ({@code 0xAARRGGBB}), rows top to bottom. The pixel array is exposed for speed: renderers and
 * extensions write to it directly.
 */
public final class RgbaImage {

    private final int width;
    private final int height;
    private final int[] argb;

    /**
     * Creates a transparent image.
     *
     * @param width  in pixels, 1 or more
     * @param height in pixels, 1 or more
     * @throws IllegalArgumentException if a size is not positive or the image would exceed 2^31-1 pixels
     */
    public RgbaImage(int width, int height) {
        if (width < 1 || height < 1 || (long) width * height > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("image size " + width + "x" + height + " is invalid: both sides must be at least 1");
        }
        this.width = width;
        this.height = height;
        this.argb = new int[width * height];
    }

    /** @return width in pixels */
    public int width() {
        return width;
    }

    /** @return height in pixels */
    public int height() {
        return height;
    }

    /** @return the pixels, row-major, {@code argb[y * width + x]}; writes change the image */
    public int[] pixels() {
        return argb;
    }

    /**
     * @param x column, 0-based
     * @param y row, 0-based
     * @return the ARGB value of the pixel
     */
    public int get(int x, int y) {
        return argb[y * width + x];
    }

    /**
     * @param x     column, 0-based
     * @param y     row, 0-based
     * @param value ARGB value
     */
    public void set(int x, int y, int value) {
        argb[y * width + x] = value;
    }

    /** @param value ARGB value written to every pixel */
    public void fill(int value) {
        Arrays.fill(argb, value);
    }

    /**
     * Packs four 0..255 channels into an ARGB value, clamping each.
     *
     * @param a alpha
     * @param r red
     * @param g green
     * @param b blue
     * @return {@code 0xAARRGGBB}
     */
    public static int argb(int a, int r, int g, int b) {
        return clamp(a) << 24 | clamp(r) << 16 | clamp(g) << 8 | clamp(b);
    }

    private static int clamp(int v) {
        return v < 0 ? 0 : Math.min(v, 255);
    }
}
