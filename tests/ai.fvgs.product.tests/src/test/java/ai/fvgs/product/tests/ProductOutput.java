package ai.fvgs.product.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Watches what a running product writes: its workspace log ({@code <data dir>/workspace/.metadata/.log}) and its
 * standard output and error. Each call of {@link #newProblems()} reads only what was written since the last one.
 */
final class ProductOutput {

    /** An error entry of the Eclipse log: "!ENTRY bundle 4 ..." (4 is IStatus.ERROR). */
    private static final Pattern LOG_ERROR = Pattern.compile("(?m)^!ENTRY \\S+ 4 ");
    /** A Java stack trace or an exception's first line. */
    private static final Pattern STACK_TRACE = Pattern.compile(
            "(?m)^(\\s+at [\\w$.<>/]+\\(.*\\)\\s*$|Caused by: |Exception in thread |[\\w$.]+(Exception|Error)(: |\\s*$))");

    /** At most this much of a file's new text goes into a problem. */
    private static final int MAX_SHOWN = 4000;

    private final Map<Path, Long> read = new LinkedHashMap<>();

    /**
     * @param workspaceLog the workspace log
     * @param streams      files with the product's standard output and error
     */
    ProductOutput(Path workspaceLog, Path... streams) {
        read.put(workspaceLog, 0L);
        for (Path s : streams) {
            read.put(s, 0L);
        }
    }

    /** @return what went wrong since the last call: log entries with errors or exceptions, stack traces; empty if none */
    List<String> newProblems() throws IOException {
        List<String> problems = new ArrayList<>();
        boolean first = true;
        for (Map.Entry<Path, Long> e : read.entrySet()) {
            byte[] all = Files.exists(e.getKey()) ? Files.readAllBytes(e.getKey()) : new byte[0];
            int from = (int) Math.min(e.getValue(), all.length);
            String text = new String(all, from, all.length - from, StandardCharsets.UTF_8);
            e.setValue((long) all.length);
            boolean bad = first ? LOG_ERROR.matcher(text).find() || text.contains("!STACK") || STACK_TRACE.matcher(text).find()
                    : STACK_TRACE.matcher(text).find();
            if (bad) {
                String shown = text.strip();
                if (shown.length() > MAX_SHOWN) {
                    shown = shown.substring(0, MAX_SHOWN) + "\n... (" + (shown.length() - MAX_SHOWN) + " more characters in " + e.getKey() + ")";
                }
                problems.add(e.getKey().getFileName() + " has:\n" + shown);
            }
            first = false;
        }
        return problems;
    }
}
