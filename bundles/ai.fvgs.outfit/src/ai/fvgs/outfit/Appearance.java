package ai.fvgs.outfit;

import ai.fvgs.sdk.RgbaImage;

/**
 * How a garment's surface looks to the renderer.
 *
 * @param rgb          base colour {@code 0xRRGGBB}
 * @param roughness    0 (glossy) to 1 (matte), from the material
 * @param sheen        0 to 1, from the material
 * @param doubleSided  whether the inside is visible (open garments: true for all garments)
 * @param patternTile  the repeating pattern tile, non-premultiplied ARGB, or {@code null} for a plain fabric
 * @param patternScale metres of fabric one tile covers in u and v (garment uvs are in metres)
 */
public record Appearance(int rgb, double roughness, double sheen, boolean doubleSided, RgbaImage patternTile, double patternScale) {
}
