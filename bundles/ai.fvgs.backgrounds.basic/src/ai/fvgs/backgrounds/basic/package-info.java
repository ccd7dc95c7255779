/**
 * The built-in backgrounds, shipped through the SDK exactly as a vendor would ship them.
 */
package ai.fvgs.backgrounds.basic;
