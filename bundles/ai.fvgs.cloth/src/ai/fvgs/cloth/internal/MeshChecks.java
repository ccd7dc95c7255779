package ai.fvgs.cloth.internal;

import java.util.Objects;

/** Validation of the arrays handed to the solver, with messages that name the array, index and value. */
public final class MeshChecks {

    /** Most particles one solver takes (keeps index arithmetic in range). */
    public static final int MAX_PARTICLES = 1 << 22;

    private MeshChecks() {
    }

    /**
     * @throws IllegalArgumentException when {@code rest} is empty, not xyz triples or not finite, or a triangle
     *                                  is incomplete, has an index out of range or repeats an index
     * @throws NullPointerException     when an array is null
     */
    public static void mesh(float[] rest, int[] triangles) {
        Objects.requireNonNull(rest, "restPositions");
        Objects.requireNonNull(triangles, "triangles");
        if (rest.length == 0 || rest.length % 3 != 0) {
            throw new IllegalArgumentException("restPositions must hold xyz per particle (a positive multiple of 3"
                    + " values), got " + rest.length + " values");
        }
        if (rest.length / 3 > MAX_PARTICLES) {
            throw new IllegalArgumentException("at most " + MAX_PARTICLES + " particles are supported, got "
                    + rest.length / 3);
        }
        finite("restPositions", rest);
        if (triangles.length % 3 != 0) {
            throw new IllegalArgumentException("triangles must hold 3 indices per triangle, got " + triangles.length
                    + " values");
        }
        int n = rest.length / 3;
        for (int k = 0; k < triangles.length; k++) {
            if (triangles[k] < 0 || triangles[k] >= n) {
                throw new IllegalArgumentException("triangles[" + k + "] = " + triangles[k]
                        + " is not a particle index (0.." + (n - 1) + ")");
            }
        }
        for (int t = 0; t < triangles.length; t += 3) {
            int a = triangles[t];
            int b = triangles[t + 1];
            int c = triangles[t + 2];
            if (a == b || b == c || a == c) {
                throw new IllegalArgumentException("triangle " + t / 3 + " (" + a + ", " + b + ", " + c
                        + ") repeats a particle index");
            }
        }
    }

    /** @throws IllegalArgumentException naming the first index whose value is not finite */
    public static void finite(String name, float[] values) {
        for (int k = 0; k < values.length; k++) {
            if (!Float.isFinite(values[k])) {
                throw new IllegalArgumentException(name + "[" + k + "] must be finite, got " + values[k]);
            }
        }
    }
}
