package ai.fvgs.avatar;

/**
 * Hair style and colour.
 *
 * @param style the style
 * @param rgb   the colour, {@code 0xRRGGBB}
 */
public record Hair(HairStyle style, int rgb) {

    /** Copies the colour without alpha. */
    public Hair {
        rgb &= 0xFFFFFF;
    }
}
