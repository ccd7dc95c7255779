package ai.fvgs.cloth;

import java.util.Arrays;

/**
 * The shapes cloth collides with in one frame: tapered capsules (two spheres, linked by the cone tangent to
 * both) and an optional floor plane {@code y = floorY}.
 *
 * <p>Typical use: one {@code Colliders} per garment or scene, cleared and refilled each frame from the posed
 * body (one capsule per limb segment), then passed to {@link ClothSolver#step}. When a frame has the same
 * number of capsules as the previous one, the solver moves each capsule linearly from its previous pose across
 * the substeps, so keep the order of capsules fixed from frame to frame. Not thread-safe.
 */
public final class Colliders {

    private static final int STRIDE = 8;

    private float[] capsules;
    private int count;
    private boolean hasFloor;
    private float floorY;

    /**
     * @param capacity number of capsules to make room for; more can be added, the storage grows
     * @throws IllegalArgumentException when {@code capacity} is negative
     */
    public Colliders(int capacity) {
        if (capacity < 0) {
            throw new IllegalArgumentException("Colliders capacity must be 0 or more, got " + capacity);
        }
        capsules = new float[Math.max(1, capacity) * STRIDE];
    }

    /** Removes every capsule and the floor. */
    public void clear() {
        count = 0;
        hasFloor = false;
    }

    /**
     * Adds a tapered capsule from sphere {@code a} to sphere {@code b} (world space, metres).
     *
     * @return the capsule's index, counting from 0 in the order of adding
     * @throws IllegalArgumentException when a coordinate is not finite or a radius is negative or not finite
     */
    public int capsule(float ax, float ay, float az, float ra, float bx, float by, float bz, float rb) {
        requireFinite("capsule ax", ax);
        requireFinite("capsule ay", ay);
        requireFinite("capsule az", az);
        requireFinite("capsule bx", bx);
        requireFinite("capsule by", by);
        requireFinite("capsule bz", bz);
        if (!(ra >= 0 && ra < Float.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("capsule radius ra must be finite and 0 or more, got " + ra);
        }
        if (!(rb >= 0 && rb < Float.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("capsule radius rb must be finite and 0 or more, got " + rb);
        }
        if ((count + 1) * STRIDE > capsules.length) {
            capsules = Arrays.copyOf(capsules, capsules.length * 2);
        }
        int o = count * STRIDE;
        capsules[o] = ax;
        capsules[o + 1] = ay;
        capsules[o + 2] = az;
        capsules[o + 3] = ra;
        capsules[o + 4] = bx;
        capsules[o + 5] = by;
        capsules[o + 6] = bz;
        capsules[o + 7] = rb;
        return count++;
    }

    /**
     * Adds a sphere: a capsule whose two ends coincide.
     *
     * @return the sphere's index among the capsules
     * @throws IllegalArgumentException when a coordinate is not finite or the radius is negative or not finite
     */
    public int sphere(float x, float y, float z, float r) {
        return capsule(x, y, z, r, x, y, z, r);
    }

    /**
     * Sets the floor plane {@code y = floorY}; cloth stays above it (plus the collision thickness).
     *
     * @throws IllegalArgumentException when {@code y} is not finite
     */
    public void floor(float y) {
        requireFinite("floor y", y);
        hasFloor = true;
        floorY = y;
    }

    /** Removes the floor plane, keeping the capsules. */
    public void removeFloor() {
        hasFloor = false;
    }

    /** @return number of capsules */
    public int capsuleCount() {
        return count;
    }

    /** @return whether a floor plane is set */
    public boolean hasFloor() {
        return hasFloor;
    }

    /** @return the floor's height; meaningful only when {@link #hasFloor()} */
    public float floorY() {
        return floorY;
    }

    /**
     * Copies capsule data into {@code out}: for capsule {@code i}, {@code ax, ay, az, ra, bx, by, bz, rb} at
     * {@code 8 i}.
     *
     * @param out array of at least {@code 8 * capsuleCount()} floats
     */
    public void copyCapsules(float[] out) {
        System.arraycopy(capsules, 0, out, 0, count * STRIDE);
    }

    private static void requireFinite(String name, float v) {
        if (!Float.isFinite(v)) {
            throw new IllegalArgumentException(name + " must be a finite number, got " + v);
        }
    }
}
