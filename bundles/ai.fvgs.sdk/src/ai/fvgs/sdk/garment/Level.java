package ai.fvgs.sdk.garment;

import java.util.Objects;

/**
 * A height on the body: a {@link BodyLevel} and a distance below it, in centimetres (negative means
 * above). For example {@code Level.below(BodyLevel.SHOULDER, 66)} is the hem of a T-shirt 66 cm long.
 *
 * @param from    the landmark level
 * @param belowCm distance below it in cm, -100 to 250
 * @since 1.1
 */
public record Level(BodyLevel from, double belowCm) {

    /** @throws IllegalArgumentException if the distance is not a number within -100 to 250 cm */
    public Level {
        Objects.requireNonNull(from, "from");
        if (!(belowCm >= -100 && belowCm <= 250)) {
            throw new IllegalArgumentException("level " + from + ": belowCm = " + belowCm + " is not allowed; allowed: -100 to 250 cm");
        }
    }

    /**
     * @param level the landmark level
     * @return exactly that level
     */
    public static Level at(BodyLevel level) {
        return new Level(level, 0);
    }

    /**
     * @param level the landmark level
     * @param cm    how far below it, in cm
     * @return the level {@code cm} below {@code level}
     */
    public static Level below(BodyLevel level, double cm) {
        return new Level(level, cm);
    }
}
