package ai.fvgs.render;

/**
 * How a surface looks: its colour, an optional texture, how shiny it is, and how it is drawn. Lighting is
 * Lambert diffuse plus Blinn-Phong specular; colours are given in sRGB and lit in linear light.
 * <p>
 * Immutable; the {@code with...} methods return changed copies.
 */
public final class Material {

    private final int baseColor;
    private final Texture texture;
    private final double roughness;
    private final double specular;
    private final boolean doubleSided;
    private final boolean castsShadows;

    private Material(int baseColor, Texture texture, double roughness, double specular, boolean doubleSided,
            boolean castsShadows) {
        if (!(roughness >= 0 && roughness <= 1)) {
            throw new IllegalArgumentException("roughness " + roughness + " is invalid: it must be between 0 and 1");
        }
        if (!(specular >= 0 && specular <= 1)) {
            throw new IllegalArgumentException("specular " + specular + " is invalid: it must be between 0 and 1");
        }
        this.baseColor = baseColor;
        this.texture = texture;
        this.roughness = roughness;
        this.specular = specular;
        this.doubleSided = doubleSided;
        this.castsShadows = castsShadows;
    }

    /**
     * A single-sided material of one colour: roughness 0.6, specular 0.2, casting shadows.
     *
     * @param argb base colour {@code 0xAARRGGBB}; an alpha below 255 makes the surface translucent
     * @return the material
     */
    public static Material of(int argb) {
        return new Material(argb, null, 0.6, 0.2, false, true);
    }

    /**
     * @param newTexture multiplied with the base colour (white shows the texture as it is); {@code null} for none
     * @return a copy with that texture
     */
    public Material withTexture(Texture newTexture) {
        return new Material(baseColor, newTexture, roughness, specular, doubleSided, castsShadows);
    }

    /**
     * @param newRoughness 0 (mirror-like, a tight highlight) to 1 (matte, a broad dim highlight)
     * @return a copy with that roughness
     */
    public Material withRoughness(double newRoughness) {
        return new Material(baseColor, texture, newRoughness, specular, doubleSided, castsShadows);
    }

    /**
     * @param newSpecular strength of the highlight, 0 (none) to 1
     * @return a copy with that specular strength
     */
    public Material withSpecular(double newSpecular) {
        return new Material(baseColor, texture, roughness, newSpecular, doubleSided, castsShadows);
    }

    /**
     * @param newDoubleSided {@code true} to draw both faces of each triangle (garments, whose inside shows),
     *                       {@code false} to cull faces that point away from the camera (closed bodies)
     * @return a copy drawn that way
     */
    public Material withDoubleSided(boolean newDoubleSided) {
        return new Material(baseColor, texture, roughness, specular, newDoubleSided, castsShadows);
    }

    /**
     * @param newCastsShadows whether the surface blocks light of shadow-casting lights (fully, even when it is
     *                        translucent: turn this off for sheer fabrics)
     * @return a copy with that setting
     */
    public Material withCastsShadows(boolean newCastsShadows) {
        return new Material(baseColor, texture, roughness, specular, doubleSided, newCastsShadows);
    }

    /** @return base colour {@code 0xAARRGGBB} in sRGB; the alpha byte is the opacity */
    public int baseColor() {
        return baseColor;
    }

    /** @return the texture, or {@code null} */
    public Texture texture() {
        return texture;
    }

    /** @return roughness, 0 to 1 */
    public double roughness() {
        return roughness;
    }

    /** @return specular strength, 0 to 1 */
    public double specular() {
        return specular;
    }

    /** @return whether both faces of each triangle are drawn */
    public boolean isDoubleSided() {
        return doubleSided;
    }

    /** @return whether the surface casts shadows */
    public boolean castsShadows() {
        return castsShadows;
    }

    /**
     * Translucent surfaces are blended over the opaque ones in the order they were added to the scene; they do
     * not write depth, normals or part ids.
     *
     * @return whether the base colour's alpha is below 255 or the texture has translucent pixels
     */
    public boolean isTranslucent() {
        return (baseColor >>> 24) != 0xFF || texture != null && texture.isTranslucent();
    }
}
