package ai.fvgs.avatar;

import java.util.OptionalInt;

/**
 * Skin colour: one of the ten tones of the Monk Skin Tone (MST) scale, or any custom colour.
 *
 * @param rgb  the colour, {@code 0xRRGGBB}
 * @param monk the MST step 1 (lightest) to 10 (darkest), or 0 for a custom colour
 */
public record SkinTone(int rgb, int monk) {

    /** The ten MST swatches, lightest first, as published with the scale. */
    private static final int[] MONK = { 0xF6EDE4, 0xF3E7DB, 0xF7EAD0, 0xEADABA, 0xD7BD96, 0xA07E56, 0x825C43, 0x604134,
            0x3A312A, 0x292420 };

    /** @throws IllegalArgumentException if the step is out of range */
    public SkinTone {
        if (monk < 0 || monk > 10) {
            throw new IllegalArgumentException("Monk skin tone " + monk + " is not allowed; allowed: 1 to 10");
        }
        rgb &= 0xFFFFFF;
    }

    /**
     * @param step 1 (lightest) to 10 (darkest)
     * @return that MST tone
     * @throws IllegalArgumentException naming the allowed steps
     */
    public static SkinTone monk(int step) {
        if (step < 1 || step > 10) {
            throw new IllegalArgumentException("Monk skin tone " + step + " is not allowed; allowed: 1 to 10");
        }
        return new SkinTone(MONK[step - 1], step);
    }

    /**
     * @param rgb {@code 0xRRGGBB}
     * @return a custom tone
     */
    public static SkinTone custom(int rgb) {
        return new SkinTone(rgb, 0);
    }

    /** @return the MST step, if this is an MST tone */
    public OptionalInt monkStep() {
        return monk == 0 ? OptionalInt.empty() : OptionalInt.of(monk);
    }
}
