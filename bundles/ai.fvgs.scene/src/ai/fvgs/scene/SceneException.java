package ai.fvgs.scene;

import java.util.List;

/** A scene file is not valid; {@link #problems()} lists each problem as "JSON path: value and what is allowed". */
public class SceneException extends Exception {

    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    /**
     * @param file     the scene file, for the message
     * @param problems one line per problem
     */
    public SceneException(String file, List<String> problems) {
        super(file + ": " + problems.size() + (problems.size() == 1 ? " problem" : " problems") + "\n  " + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    /** @return the problems, each starting with its JSON path */
    public List<String> problems() {
        return problems;
    }
}
