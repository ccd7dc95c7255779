package ai.fvgs.outfit;

import ai.fvgs.scene.Scene;
import ai.fvgs.sdk.garment.GarmentStyle;
import ai.fvgs.sdk.garment.ParameterValues;

/**
 * One garment to wear: a style, values for its parameters and the fabric it is made of.
 *
 * @param style  the garment style extension
 * @param values a value for each of the style's parameters
 * @param fabric colour, material and pattern
 */
public record OutfitItem(GarmentStyle style, ParameterValues values, Scene.Fabric fabric) {
}
