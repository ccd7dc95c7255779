package ai.fvgs.sdk.inference;

/**
 * Thrown when an inference call cannot be carried out; the message tells the user which input or option
 * was wrong and what is allowed, or why the model failed.
 */
public class InferenceException extends Exception {

    private static final long serialVersionUID = 1L;

    /** @param message what went wrong, for users */
    public InferenceException(String message) {
        super(message);
    }

    /**
     * @param message what went wrong, for users
     * @param cause   the underlying error
     */
    public InferenceException(String message, Throwable cause) {
        super(message, cause);
    }
}
