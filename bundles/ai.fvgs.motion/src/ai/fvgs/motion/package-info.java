/**
 * Motion for the avatar: poses, forward kinematics and skinning, a procedural catwalk with feet planted by
 * inverse kinematics, and BVH motion-capture import.
 */
package ai.fvgs.motion;
