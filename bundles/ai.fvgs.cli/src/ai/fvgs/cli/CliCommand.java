package ai.fvgs.cli;

import java.util.List;

/**
 * One top-level command of {@code fvgs}, such as {@code extensions} or {@code render}; an OSGi service.
 * <p>
 * Exit codes: 0 success, 1 the work failed (explain on {@link CommandContext#err()}), 2 bad command line
 * (throw {@link UsageException}; the launcher prints the message and this command's usage on stderr).
 */
public interface CliCommand {

    /** @return the word that selects the command, lower case, e.g. {@code extensions} */
    String name();

    /** @return one line for the command list of {@code fvgs --help} */
    String summary();

    /** @return the full usage text shown by {@code fvgs <command> --help}, starting with a usage line */
    String usage();

    /**
     * Runs the command.
     *
     * @param args    the arguments after the command name
     * @param context output streams and the working directory
     * @return the exit code, 0 for success
     * @throws UsageException if the arguments are not valid
     * @throws Exception      if the work fails; the launcher prints its message and exits with 1
     */
    int run(List<String> args, CommandContext context) throws Exception;
}
