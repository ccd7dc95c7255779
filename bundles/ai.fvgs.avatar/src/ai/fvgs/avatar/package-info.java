/**
 * The Fashion Model Builder: a parametric, skinned virtual fashion model built from body measurements,
 * with size-class and body-shape presets, Monk skin tones, hair styles and a face.
 * <p>
 * Start from {@link ai.fvgs.avatar.AvatarProfile} (load one with {@link ai.fvgs.avatar.AvatarProfiles} or
 * make one from {@link ai.fvgs.avatar.SizeChart}), build it with {@link ai.fvgs.avatar.AvatarBuilder}, check
 * it with {@link ai.fvgs.avatar.TapeMeasure}, export it with {@link ai.fvgs.avatar.gltf.GlbWriter}.
 * Coordinates are metres, Y up, the model faces +Z, +X is the model's left (glTF conventions).
 */
package ai.fvgs.avatar;
