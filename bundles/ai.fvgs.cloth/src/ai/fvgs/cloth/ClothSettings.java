package ai.fvgs.cloth;

/**
 * Settings of the {@link ClothSolver}.
 *
 * <p>Each frame is split into {@code substeps} equal time steps; in each, constraints are projected
 * {@code iterations} times in Gauss-Seidel order. More substeps make stiff fabric stiffer and collisions with
 * fast limbs more reliable, at a cost that grows linearly; the material's compliance is scaled by the step so
 * the fabric's character does not depend much on the substep count.
 *
 * @param substeps   time steps per frame, 1..64 (default 8)
 * @param iterations constraint iterations per substep, 1..16 (default 1)
 * @param gravity    vertical acceleration in m/s&sup2; along world {@code +y}, -100..100 (default -9.81: gravity
 *                   pulls towards {@code -y})
 * @param thickness  collision thickness in metres: particles are kept this far outside capsules and above the
 *                   floor, 0..0.1 (default 0.004)
 */
public record ClothSettings(int substeps, int iterations, double gravity, double thickness) {

    /** 8 substeps of 1 iteration, gravity -9.81 m/s&sup2;, 4 mm thickness. */
    public static final ClothSettings DEFAULT = new ClothSettings(8, 1, -9.81, 0.004);

    /**
     * Validates the settings.
     *
     * @throws IllegalArgumentException naming the field, its value and the allowed range
     */
    public ClothSettings {
        if (substeps < 1 || substeps > 64) {
            throw new IllegalArgumentException("ClothSettings.substeps must be between 1 and 64, got " + substeps);
        }
        if (iterations < 1 || iterations > 16) {
            throw new IllegalArgumentException(
                    "ClothSettings.iterations must be between 1 and 16, got " + iterations);
        }
        if (!(gravity >= -100 && gravity <= 100)) {
            throw new IllegalArgumentException(
                    "ClothSettings.gravity must be between -100 and 100 m/s^2, got " + gravity);
        }
        if (!(thickness >= 0 && thickness <= 0.1)) {
            throw new IllegalArgumentException(
                    "ClothSettings.thickness must be between 0 and 0.1 m, got " + thickness);
        }
    }

    /**
     * @param substeps time steps per frame, 1..64
     * @return these settings with another substep count
     */
    public ClothSettings withSubsteps(int substeps) {
        return new ClothSettings(substeps, iterations, gravity, thickness);
    }

    /**
     * @param iterations constraint iterations per substep, 1..16
     * @return these settings with another iteration count
     */
    public ClothSettings withIterations(int iterations) {
        return new ClothSettings(substeps, iterations, gravity, thickness);
    }
}
