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
 * <p>
 * Buffers made {@linkplain #colorOnly colour only} hold just the colour: a frame that only goes into a video
 * needs no guidance, and the renderer then neither fills nor writes the other four buffers, which at 1080p are
 * about 50 MB per frame of memory traffic. The colour is the same either way.
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
        this(width, height, true, null);
    }

    /**
     * Buffers that hold only the colour; {@link #depth}, {@link #normals}, {@link #partIds} and {@link #alpha} then
     * fail. The renderer writes the same colour into them as into full buffers.
     *
     * @param width  in pixels, 1 to {@value Scene#MAX_SIZE}
     * @param height in pixels, 1 to {@value Scene#MAX_SIZE}
     * @return new colour-only buffers
     * @throws IllegalArgumentException if a size is out of range
     */
    public static FrameBuffers colorOnly(int width, int height) {
        return new FrameBuffers(width, height, false, null);
    }

    /**
     * Buffers whose colour is the pixel array of an image, not a copy: a scene whose {@linkplain Scene#background()
     * background} is that same image is then rendered in place. Where nothing covers the background its pixels stay
     * where they are instead of being copied, and the image holds the frame afterwards (so it must be painted again
     * before the next frame). The colour is the same as when rendering into separate buffers.
     *
     * @param image    the image that becomes the colour buffer, at most {@value Scene#MAX_SIZE} pixels per side
     * @param guidance whether to keep depth, normals, part ids and alpha too (as {@code new FrameBuffers}), or only
     *                 the colour (as {@link #colorOnly})
     * @return buffers writing into the image
     * @throws IllegalArgumentException if the image is null or too large
     */
    public static FrameBuffers onto(RgbaImage image, boolean guidance) {
        if (image == null) {
            throw new IllegalArgumentException("the image to render onto must be given");
        }
        return new FrameBuffers(image.width(), image.height(), guidance, image.pixels());
    }

    private FrameBuffers(int width, int height, boolean guidance, int[] colorPixels) {
        if (width < 1 || height < 1 || width > Scene.MAX_SIZE || height > Scene.MAX_SIZE) {
            throw new IllegalArgumentException("frame size " + width + "x" + height + " is invalid: each side must be 1 to "
                    + Scene.MAX_SIZE);
        }
        int n = width * height;
        this.width = width;
        this.height = height;
        this.color = colorPixels != null ? colorPixels : new int[n];
        this.depth = guidance ? new float[n] : null;
        this.normals = guidance ? new float[3 * n] : null;
        this.partIds = guidance ? new int[n] : null;
        this.alpha = guidance ? new float[n] : null;
    }

    /** @return whether the buffers hold depth, normals, part ids and alpha besides the colour (see {@link #colorOnly}) */
    public boolean hasGuidance() {
        return depth != null;
    }

    private <T> T guidance(T buffer, String name) {
        if (buffer == null) {
            throw new IllegalStateException("these frame buffers hold colour only, no " + name
                    + "; make them with new FrameBuffers(width, height) to keep it");
        }
        return buffer;
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
     * @throws IllegalStateException if the buffers are {@linkplain #colorOnly colour only}
     */
    public float[] depth() {
        return guidance(depth, "depth");
    }

    /**
     * @return three floats per pixel ({@code normals[3 * i]} to {@code normals[3 * i + 2]}): the unit surface
     *         normal in view space ({@code +x} right, {@code +y} up, {@code +z} towards the camera), turned
     *         towards the camera on the back faces of double-sided surfaces; {@code (0, 0, 0)} where no surface is
     * @throws IllegalStateException if the buffers are {@linkplain #colorOnly colour only}
     */
    public float[] normals() {
        return guidance(normals, "normals");
    }

    /**
     * @return segmentation part id of the nearest surface (see {@link SceneItem}), -1 where no surface is
     * @throws IllegalStateException if the buffers are {@linkplain #colorOnly colour only}
     */
    public int[] partIds() {
        return guidance(partIds, "part ids");
    }

    /**
     * @return the anti-aliased matte, 0 to 1: the fraction of the pixel covered by the scene's surfaces
     *         (translucent ones counting by their opacity), independent of the background
     * @throws IllegalStateException if the buffers are {@linkplain #colorOnly colour only}
     */
    public float[] alpha() {
        return guidance(alpha, "alpha");
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
     * @throws IllegalStateException if the buffers are {@linkplain #colorOnly colour only}
     */
    public float depth(int x, int y) {
        return depth()[y * width + x];
    }

    /**
     * @param x column
     * @param y row
     * @return the part id of the pixel
     * @throws IllegalStateException if the buffers are {@linkplain #colorOnly colour only}
     */
    public int partId(int x, int y) {
        return partIds()[y * width + x];
    }

    /**
     * @param x column
     * @param y row
     * @return the alpha of the pixel
     * @throws IllegalStateException if the buffers are {@linkplain #colorOnly colour only}
     */
    public float alpha(int x, int y) {
        return alpha()[y * width + x];
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
