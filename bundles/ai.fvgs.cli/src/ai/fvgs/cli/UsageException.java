package ai.fvgs.cli;

/**
 * The command line is not valid: an unknown option, a missing or malformed argument. The message names
 * the option or value and what is allowed; the process exits with code 2.
 */
public class UsageException extends Exception {

    private static final long serialVersionUID = 1L;

    /** @param message what is wrong with the command line */
    public UsageException(String message) {
        super(message);
    }
}
