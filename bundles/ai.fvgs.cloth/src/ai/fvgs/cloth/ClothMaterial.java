package ai.fvgs.cloth;

/**
 * Physical parameters of a fabric for the {@link ClothSolver}.
 *
 * <p>The solver turns the two stiffness values into XPBD compliances (the inverse of a stiffness) on a
 * logarithmic scale, so equal steps of the parameter feel like equal steps of stiffness:
 * <ul>
 * <li>{@code stretchStiffness} {@code s} gives an in-plane stiffness of {@code 10 * 10^(4 s)} N/m per edge
 * (10 N/m, a very stretchy knit, at 0; 100,000 N/m at 0.999); exactly 1 means inextensible (zero
 * compliance). It also sets how much longer than the path along the mesh a particle may get from its nearest
 * pinned particle: 20 % at 0, nothing at 1.</li>
 * <li>{@code bendStiffness} {@code b} gives a bending rigidity of {@code 1e-7 * 10^(5 b)} N&middot;m (1e-7, a
 * limp chiffon, at 0; 1e-4 N&middot;m, denim, at 0.6; 1e-2, thick leather, at 1).</li>
 * </ul>
 * {@code damping} {@code d} removes the fraction {@code 0.99 d} of a free particle's velocity per second (air
 * drag; 0 keeps it all, 1 leaves 1 % after a second). {@code friction} is the Coulomb coefficient against
 * capsules and the floor (0 slides freely, 1 sticks strongly).
 *
 * <p>With the default settings, stiff fabric is softer than its nominal rigidity on fine meshes, because
 * constraint projection converges slowly for bending over long spans (see docs/architecture.md, "Cloth
 * simulation"); more substeps make it stiffer.
 *
 * @param density          mass per area in kg/m&sup2;, 0.05..2 (silk about 0.08, cotton 0.15, denim 0.45,
 *                         leather 1)
 * @param stretchStiffness resistance to stretching, 0..1 (1 = inextensible)
 * @param bendStiffness    resistance to bending, 0..1 (1 = stiff)
 * @param damping          velocity damping, 0..1
 * @param friction         friction coefficient against colliders, 0..1
 */
public record ClothMaterial(double density, double stretchStiffness, double bendStiffness, double damping,
        double friction) {

    /** Light, flowing silk: drapes in soft folds and swings far. */
    public static final ClothMaterial SILK = new ClothMaterial(0.08, 0.9, 0.05, 0.05, 0.3);
    /** Cotton jersey: a light knit that stretches a little. */
    public static final ClothMaterial COTTON_JERSEY = new ClothMaterial(0.18, 0.6, 0.3, 0.1, 0.5);
    /** Denim: heavy, practically inextensible, holds its shape. */
    public static final ClothMaterial DENIM = new ClothMaterial(0.45, 1.0, 0.6, 0.15, 0.6);
    /** Leather: heavy and stiff, moves as large panels. */
    public static final ClothMaterial LEATHER = new ClothMaterial(1.0, 1.0, 0.85, 0.2, 0.7);

    /**
     * Validates the parameters.
     *
     * @throws IllegalArgumentException naming the field, its value and the allowed range when a value is out of
     *                                  range or not a finite number
     */
    public ClothMaterial {
        check("density", density, 0.05, 2);
        check("stretchStiffness", stretchStiffness, 0, 1);
        check("bendStiffness", bendStiffness, 0, 1);
        check("damping", damping, 0, 1);
        check("friction", friction, 0, 1);
    }

    private static void check(String field, double value, double min, double max) {
        if (!(value >= min && value <= max)) {
            throw new IllegalArgumentException("ClothMaterial." + field + " must be between " + min + " and " + max
                    + ", got " + value);
        }
    }
}
