/**
 * Live registries of the installed extensions, one per {@link ai.fvgs.sdk.ExtensionKind}, and a catalog over
 * all of them.
 * <p>
 * Registries follow the whiteboard pattern: vendors register services, the registries track them as they
 * come and go (hot plug), describe each as an {@link ai.fvgs.extensions.ExtensionRecord}, isolate faulty
 * ones and publish {@link ai.fvgs.extensions.ExtensionEvent}s. Get them as OSGi services.
 */
package ai.fvgs.extensions;
