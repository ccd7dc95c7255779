package ai.fvgs.avatar;

/**
 * Colours of the face features.
 *
 * @param irisRgb iris colour, {@code 0xRRGGBB}
 * @param browRgb eyebrow colour
 * @param lipRgb  lip colour
 */
public record Face(int irisRgb, int browRgb, int lipRgb) {

    /**
     * @param skin the skin tone
     * @param hair the hair
     * @return brown eyes, brows a shade darker than the hair, lips a deeper shade of the skin
     */
    public static Face natural(SkinTone skin, Hair hair) {
        return new Face(0x5B3A21, shade(hair.rgb(), 0.8), lip(skin.rgb()));
    }

    private static int shade(int rgb, double f) {
        int r = (int) ((rgb >> 16 & 0xFF) * f);
        int g = (int) ((rgb >> 8 & 0xFF) * f);
        int b = (int) ((rgb & 0xFF) * f);
        return r << 16 | g << 8 | b;
    }

    private static int lip(int skin) {
        int r = Math.min(255, (int) ((skin >> 16 & 0xFF) * 0.85 + 30));
        int g = (int) ((skin >> 8 & 0xFF) * 0.6);
        int b = (int) ((skin & 0xFF) * 0.62);
        return r << 16 | g << 8 | b;
    }
}
