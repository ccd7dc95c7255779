package ai.fvgs.production;

import ai.fvgs.avatar.MaterialSlot;
import ai.fvgs.outfit.Appearance;
import ai.fvgs.outfit.DressedGarment;
import ai.fvgs.render.Material;
import ai.fvgs.render.Texture;

/**
 * How the model's body and garments are shaded: the one place that turns material slots and fabric appearances
 * into render materials, for the production's frames and the Studio's preview alike.
 */
public final class Surfaces {

    private Surfaces() {
    }

    /**
     * @param slot a body material slot
     * @param rgb  its colour, {@code 0xRRGGBB}
     * @return the slot's material: skin, hair, eyes, lips and brows each with their roughness and specular;
     *         eyes and brows cast no shadows
     */
    public static Material body(MaterialSlot slot, int rgb) {
        Material m = Material.of(0xFF000000 | rgb);
        return switch (slot) {
            case SKIN -> m.withRoughness(0.55).withSpecular(0.18);
            case HAIR -> m.withRoughness(0.4).withSpecular(0.3);
            case IRIS, EYE_WHITE -> m.withRoughness(0.15).withSpecular(0.5).withCastsShadows(false);
            case LIP -> m.withRoughness(0.35).withSpecular(0.3);
            case BROW -> m.withRoughness(0.8).withSpecular(0.05).withCastsShadows(false);
        };
    }

    /**
     * @param rgb         fabric colour, {@code 0xRRGGBB}
     * @param roughness   the fabric's roughness
     * @param sheen       the fabric's sheen, 0 to 1
     * @param doubleSided whether the inside is drawn
     * @return the material of a plain (unpatterned) fabric
     */
    public static Material fabric(int rgb, double roughness, double sheen, boolean doubleSided) {
        return Material.of(0xFF000000 | (rgb & 0xFFFFFF)).withRoughness(roughness).withSpecular(0.04 + 0.46 * sheen).withDoubleSided(doubleSided);
    }

    /**
     * @param a a dressed garment's appearance
     * @return its material: the plain fabric, or white with the pattern tile as texture
     */
    public static Material garment(Appearance a) {
        Material m = fabric(a.patternTile() != null ? 0xFFFFFF : a.rgb(), a.roughness(), a.sheen(), a.doubleSided());
        return a.patternTile() != null ? m.withTexture(Texture.of(a.patternTile())) : m;
    }

    /**
     * @param d a dressed garment
     * @return its texture coordinates scaled to repeat the pattern tile, or {@code null} without a pattern
     */
    public static float[] garmentUvs(DressedGarment d) {
        Appearance a = d.appearance();
        if (a.patternTile() == null) {
            return null;
        }
        float[] uvs = d.uvs().clone();
        for (int i = 0; i < uvs.length; i++) {
            uvs[i] = (float) (uvs[i] / a.patternScale());
        }
        return uvs;
    }
}
