package ai.fvgs.render;

/**
 * An immutable three-component vector: a point or a direction in world space. World units are metres
 * by convention; y points up.
 *
 * @param x first component
 * @param y second component
 * @param z third component
 */
public record Vec3(double x, double y, double z) {

    /** The zero vector. */
    public static final Vec3 ZERO = new Vec3(0, 0, 0);

    /**
     * @param o the other vector
     * @return {@code this + o}
     */
    public Vec3 plus(Vec3 o) {
        return new Vec3(x + o.x, y + o.y, z + o.z);
    }

    /**
     * @param o the other vector
     * @return {@code this - o}
     */
    public Vec3 minus(Vec3 o) {
        return new Vec3(x - o.x, y - o.y, z - o.z);
    }

    /**
     * @param s scale factor
     * @return {@code this * s}
     */
    public Vec3 times(double s) {
        return new Vec3(x * s, y * s, z * s);
    }

    /**
     * @param o the other vector
     * @return the dot product
     */
    public double dot(Vec3 o) {
        return x * o.x + y * o.y + z * o.z;
    }

    /**
     * @param o the other vector
     * @return the cross product {@code this x o} (right-handed)
     */
    public Vec3 cross(Vec3 o) {
        return new Vec3(y * o.z - z * o.y, z * o.x - x * o.z, x * o.y - y * o.x);
    }

    /** @return the Euclidean length */
    public double length() {
        return Math.sqrt(dot(this));
    }

    /**
     * @return this vector scaled to length 1
     * @throws IllegalArgumentException if the vector has zero length or a component is not finite
     */
    public Vec3 normalized() {
        double len = length();
        if (!(len > 0) || !Double.isFinite(len)) {
            throw new IllegalArgumentException("cannot normalise vector " + this + ": it must be finite and non-zero");
        }
        return times(1.0 / len);
    }

    /** @return whether every component is finite */
    public boolean isFinite() {
        return Double.isFinite(x) && Double.isFinite(y) && Double.isFinite(z);
    }
}
