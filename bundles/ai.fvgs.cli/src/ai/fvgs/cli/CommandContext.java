package ai.fvgs.cli;

import java.io.PrintStream;
import java.nio.file.Path;

/**
 * What a command runs with: its output streams and working directory.
 *
 * @param out              for results (tables, JSON), nothing else
 * @param err              for progress and error messages
 * @param workingDirectory against which relative paths resolve
 */
public record CommandContext(PrintStream out, PrintStream err, Path workingDirectory) {
}
