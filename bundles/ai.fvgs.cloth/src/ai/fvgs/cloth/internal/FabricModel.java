package ai.fvgs.cloth.internal;

/**
 * How the 0..1 parameters of a {@code ClothMaterial} become physical quantities. Computed once per solver with
 * {@link StrictMath}, so they are the same on every machine.
 */
public final class FabricModel {

    private FabricModel() {
    }

    /**
     * XPBD compliance (m/N) of one edge: the inverse of a stiffness of {@code 10 * 10^(4 s)} N/m, and 0
     * (inextensible) at {@code s = 1}.
     */
    public static double stretchCompliance(double stretchStiffness) {
        return stretchStiffness >= 1 ? 0 : 1 / (10 * StrictMath.pow(10, 4 * stretchStiffness));
    }

    /** Bending rigidity in N m: {@code 1e-7 * 10^(5 b)}. */
    public static double bendingRigidity(double bendStiffness) {
        return 1e-7 * StrictMath.pow(10, 5 * bendStiffness);
    }

    /**
     * XPBD compliance of an isometric bending element, {@code area / rigidity}: with it, a sheet bent into a
     * cylinder stores the smooth-shell energy {@code rigidity / 2 * curvature^2 * area} (on a 40 x 40 grid the
     * elements hold 97 % of it, the rest is lost at the border, which has no elements).
     *
     * @param area rest area of the element's two triangles in m&sup2;
     */
    public static double bendCompliance(double area, double rigidity) {
        return area / rigidity;
    }

    /** Tethers allow 20 % more than the rest path for the stretchiest fabric, nothing more for inextensible. */
    public static double tetherAllowance(double stretchStiffness) {
        return 1 + 0.2 * (1 - stretchStiffness);
    }

    /** Velocity decay rate in 1/s: {@code damping} {@code d} removes the fraction {@code 0.99 d} per second. */
    public static double dragRate(double damping) {
        return -StrictMath.log(1 - 0.99 * damping);
    }
}
