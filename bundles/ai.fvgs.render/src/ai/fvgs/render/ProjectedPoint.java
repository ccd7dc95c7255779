package ai.fvgs.render;

/**
 * A world point projected by a {@link Camera} onto an image.
 *
 * @param x     column in pixels, continuous: the centre of pixel column {@code i} is at {@code i + 0.5}
 * @param y     row in pixels from the top, continuous: the centre of pixel row {@code j} is at {@code j + 0.5}
 * @param depth linear depth in front of the camera along its viewing direction, in world units; 0 or less
 *              when the point is at or behind the camera, in which case {@code x} and {@code y} are meaningless
 */
public record ProjectedPoint(double x, double y, double depth) {

    /** @return whether the point lies in front of the camera ({@code depth > 0}) */
    public boolean isInFront() {
        return depth > 0;
    }

    /**
     * @param width  image width in pixels
     * @param height image height in pixels
     * @return whether the point is in front of the camera and inside the image
     */
    public boolean isInside(int width, int height) {
        return isInFront() && x >= 0 && y >= 0 && x < width && y < height;
    }
}
