package ai.fvgs.render;

import ai.fvgs.sdk.RgbaImage;

/**
 * The per-pixel results of rendering one frame: colour, and the buffers that guidance sequences are made
 * of (depth, normals, segmentation part ids and the alpha matte). All arrays are row-major, index
 * {@code y * width + x}, rows from the top.
 * <p>
 * Colour is anti-aliased. Depth, normal and part id are not blended: they are those of the nearest opaque
 * surface among the pixel's coverage samples, so where only opaque surfaces are, a pixel has a part id exactly
 * when its alpha is above 0. Translucent surfaces add to colour and alpha but not to the other buffers.
 * The arrays are exposed, not copied; reuse one instance for many frames with
 * {@link Renderer#render(Scene, FrameBuffers)} to avoid allocating.
 */
public final class FrameBuffers {

    private final int width;
    private final int height;
    private final int[] color;
    private final float[] depth;
    private final float[] normals;
    private final int[] partIds;
    private final float[] alpha;

    /**
     * @param width  in pixels, 1 to {@value Scene#MAX_SIZE}
     * @param height in pixels, 1 to {@value Scene#MAX_SIZE}
     * @throws IllegalArgumentException if a size is out of range
     */
    public FrameBuffers(int width, int height) {
        if (width < 1 || height < 1 || width > Scene.MAX_SIZE || height > Scene.MAX_SIZE) {
            throw new IllegalArgumentException("frame size " + width + "x" + height + " is invalid: each side must be 1 to "
                    + Scene.MAX_SIZE);
        }
        int n = width * height;
        this.width = width;
        this.height = height;
        this.color = new int[n];
        this.depth = new float[n];
        this.normals = new float[3 * n];
        this.partIds = new int[n];
        this.alpha = new float[n];
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
     * @return non-premultiplied ARGB in sRGB: the scene composited over its background; where the background is
     *         transparent, the alpha byte is the coverage
     */
    public int[] color() {
        return color;
    }

    /**
     * @return linear depth of the nearest surface along the camera's viewing direction, in world units;
     *         {@link Float#POSITIVE_INFINITY} where no surface is
     */
    public float[] depth() {
        return depth;
    }

    /**
     * @return three floats per pixel ({@code normals[3 * i]} to {@code normals[3 * i + 2]}): the unit surface
     *         normal in view space ({@code +x} right, {@code +y} up, {@code +z} towards the camera), turned
     *         towards the camera on the back faces of double-sided surfaces; {@code (0, 0, 0)} where no surface is
     */
    public float[] normals() {
        return normals;
    }

    /** @return segmentation part id of the nearest surface (see {@link SceneItem}), -1 where no surface is */
    public int[] partIds() {
        return partIds;
    }

    /**
     * @return the anti-aliased matte, 0 to 1: the fraction of the pixel covered by the scene's surfaces
     *         (translucent ones counting by their opacity), independent of the background
     */
    public float[] alpha() {
        return alpha;
    }

    /**
     * @param x column
     * @param y row
     * @return the ARGB colour of the pixel
     */
    public int color(int x, int y) {
        return color[y * width + x];
    }

    /**
     * @param x column
     * @param y row
     * @return the linear depth of the pixel
     */
    public float depth(int x, int y) {
        return depth[y * width + x];
    }

    /**
     * @param x column
     * @param y row
     * @return the part id of the pixel
     */
    public int partId(int x, int y) {
        return partIds[y * width + x];
    }

    /**
     * @param x column
     * @param y row
     * @return the alpha of the pixel
     */
    public float alpha(int x, int y) {
        return alpha[y * width + x];
    }

    /**
     * @param target an image of the same size; its pixels are overwritten with the colour buffer
     * @throws IllegalArgumentException if the sizes differ
     */
    public void copyColorTo(RgbaImage target) {
        if (target.width() != width || target.height() != height) {
            throw new IllegalArgumentException("target is " + target.width() + "x" + target.height() + ", frame is " + width + "x"
                    + height);
        }
        System.arraycopy(color, 0, target.pixels(), 0, color.length);
    }
}
