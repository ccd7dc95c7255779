package ai.fvgs.render.tests;

import ai.fvgs.render.Camera;
import ai.fvgs.render.Vec3;

/**
 * A square frame whose pixels map exactly onto the world plane z = 0: the camera stands at {@code (0, 0, 1)}
 * looking down {@code -z} with a 90 degree field of view, so the plane spans {@code [-1, 1]} in x and y. Lets
 * tests place vertices at chosen pixel coordinates (computed here independently of the renderer).
 */
final class PixelPlane {

    final int size;

    PixelPlane(int size) {
        this.size = size;
    }

    Camera camera() {
        return new Camera(new Vec3(0, 0, 1), Vec3.ZERO, new Vec3(0, 1, 0), 90, 0.01, 100);
    }

    /**
     * @param px column in pixels, continuous (pixel centres at i + 0.5)
     * @param py row in pixels from the top, continuous
     * @return the world point on z = 0 seen at that position
     */
    Vec3 at(double px, double py) {
        return new Vec3(2 * px / size - 1, 1 - 2 * py / size, 0);
    }
}
