package ai.fvgs.dataset;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The part of a {@link Snapshot} an entry falls into. Stored and written as {@link #label()}, e.g. {@code train}. */
public enum Split {
    /** Training data. */
    TRAIN,
    /** Validation data, for choosing models and settings. */
    VAL,
    /** Test data, for the final figures. */
    TEST;

    /** @return the lower-case name used in the database, in file names and on the command line */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * @param label a label as returned by {@link #label()}
     * @return the constant
     * @throws IllegalArgumentException naming the value and the allowed ones
     */
    public static Split parse(String label) {
        for (Split v : values()) {
            if (v.label().equals(label)) {
                return v;
            }
        }
        throw new IllegalArgumentException("split '" + label + "' is not allowed; allowed: "
                + Arrays.stream(values()).map(Split::label).collect(Collectors.joining(", ")));
    }
}
