package ai.fvgs.sdk.garment;

/**
 * A pair of fitted sleeves from the shoulder point down the arm. They follow the skin.
 *
 * @param lengthCm    from the shoulder point along the arm, 2 to 90 cm; longer than the arm ends at the wrist
 * @param easeCm      extra girth over the upper arm, 0 to 30 cm
 * @param hemEaseCm   extra girth at the sleeve's hem, 0 to 30 cm (wider cuffs, bell sleeves)
 * @since 1.1
 */
public record Sleeves(double lengthCm, double easeCm, double hemEaseCm) implements FormPiece {

    /** @throws IllegalArgumentException naming the field that is out of range */
    public Sleeves {
        FormPiece.check("sleeves", "lengthCm", lengthCm, 2, 90);
        FormPiece.check("sleeves", "easeCm", easeCm, 0, 30);
        FormPiece.check("sleeves", "hemEaseCm", hemEaseCm, 0, 30);
    }
}
