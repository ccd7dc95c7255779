package ai.fvgs.sdk.garment;

import java.util.Objects;

/**
 * Loose cloth hanging from the body: the skirt of a skirt or dress, coat tails. Its top edge is sewn to
 * the body at {@code top} (it follows the skin there); the rest is simulated as cloth and swings, collides
 * with the legs and rests on what is under it.
 *
 * @param top          where it hangs from
 * @param hem          where the hem falls when the wearer stands still, at least 5 cm below {@code top}
 * @param easeCm       extra girth at the top over what is under it, 0 to 40 cm
 * @param hemCm        circumference of the hem, 40 to 800 cm; the engine widens it if the body is wider
 * @param pleats       number of pleats around the body, 0 or 4 to 96
 * @param pleatDepthCm depth of each pleat fold, 0 to 8 cm
 * @since 1.1
 */
public record Drape(Level top, Level hem, double easeCm, double hemCm, int pleats, double pleatDepthCm) implements FormPiece {

    /** @throws IllegalArgumentException naming the field that is out of range */
    public Drape {
        Objects.requireNonNull(top, "top");
        Objects.requireNonNull(hem, "hem");
        FormPiece.check("drape", "easeCm", easeCm, 0, 40);
        FormPiece.check("drape", "hemCm", hemCm, 40, 800);
        if (pleats != 0 && (pleats < 4 || pleats > 96)) {
            throw new IllegalArgumentException("drape pleats = " + pleats + " is not allowed; allowed: 0 or 4 to 96");
        }
        FormPiece.check("drape", "pleatDepthCm", pleatDepthCm, 0, 8);
    }

    /**
     * A plain drape without pleats.
     *
     * @param top    where it hangs from
     * @param hem    where the hem falls
     * @param easeCm extra girth at the top
     * @param hemCm  hem circumference
     * @return the drape
     */
    public static Drape plain(Level top, Level hem, double easeCm, double hemCm) {
        return new Drape(top, hem, easeCm, hemCm, 0, 0);
    }
}
