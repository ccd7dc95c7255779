/**
 * An example vendor bundle: one garment style, one background and one inference backend, written only
 * against the AI-FVGS SDK. docs/extending.md walks through it.
 */
package ai.fvgs.examples.vendor;
