package ai.fvgs.production;

import java.util.List;

/**
 * A scene that cannot be produced as written: it names an extension that is not installed, or an extension
 * rejects its parameters. Each problem reads {@code JSON path: what is wrong and what is allowed}, like the
 * scene reader's. The command line exits with code 2.
 */
public class ProductionException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<String> problems;

    /**
     * @param source   the scene, for the message (a file name or a title)
     * @param problems one line per problem
     */
    public ProductionException(String source, List<String> problems) {
        super(source + ": " + problems.size() + (problems.size() == 1 ? " problem" : " problems") + System.lineSeparator() + "  "
                + String.join(System.lineSeparator() + "  ", problems));
        this.problems = List.copyOf(problems);
    }

    /** @return the problems, one line each */
    public List<String> problems() {
        return problems;
    }
}
