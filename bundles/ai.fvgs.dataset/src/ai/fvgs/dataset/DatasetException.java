package ai.fvgs.dataset;

/**
 * A dataset operation failed: the database cannot be reached or opened, its schema is newer than this
 * version understands, a value is not allowed, or a referenced row does not exist. The message says what
 * went wrong, naming the URL, entry, user or value concerned, and what to do about it.
 */
public class DatasetException extends Exception {

    private static final long serialVersionUID = 1L;

    /** @param message what went wrong and what to do about it */
    public DatasetException(String message) {
        super(message);
    }

    /**
     * @param message what went wrong and what to do about it
     * @param cause   the underlying failure, e.g. an {@link java.sql.SQLException}
     */
    public DatasetException(String message, Throwable cause) {
        super(message, cause);
    }
}
