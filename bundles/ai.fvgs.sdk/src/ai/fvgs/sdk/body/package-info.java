/**
 * Body measurements shared by the avatar builder and garment extensions. All lengths are centimetres.
 */
package ai.fvgs.sdk.body;
