/**
 * Dressing the avatar: {@link ai.fvgs.outfit.Outfit#dress} fits garment styles (their 3D form or glTF asset)
 * to an avatar in layers, and {@link ai.fvgs.outfit.OutfitAnimator} poses them frame by frame, skinning
 * fitted parts and simulating loose parts as cloth. See docs/garments.md.
 */
package ai.fvgs.outfit;
