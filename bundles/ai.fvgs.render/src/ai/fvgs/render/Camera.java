package ai.fvgs.render;

/**
 * A perspective camera: where it stands, what it looks at, and its lens.
 * <p>
 * Conventions (those of OpenGL): view space is right-handed with the camera at the origin looking down
 * {@code -z}, {@code +x} to the right and {@code +y} up. The projection maps view space to clip space with
 * {@code w = -z}, so a point's linear depth is its {@code w}. Images have their origin at the top left, and
 * the centre of pixel {@code (i, j)} is at {@code (i + 0.5, j + 0.5)}; the renderer uses exactly the mapping
 * of {@link #project}, so projected points land on the pixels where their geometry is drawn.
 * <p>
 * Immutable and thread-safe. Trigonometry uses {@link StrictMath}, so matrices are identical on every JVM.
 */
public final class Camera {

    private final Vec3 position;
    private final Vec3 target;
    private final Vec3 up;
    private final double verticalFovDegrees;
    private final double near;
    private final double far;
    private final Matrix4 view;

    /**
     * @param position           where the camera is, in world space
     * @param target             the point it looks at; must differ from {@code position}
     * @param up                 roughly which way is up; must not be parallel to the viewing direction
     * @param verticalFovDegrees vertical field of view, strictly between 0 and 180 degrees
     * @param near               distance of the near clipping plane, greater than 0
     * @param far                distance of the far clipping plane, greater than {@code near}
     * @throws IllegalArgumentException if a value is outside the range given above
     */
    public Camera(Vec3 position, Vec3 target, Vec3 up, double verticalFovDegrees, double near, double far) {
        if (!position.isFinite() || !target.isFinite() || !up.isFinite()) {
            throw new IllegalArgumentException("camera position, target and up must be finite");
        }
        if (!(verticalFovDegrees > 0 && verticalFovDegrees < 180)) {
            throw new IllegalArgumentException("camera field of view " + verticalFovDegrees
                    + " is invalid: it must be between 0 and 180 degrees");
        }
        if (!(near > 0 && far > near && Double.isFinite(far))) {
            throw new IllegalArgumentException("camera near " + near + " / far " + far + " are invalid: need 0 < near < far");
        }
        Vec3 forward = target.minus(position);
        if (!(forward.length() > 0)) {
            throw new IllegalArgumentException("camera target must differ from its position " + position);
        }
        Vec3 side = forward.normalized().cross(up);
        if (!(side.length() > 1e-9)) {
            throw new IllegalArgumentException("camera up " + up + " must not be parallel to the viewing direction " + forward);
        }
        this.position = position;
        this.target = target;
        this.up = up;
        this.verticalFovDegrees = verticalFovDegrees;
        this.near = near;
        this.far = far;
        this.view = lookAt(position, forward.normalized(), side.normalized());
    }

    private static Matrix4 lookAt(Vec3 eye, Vec3 f, Vec3 r) {
        Vec3 u = r.cross(f);
        return Matrix4.of(
                r.x(), r.y(), r.z(), -r.dot(eye),
                u.x(), u.y(), u.z(), -u.dot(eye),
                -f.x(), -f.y(), -f.z(), f.dot(eye),
                0, 0, 0, 1);
    }

    /** @return the camera position in world space */
    public Vec3 position() {
        return position;
    }

    /** @return the point the camera looks at */
    public Vec3 target() {
        return target;
    }

    /** @return the up hint given at construction */
    public Vec3 up() {
        return up;
    }

    /** @return the vertical field of view in degrees */
    public double verticalFovDegrees() {
        return verticalFovDegrees;
    }

    /** @return the near clipping distance */
    public double near() {
        return near;
    }

    /** @return the far clipping distance */
    public double far() {
        return far;
    }

    /** @return the world-to-view matrix (a rigid transform) */
    public Matrix4 viewMatrix() {
        return view;
    }

    /**
     * @param aspect image width divided by height, greater than 0
     * @return the view-to-clip perspective matrix (OpenGL convention: near maps to z/w = -1, far to +1)
     */
    public Matrix4 projectionMatrix(double aspect) {
        if (!(aspect > 0) || !Double.isFinite(aspect)) {
            throw new IllegalArgumentException("aspect ratio " + aspect + " must be greater than 0");
        }
        double t = 1.0 / StrictMath.tan(StrictMath.toRadians(verticalFovDegrees) * 0.5);
        return Matrix4.of(
                t / aspect, 0, 0, 0,
                0, t, 0, 0,
                0, 0, (far + near) / (near - far), 2 * far * near / (near - far),
                0, 0, -1, 0);
    }

    /**
     * @param width  image width in pixels
     * @param height image height in pixels
     * @return the world-to-clip matrix for an image of that size: {@code projection * view}
     */
    public Matrix4 viewProjection(int width, int height) {
        return projectionMatrix((double) width / height).times(view);
    }

    /**
     * Projects a world point onto an image of the given size, for example to place keypoints on a
     * rendered frame.
     *
     * @param point  in world space
     * @param width  image width in pixels
     * @param height image height in pixels
     * @return pixel coordinates and linear depth; see {@link ProjectedPoint} for points behind the camera
     */
    public ProjectedPoint project(Vec3 point, int width, int height) {
        double[] clip = viewProjection(width, height).transform(point.x(), point.y(), point.z(), 1);
        double w = clip[3];
        if (!(w > 0)) {
            return new ProjectedPoint(Double.NaN, Double.NaN, w);
        }
        double x = (clip[0] / w * 0.5 + 0.5) * width;
        double y = (0.5 - clip[1] / w * 0.5) * height;
        return new ProjectedPoint(x, y, w);
    }
}
