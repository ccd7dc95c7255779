package ai.fvgs.sdk.garment;

import java.util.Objects;

/**
 * A pair of fitted trouser legs from the top of each leg down to {@code bottom}. They follow the skin;
 * combine them with a {@link FittedTorso} from the waist to the crotch for trousers or shorts.
 *
 * @param bottom    the hem, below the crotch
 * @param easeCm    extra girth over the thigh, 0 to 40 cm
 * @param hemEaseCm extra girth at the hem, 0 to 40 cm (straight or flared legs)
 * @since 1.1
 */
public record Legs(Level bottom, double easeCm, double hemEaseCm) implements FormPiece {

    /** @throws IllegalArgumentException naming the field that is out of range */
    public Legs {
        Objects.requireNonNull(bottom, "bottom");
        FormPiece.check("legs", "easeCm", easeCm, 0, 40);
        FormPiece.check("legs", "hemEaseCm", hemEaseCm, 0, 40);
    }
}
