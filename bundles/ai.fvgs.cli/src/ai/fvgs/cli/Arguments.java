package ai.fvgs.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A small parser for {@code --flag}, {@code --option VALUE} / {@code --option=VALUE} and positional
 * arguments, strict about unknown options.
 */
public final class Arguments {

    private final Map<String, String> options;
    private final List<String> positional;

    private Arguments(Map<String, String> options, List<String> positional) {
        this.options = options;
        this.positional = positional;
    }

    /**
     * @param args        the arguments
     * @param flags       options without a value, e.g. {@code --json}
     * @param valueOptions options that take a value, e.g. {@code --kind}
     * @return the parsed arguments
     * @throws UsageException naming an unknown option or an option missing its value
     */
    public static Arguments parse(List<String> args, Set<String> flags, Set<String> valueOptions) throws UsageException {
        Map<String, String> options = new LinkedHashMap<>();
        List<String> positional = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.startsWith("-") && a.length() > 1) {
                String name = a;
                String value = null;
                int eq = a.indexOf('=');
                if (eq > 0) {
                    name = a.substring(0, eq);
                    value = a.substring(eq + 1);
                }
                if (flags.contains(name) && value == null) {
                    options.put(name, "true");
                } else if (valueOptions.contains(name)) {
                    if (value == null) {
                        if (i + 1 >= args.size()) {
                            throw new UsageException("option " + name + " needs a value");
                        }
                        value = args.get(++i);
                    }
                    options.put(name, value);
                } else {
                    List<String> known = new ArrayList<>(flags);
                    known.addAll(valueOptions);
                    known.sort(null);
                    throw new UsageException("unknown option '" + a + "'" + (known.isEmpty() ? "; this command takes no options"
                            : "; allowed: " + String.join(", ", known)));
                }
            } else {
                positional.add(a);
            }
        }
        return new Arguments(options, positional);
    }

    /** @param flag e.g. {@code --json} @return whether it was given */
    public boolean has(String flag) {
        return options.containsKey(flag);
    }

    /** @param option e.g. {@code --kind} @return its value, or {@code null} */
    public String value(String option) {
        return options.get(option);
    }

    /** @return the arguments that are not options, in order */
    public List<String> positional() {
        return positional;
    }
}
