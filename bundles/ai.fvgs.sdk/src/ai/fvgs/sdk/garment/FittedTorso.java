package ai.fvgs.sdk.garment;

import java.util.Objects;

/**
 * A fitted tube around the trunk (and, below the crotch, around both legs together), from {@code top} down
 * to {@code bottom}. It follows the skin: bodices, waistbands, the seat of trousers, a pencil skirt's hip.
 * Its girth at every level is the girth of what is under it (the body, or a lower garment layer) plus
 * {@code easeCm}.
 *
 * @param top        upper edge; {@link BodyLevel#NECK_BASE} for a garment with a neckline
 * @param bottom     lower edge (the hem), below {@code top}
 * @param easeCm     extra girth over what is under it, 0 to 60 cm
 * @param neckline   the front neckline when {@code top} is at the neck, else {@code null}
 * @param hemCurveCm how much higher the hem is at the sides than at centre front and back, 0 to 15 cm
 *                   (a shirt tail); 0 for a straight hem
 * @since 1.1
 */
public record FittedTorso(Level top, Level bottom, double easeCm, Neckline neckline, double hemCurveCm) implements FormPiece {

    /** @throws IllegalArgumentException naming the field that is out of range */
    public FittedTorso {
        Objects.requireNonNull(top, "top");
        Objects.requireNonNull(bottom, "bottom");
        FormPiece.check("fitted torso", "easeCm", easeCm, 0, 60);
        FormPiece.check("fitted torso", "hemCurveCm", hemCurveCm, 0, 15);
    }

    /**
     * A bodice from the neck down.
     *
     * @param neckline the front neckline
     * @param bottom   the hem
     * @param easeCm   extra girth
     * @return the piece, with a straight hem
     */
    public static FittedTorso bodice(Neckline neckline, Level bottom, double easeCm) {
        return new FittedTorso(Level.at(BodyLevel.NECK_BASE), bottom, easeCm, Objects.requireNonNull(neckline, "neckline"), 0);
    }

    /**
     * A band around the body between two levels, e.g. from the waist to the hip.
     *
     * @param top    upper edge
     * @param bottom lower edge
     * @param easeCm extra girth
     * @return the piece, with straight edges
     */
    public static FittedTorso band(Level top, Level bottom, double easeCm) {
        return new FittedTorso(top, bottom, easeCm, null, 0);
    }
}
