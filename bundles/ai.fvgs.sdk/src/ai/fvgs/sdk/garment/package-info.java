/**
 * Garment style extensions: a kind of garment (a wrap skirt, a Breton tee) with its parameters, which the
 * workbench fits to an avatar's measurements.
 */
package ai.fvgs.sdk.garment;
