/**
 * The built-in garment styles, shipped through the SDK exactly as a vendor would ship them.
 */
package ai.fvgs.garments.basic;
