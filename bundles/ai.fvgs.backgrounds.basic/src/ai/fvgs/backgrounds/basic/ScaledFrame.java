package ai.fvgs.backgrounds.basic;

import ai.fvgs.sdk.RgbaImage;

/**
 * A picture already scaled to one frame size, kept so that painting the next frame of that size is a copy.
 *
 * @param width  frame width
 * @param height frame height
 * @param pixels opaque ARGB pixels, row-major; never modified after construction
 */
record ScaledFrame(int width, int height, int[] pixels) {

    /** @param target an image @return whether this frame has its size */
    boolean fits(RgbaImage target) {
        return width == target.width() && height == target.height();
    }

    /** @param target an image of this frame's size, overwritten with it */
    void copyTo(RgbaImage target) {
        System.arraycopy(pixels, 0, target.pixels(), 0, pixels.length);
    }

    /** @return the number of bytes the pixels take */
    long bytes() {
        return 4L * pixels.length;
    }
}
