package ai.fvgs.extensions;

/**
 * Thrown by {@link ExtensionRegistry#call} when an extension is missing or failed while it was called. The
 * message names the extension, its vendor and bundle, and the reason.
 */
public class ExtensionFailedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what failed and why
     * @param cause   the exception the extension threw, or {@code null}
     */
    public ExtensionFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
