package ai.fvgs.sdk.garment;

import java.util.Objects;

/**
 * The front neckline of a garment whose {@link FittedTorso} reaches the neck: the top edge follows the base
 * of the neck at the back and dips {@code depthCm} below it at the centre front.
 *
 * @param shape   how the dip is shaped
 * @param depthCm depth at the centre front below the base of the neck, 0 to 40 cm
 * @param widthCm width of the opening across the front, measured around the body, 8 to 50 cm
 * @since 1.1
 */
public record Neckline(Shape shape, double depthCm, double widthCm) {

    /** A close round neckline 2 cm deep, as on a T-shirt. */
    public static final Neckline CREW = new Neckline(Shape.ROUND, 2, 16);

    /** Shapes of the front dip. */
    public enum Shape {
        /** A rounded dip (crew and scoop necklines). */
        ROUND,
        /** A straight-sided point at the centre front. */
        V,
        /** A flat bottom with steep sides. */
        SQUARE
    }

    /** @throws IllegalArgumentException naming the value that is out of range */
    public Neckline {
        Objects.requireNonNull(shape, "shape");
        if (!(depthCm >= 0 && depthCm <= 40)) {
            throw new IllegalArgumentException("neckline depthCm = " + depthCm + " is not allowed; allowed: 0 to 40 cm");
        }
        if (!(widthCm >= 8 && widthCm <= 50)) {
            throw new IllegalArgumentException("neckline widthCm = " + widthCm + " is not allowed; allowed: 8 to 50 cm");
        }
    }

    /**
     * @param depthCm depth at the centre front
     * @return a round scoop neckline, 24 cm wide
     */
    public static Neckline scoop(double depthCm) {
        return new Neckline(Shape.ROUND, depthCm, 24);
    }

    /**
     * @param depthCm depth of the point below the neck
     * @return a V neckline, 18 cm wide
     */
    public static Neckline vNeck(double depthCm) {
        return new Neckline(Shape.V, depthCm, 18);
    }

    /**
     * @param u position across the opening: 0 at the centre front, 1 at its edge (and beyond)
     * @return how far the edge lies below the base of the neck there, in cm
     */
    public double dropCm(double u) {
        double a = Math.min(1, Math.abs(u));
        double f = switch (shape) {
            case ROUND -> StrictMath.sqrt(1 - a * a);
            case V -> 1 - a;
            case SQUARE -> a < 0.8 ? 1 : (1 - a) / 0.2;
        };
        return depthCm * f;
    }
}
