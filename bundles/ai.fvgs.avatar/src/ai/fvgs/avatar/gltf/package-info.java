/**
 * glTF 2.0 binary (.glb) export of avatars: skinned mesh, skeleton and materials.
 */
package ai.fvgs.avatar.gltf;
