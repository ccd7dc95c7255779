package ai.fvgs.render;

/**
 * Quality settings of a {@link Renderer}.
 *
 * @param antialiasing  coverage samples per pixel
 * @param shadowMapSize width and height of each shadow map in texels, 64 to 8192; the map is fitted to the
 *                      shadow-casting geometry, so 1024 gives texels of about 2 mm on a 2 m figure, as fine as the
 *                      pixels of a full-body 1080p frame
 */
public record RenderSettings(Antialiasing antialiasing, int shadowMapSize) {

    /** Four-rooks anti-aliasing and 1024x1024 shadow maps. */
    public static final RenderSettings DEFAULT = new RenderSettings(Antialiasing.FOUR_ROOKS, 1024);

    /**
     * Validates.
     *
     * @throws IllegalArgumentException if a value is out of range
     */
    public RenderSettings {
        if (antialiasing == null) {
            throw new IllegalArgumentException("antialiasing must be given");
        }
        if (shadowMapSize < 64 || shadowMapSize > 8192) {
            throw new IllegalArgumentException("shadow map size " + shadowMapSize + " is invalid: it must be 64 to 8192");
        }
    }

    /**
     * @param mode coverage samples per pixel
     * @return a copy with that anti-aliasing
     */
    public RenderSettings withAntialiasing(Antialiasing mode) {
        return new RenderSettings(mode, shadowMapSize);
    }

    /**
     * @param size texels per side
     * @return a copy with that shadow map size
     */
    public RenderSettings withShadowMapSize(int size) {
        return new RenderSettings(antialiasing, size);
    }
}
