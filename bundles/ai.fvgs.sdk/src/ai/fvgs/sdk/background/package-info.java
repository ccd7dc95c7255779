/**
 * Background extensions: what the scene shows behind the fashion model.
 */
package ai.fvgs.sdk.background;
