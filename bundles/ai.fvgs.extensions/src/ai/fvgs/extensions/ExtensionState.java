package ai.fvgs.extensions;

/** Whether an extension can be used. */
public enum ExtensionState {
    /** Registered and working. */
    ACTIVE,
    /** Isolated because it, or its bundle, failed; {@link ExtensionRecord#failure()} says why. */
    FAILED;

    /** @return the lower-case name used in JSON output, e.g. {@code active} */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
