package ai.fvgs.render;

/**
 * A directional light, such as the key, fill or rim light of a studio set-up: parallel rays of one colour
 * from far away. The key light usually casts shadows; fill and rim lights usually do not.
 *
 * @param direction    the direction the light travels, from the light into the scene (for example
 *                     {@code (0, -1, 0)} shines straight down); stored normalised
 * @param color        colour as {@code 0xRRGGBB} in sRGB (an alpha byte is ignored)
 * @param intensity    multiplier of the colour, 0 or more (1 lights a white surface facing the light fully)
 * @param castsShadows whether surfaces facing this light are shadowed by the geometry between them and it
 */
public record Light(Vec3 direction, int color, double intensity, boolean castsShadows) {

    /**
     * Validates and normalises.
     *
     * @throws IllegalArgumentException if the direction is zero or not finite, or the intensity is negative
     */
    public Light {
        direction = direction.normalized();
        if (!(intensity >= 0) || !Double.isFinite(intensity)) {
            throw new IllegalArgumentException("light intensity " + intensity + " is invalid: it must be 0 or more");
        }
        color &= 0xFFFFFF;
    }

    /**
     * @param direction the direction the light travels
     * @param color     {@code 0xRRGGBB}
     * @param intensity 0 or more
     * @return a light that casts no shadows
     */
    public static Light directional(Vec3 direction, int color, double intensity) {
        return new Light(direction, color, intensity, false);
    }

    /** @return this light, casting shadows */
    public Light withShadows() {
        return new Light(direction, color, intensity, true);
    }
}
