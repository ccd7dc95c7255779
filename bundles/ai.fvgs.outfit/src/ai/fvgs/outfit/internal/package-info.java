/**
 * Implementation of garment fitting: radial fields of the surfaces under a garment, the pieces built on
 * them, glTF import, skin binding and pattern tiles. Not API.
 */
package ai.fvgs.outfit.internal;
