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
    private final double shadowCatcherOpacity;

    private Material(int baseColor, Texture texture, double roughness, double specular, boolean doubleSided,
            boolean castsShadows) {
        this(baseColor, texture, roughness, specular, doubleSided, castsShadows, Double.NaN);
    }

    private Material(int baseColor, Texture texture, double roughness, double specular, boolean doubleSided,
            boolean castsShadows, double shadowCatcherOpacity) {
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
        this.shadowCatcherOpacity = shadowCatcherOpacity;
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
     * A shadow catcher: an invisible surface that only shows the shadows it receives, such as a floor under the
     * model in front of a photographed or generated background. Where it is drawn, the background shows through,
     * darkened by {@code 1 - opacity * shadow}, where {@code shadow} is the fraction of the shadow-casting lights'
     * direct light that casters block (0 lit, 1 fully shadowed; lights weighted by their intensity and angle).
     * In linear light this is black of alpha {@code opacity * shadow} laid over the background: on an opaque
     * background the colour darkens and the alpha stays 255; on a transparent one the shadow appears as black of
     * that alpha. It hides what lies behind it like an opaque surface, but it is not part of the guidance: depth,
     * normals, part ids and the {@link ai.fvgs.render.FrameBuffers#alpha() alpha matte} stay those of the
     * background where it is seen. It casts no shadows and is single-sided unless changed with {@link #withCastsShadows} or
     * {@link #withDoubleSided}; colour, texture, roughness and specular play no part.
     *
     * @param opacity how dark a full shadow is, 0 (invisible) to 1 (black)
     * @return the material
     * @throws IllegalArgumentException if the opacity is outside 0 to 1
     */
    public static Material shadowCatcher(double opacity) {
        if (!(opacity >= 0 && opacity <= 1)) {
            throw new IllegalArgumentException("shadow catcher opacity " + opacity + " is invalid: it must be between 0 and 1");
        }
        return new Material(0xFF000000, null, 0.6, 0.2, false, false, opacity);
    }

    /**
     * @param newTexture multiplied with the base colour (white shows the texture as it is); {@code null} for none
     * @return a copy with that texture
     */
    public Material withTexture(Texture newTexture) {
        return new Material(baseColor, newTexture, roughness, specular, doubleSided, castsShadows, shadowCatcherOpacity);
    }

    /**
     * @param newRoughness 0 (mirror-like, a tight highlight) to 1 (matte, a broad dim highlight)
     * @return a copy with that roughness
     */
    public Material withRoughness(double newRoughness) {
        return new Material(baseColor, texture, newRoughness, specular, doubleSided, castsShadows, shadowCatcherOpacity);
    }

    /**
     * @param newSpecular strength of the highlight, 0 (none) to 1
     * @return a copy with that specular strength
     */
    public Material withSpecular(double newSpecular) {
        return new Material(baseColor, texture, roughness, newSpecular, doubleSided, castsShadows, shadowCatcherOpacity);
    }

    /**
     * @param newDoubleSided {@code true} to draw both faces of each triangle (garments, whose inside shows),
     *                       {@code false} to cull faces that point away from the camera (closed bodies)
     * @return a copy drawn that way
     */
    public Material withDoubleSided(boolean newDoubleSided) {
        return new Material(baseColor, texture, roughness, specular, newDoubleSided, castsShadows, shadowCatcherOpacity);
    }

    /**
     * @param newCastsShadows whether the surface blocks light of shadow-casting lights (fully, even when it is
     *                        translucent: turn this off for sheer fabrics)
     * @return a copy with that setting
     */
    public Material withCastsShadows(boolean newCastsShadows) {
        return new Material(baseColor, texture, roughness, specular, doubleSided, newCastsShadows, shadowCatcherOpacity);
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

    /** @return whether this is a {@link #shadowCatcher shadow catcher} */
    public boolean isShadowCatcher() {
        return !Double.isNaN(shadowCatcherOpacity);
    }

    /** @return the opacity of a full shadow on a {@link #shadowCatcher shadow catcher}, 0 for other materials */
    public double shadowCatcherOpacity() {
        return isShadowCatcher() ? shadowCatcherOpacity : 0;
    }

    /**
     * Translucent surfaces are blended over the opaque ones in the order they were added to the scene; they do
     * not write depth, normals or part ids.
     *
     * @return whether the base colour's alpha is below 255 or the texture has translucent pixels (never for a
     *         shadow catcher)
     */
    public boolean isTranslucent() {
        return !isShadowCatcher() && (baseColor >>> 24) != 0xFF || texture != null && texture.isTranslucent();
    }
}
