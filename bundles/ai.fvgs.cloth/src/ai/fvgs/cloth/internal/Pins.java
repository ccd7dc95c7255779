package ai.fvgs.cloth.internal;

/**
 * Which particles are attached to targets, how strongly, and where their targets were in the previous frame.
 *
 * <p>A weight of 1 pins a particle (its inverse mass for the constraints becomes 0 and it is placed on its
 * target each substep); a weight {@code a} between 0 and 1 closes the fraction {@code a} of the gap to the
 * target per 1/30 s, which per substep of {@code h} seconds is {@code 1 - (1 - a)^(30 h)}.
 */
public final class Pins {

    private final int n;
    private final float[] weight;
    private final float[] blend;
    private final float[] previousTargets;
    private int[] attached = new int[0];
    private double blendStep = Double.NaN;

    /**
     * @param initial positions that serve as the previous targets until the first step
     */
    public Pins(float[] initial) {
        n = initial.length / 3;
        weight = new float[n];
        blend = new float[n];
        previousTargets = initial.clone();
    }

    /**
     * Takes new weights and the current positions as the previous targets.
     *
     * @param weights   one per particle, validated here
     * @param positions current positions
     * @throws IllegalArgumentException naming the index and value of a weight outside 0..1, or a wrong length
     */
    public void set(float[] weights, float[] positions) {
        if (weights.length != n) {
            throw new IllegalArgumentException("pin weights: expected " + n + " values (one per particle), got "
                    + weights.length);
        }
        int count = 0;
        for (int i = 0; i < n; i++) {
            float a = weights[i];
            if (!(a >= 0 && a <= 1)) {
                throw new IllegalArgumentException("pin weight [" + i + "] must be between 0 and 1, got " + a);
            }
            if (a > 0) {
                count++;
            }
        }
        attached = new int[count];
        count = 0;
        for (int i = 0; i < n; i++) {
            weight[i] = weights[i];
            if (weights[i] > 0) {
                attached[count++] = i;
            }
        }
        System.arraycopy(positions, 0, previousTargets, 0, 3 * n);
        blendStep = Double.NaN;
    }

    /** @return whether particle {@code i} is fully pinned (weight 1) */
    public boolean full(int i) {
        return weight[i] == 1;
    }

    /** @return whether any particle has a weight above 0 */
    public boolean any() {
        return attached.length > 0;
    }

    /** Takes {@code positions} as the previous targets (after a teleport). */
    public void restart(float[] positions) {
        System.arraycopy(positions, 0, previousTargets, 0, 3 * n);
    }

    /**
     * Checks a frame's targets.
     *
     * @throws IllegalArgumentException when they are needed and missing, of the wrong length, or not finite for
     *                                  an attached particle
     */
    public void validate(float[] targets) {
        if (attached.length == 0) {
            return;
        }
        if (targets == null) {
            throw new IllegalArgumentException(
                    "pinTargets must not be null: " + attached.length + " particles have a pin weight above 0");
        }
        if (targets.length != 3 * n) {
            throw new IllegalArgumentException("pinTargets: expected " + 3 * n + " values (xyz per particle), got "
                    + targets.length);
        }
        for (int i : attached) {
            for (int k = 0; k < 3; k++) {
                if (!Float.isFinite(targets[3 * i + k])) {
                    throw new IllegalArgumentException("pinTargets[" + (3 * i + k) + "] of pinned particle " + i
                            + " must be finite, got " + targets[3 * i + k]);
                }
            }
        }
    }

    /** Computes the per-substep blend factors for substeps of {@code h} seconds (once per distinct h). */
    public void prepare(double h) {
        if (h == blendStep) {
            return;
        }
        for (int i : attached) {
            float a = weight[i];
            blend[i] = a >= 1 ? 1f : (float) (1 - StrictMath.pow(1 - a, h * 30));
        }
        blendStep = h;
    }

    /**
     * Moves attached particles towards their targets, interpolated between the previous frame's targets and
     * this frame's at the fraction {@code to} of the frame.
     */
    public void attach(float[] x, float[] targets, float to) {
        for (int i : attached) {
            int p = 3 * i;
            float b = blend[i];
            for (int k = 0; k < 3; k++) {
                float target = previousTargets[p + k] + (targets[p + k] - previousTargets[p + k]) * to;
                x[p + k] += (target - x[p + k]) * b;
            }
        }
    }

    /** Keeps this frame's targets as the next frame's previous targets. */
    public void finishFrame(float[] targets) {
        for (int i : attached) {
            System.arraycopy(targets, 3 * i, previousTargets, 3 * i, 3);
        }
    }
}
