package ai.fvgs.extensions;

/**
 * A change in the set of installed extensions.
 *
 * @param type   what happened
 * @param record the extension after the change (for {@link Type#REMOVED}, as it was before)
 */
public record ExtensionEvent(Type type, ExtensionRecord record) {

    /** What happened to an extension. */
    public enum Type {
        /** It appeared (bundle started, or service registered). */
        ADDED,
        /** It went away (bundle stopped, updated or uninstalled). */
        REMOVED,
        /** Its description changed. */
        UPDATED,
        /** It failed and is now isolated. */
        FAILED
    }
}
