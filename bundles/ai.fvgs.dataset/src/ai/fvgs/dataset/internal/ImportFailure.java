package ai.fvgs.dataset.internal;

/** Why one file or manifest line cannot be imported; the import reports it and goes on. */
final class ImportFailure extends Exception {

    private static final long serialVersionUID = 1L;

    /** @param reason what is wrong, for the import report */
    ImportFailure(String reason) {
        super(reason);
    }

    /** @param reason what is wrong @param cause the underlying error */
    ImportFailure(String reason, Throwable cause) {
        super(reason, cause);
    }
}
