/**
 * Scene files: the versioned JSON format that describes a catwalk video (avatar, outfit, background,
 * motion, camera, lights, output), its JSON Schema, and a reader that reports every problem with its JSON
 * path, value and what is allowed. See docs/scene-format.md.
 */
package ai.fvgs.scene;
