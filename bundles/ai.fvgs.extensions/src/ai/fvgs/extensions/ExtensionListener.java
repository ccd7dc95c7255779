package ai.fvgs.extensions;

/**
 * Receives {@link ExtensionEvent}s. Called on the thread that made the change (an OSGi framework thread):
 * return quickly, and move to the display thread before touching widgets.
 */
@FunctionalInterface
public interface ExtensionListener {

    /** @param event what changed */
    void extensionsChanged(ExtensionEvent event);
}
