package ai.fvgs.render;

import ai.fvgs.sdk.RgbaImage;

/**
 * An immutable image mapped onto a surface through the mesh's texture coordinates. Pixels are
 * non-premultiplied ARGB in sRGB, as in {@link RgbaImage}.
 * <p>
 * Texture coordinates {@code (0, 0)} are the top-left corner of the image and {@code (1, 1)} its bottom
 * right; coordinates outside that range repeat the image (wrap mode "repeat"). The renderer samples
 * bilinearly from a mipmap chain it builds once per texture and keeps while the texture is in use, so
 * create a texture once and reuse it in every frame.
 */
public final class Texture {

    private final int width;
    private final int height;
    private final int[] argb;
    private final boolean translucent;

    /**
     * @param width  in pixels, 1 or more
     * @param height in pixels, 1 or more
     * @param argb   {@code width * height} pixels, row by row; copied
     * @throws IllegalArgumentException if the sizes do not match
     */
    public Texture(int width, int height, int[] argb) {
        if (width < 1 || height < 1 || (long) width * height != argb.length) {
            throw new IllegalArgumentException("texture of " + width + "x" + height + " needs " + (long) width * height
                    + " pixels, got " + argb.length);
        }
        this.width = width;
        this.height = height;
        this.argb = argb.clone();
        boolean anyTranslucent = false;
        for (int p : this.argb) {
            anyTranslucent |= (p >>> 24) != 0xFF;
        }
        this.translucent = anyTranslucent;
    }

    /**
     * @param image the pixels; copied
     * @return a texture of the image
     */
    public static Texture of(RgbaImage image) {
        return new Texture(image.width(), image.height(), image.pixels());
    }

    /** @return width in pixels */
    public int width() {
        return width;
    }

    /** @return height in pixels */
    public int height() {
        return height;
    }

    /**
     * @param x column, 0-based
     * @param y row, 0-based
     * @return the ARGB value of the pixel
     */
    public int get(int x, int y) {
        return argb[y * width + x];
    }

    /** @return whether any pixel has an alpha below 255 */
    public boolean isTranslucent() {
        return translucent;
    }
}
