package ai.fvgs.sdk.garment;

/**
 * One piece of a {@link GarmentForm}: a fitted tube over a body region ({@link FittedTorso},
 * {@link Sleeves}, {@link Legs}) or loose cloth hanging from the body ({@link Drape}). Lengths are in
 * centimetres, heights are {@link Level}s, so one form fits every body.
 *
 * @since 1.1
 */
public sealed interface FormPiece permits FittedTorso, Sleeves, Legs, Drape {

    /**
     * Checks a length or ease.
     *
     * @param piece the piece, for the message
     * @param name  the field
     * @param value its value
     * @param min   smallest allowed
     * @param max   largest allowed
     * @throws IllegalArgumentException naming the piece, the field, the value and the range
     */
    static void check(String piece, String name, double value, double min, double max) {
        if (!(value >= min && value <= max)) {
            throw new IllegalArgumentException(piece + " " + name + " = " + value + " is not allowed; allowed: " + min + " to " + max);
        }
    }
}
