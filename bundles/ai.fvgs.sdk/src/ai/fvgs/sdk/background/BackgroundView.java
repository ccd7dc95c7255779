package ai.fvgs.sdk.background;

/**
 * What the camera sees in one frame, for backgrounds that are drawn in perspective (a stage, a room) and must
 * move with a tracking, orbiting or dolly camera. Passed to {@link Background#paint(ai.fvgs.sdk.RgbaImage,
 * BackgroundView)}.
 * <p>
 * World conventions: metres, {@code +y} up, the floor is the plane {@code y = 0}, the model walks along the
 * {@code z} axis towards {@code +z} and the runway's centre line is {@code x = 0}. The camera follows OpenGL
 * conventions (it looks from {@code cameraPosition} towards {@code cameraTarget}, image {@code +x} to the
 * right and {@code +y} up); in an image of {@code width x height} pixels the origin is the top left corner and
 * the centre of pixel {@code (i, j)} is at {@code (i + 0.5, j + 0.5)}, exactly as the renderer maps the
 * model, so a background drawn with {@link #ray} or {@link #project} lines up with the model's feet.
 * <p>
 * Immutable. All arithmetic uses {@link StrictMath}, so results are identical on every JVM.
 *
 * @param timeSeconds        time of the frame from the start of the video, in seconds, finite
 * @param cameraPosition     where the camera is
 * @param cameraTarget       the point it looks at; differs from {@code cameraPosition}
 * @param up                 roughly which way is up for the camera, usually {@code (0, 1, 0)}; not parallel
 *                           to the viewing direction
 * @param verticalFovDegrees vertical field of view in degrees, strictly between 0 and 180
 * @param transparentAllowed whether the output can store transparency; when {@code false} every pixel
 *                           painted should be opaque (alpha 255)
 * @since 1.1
 */
public record BackgroundView(double timeSeconds, Vec3 cameraPosition, Vec3 cameraTarget, Vec3 up,
        double verticalFovDegrees, boolean transparentAllowed) {

    /**
     * Checks every value.
     *
     * @throws IllegalArgumentException naming the value that is not allowed
     */
    public BackgroundView {
        if (!Double.isFinite(timeSeconds)) {
            throw new IllegalArgumentException("time " + timeSeconds + " s is not allowed; allowed: a finite number of seconds");
        }
        if (cameraPosition == null || cameraTarget == null || up == null) {
            throw new IllegalArgumentException("camera position, target and up are required");
        }
        if (!(verticalFovDegrees > 0 && verticalFovDegrees < 180)) {
            throw new IllegalArgumentException("vertical field of view " + verticalFovDegrees
                    + " is not allowed; allowed: more than 0 and less than 180 degrees");
        }
        Vec3 forward = cameraTarget.minus(cameraPosition);
        if (!(forward.length() > 0)) {
            throw new IllegalArgumentException("camera target " + cameraTarget + " must differ from the camera position");
        }
        if (!(forward.normalized().cross(up).length() > 1e-9)) {
            throw new IllegalArgumentException("camera up " + up + " must not be parallel to the viewing direction " + forward);
        }
    }

    /**
     * The view a background gets when the caller knows no camera (the SDK 1.0 call {@code paint(target, t)}):
     * the scene format's default camera standing still, 6 m in front of the runway centre and 1.3 m above the
     * floor, looking horizontally along {@code -z} with a 30 degree vertical field of view; transparency not
     * allowed.
     *
     * @param timeSeconds time of the frame, finite
     * @return the view
     */
    public static BackgroundView standard(double timeSeconds) {
        return new BackgroundView(timeSeconds, new Vec3(0, 1.3, 6), new Vec3(0, 1.3, 0), new Vec3(0, 1, 0), 30, false);
    }

    /** @return unit vector in the viewing direction */
    public Vec3 forward() {
        return cameraTarget.minus(cameraPosition).normalized();
    }

    /** @return unit vector pointing to the right of the image */
    public Vec3 right() {
        return forward().cross(up).normalized();
    }

    /** @return unit vector pointing to the top of the image, perpendicular to {@link #forward()} */
    public Vec3 imageUp() {
        return right().cross(forward());
    }

    /**
     * The direction of the ray from the camera through a point of the image.
     *
     * @param px     horizontal image coordinate in pixels, 0 at the left edge (pixel centres at {@code i + 0.5})
     * @param py     vertical image coordinate in pixels, 0 at the top edge
     * @param width  image width in pixels, 1 or more
     * @param height image height in pixels, 1 or more
     * @return a unit vector in world space
     */
    public Vec3 ray(double px, double py, int width, int height) {
        double t = StrictMath.tan(StrictMath.toRadians(verticalFovDegrees) * 0.5);
        double aspect = (double) width / height;
        double sx = (2 * px / width - 1) * t * aspect;
        double sy = (1 - 2 * py / height) * t;
        return forward().plus(right().times(sx)).plus(imageUp().times(sy)).normalized();
    }

    /**
     * Projects a world point onto the image, the inverse of {@link #ray}.
     *
     * @param point  in world space
     * @param width  image width in pixels
     * @param height image height in pixels
     * @return {@code (x, y)} in pixels and, as {@code z}, the point's depth along {@link #forward()} in metres;
     *         for a point on or behind the camera plane {@code x} and {@code y} are NaN and {@code z} is 0 or less
     */
    public Vec3 project(Vec3 point, int width, int height) {
        Vec3 d = point.minus(cameraPosition);
        double depth = d.dot(forward());
        if (!(depth > 0)) {
            return new Vec3(Double.NaN, Double.NaN, depth);
        }
        double t = StrictMath.tan(StrictMath.toRadians(verticalFovDegrees) * 0.5);
        double aspect = (double) width / height;
        double sx = d.dot(right()) / depth / (t * aspect);
        double sy = d.dot(imageUp()) / depth / t;
        return new Vec3((sx + 1) * 0.5 * width, (1 - sy) * 0.5 * height, depth);
    }

    /**
     * A point or direction in world space, in metres.
     *
     * @param x across the runway, positive to the right of a camera that looks along {@code -z}
     * @param y up
     * @param z along the runway, positive towards the audience end
     */
    public record Vec3(double x, double y, double z) {

        /** @param o another vector @return {@code this + o} */
        public Vec3 plus(Vec3 o) {
            return new Vec3(x + o.x, y + o.y, z + o.z);
        }

        /** @param o another vector @return {@code this - o} */
        public Vec3 minus(Vec3 o) {
            return new Vec3(x - o.x, y - o.y, z - o.z);
        }

        /** @param s a factor @return {@code this * s} */
        public Vec3 times(double s) {
            return new Vec3(x * s, y * s, z * s);
        }

        /** @param o another vector @return the dot product */
        public double dot(Vec3 o) {
            return x * o.x + y * o.y + z * o.z;
        }

        /** @param o another vector @return the cross product {@code this x o} */
        public Vec3 cross(Vec3 o) {
            return new Vec3(y * o.z - z * o.y, z * o.x - x * o.z, x * o.y - y * o.x);
        }

        /** @return the Euclidean length */
        public double length() {
            return StrictMath.sqrt(dot(this));
        }

        /** @return this vector scaled to length 1; the zero vector stays zero */
        public Vec3 normalized() {
            double l = length();
            return l > 0 ? times(1 / l) : this;
        }

        @Override
        public String toString() {
            return "(" + x + ", " + y + ", " + z + ")";
        }
    }
}
