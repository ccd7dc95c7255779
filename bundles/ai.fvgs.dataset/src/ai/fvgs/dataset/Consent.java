package ai.fvgs.dataset;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Whether the people shown agreed to the use of the media. Stored and written on the command line as {@link #label()}, e.g. {@code unknown}. */
public enum Consent {
    /** Not recorded. */
    UNKNOWN,

    /** No identifiable person is shown, or the licence covers the use. */
    NOT_REQUIRED,

    /** Consent (a model release) was obtained. */
    OBTAINED,

    /** Consent was refused or withdrawn; the entry must not be exported for training. */
    WITHHELD;

    /** @return the lower-case name used in the database, on the command line and in JSON */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * @param label a label as returned by {@link #label()}
     * @return the constant
     * @throws IllegalArgumentException naming the value and the allowed ones
     */
    public static Consent parse(String label) {
        for (Consent v : values()) {
            if (v.label().equals(label)) {
                return v;
            }
        }
        throw new IllegalArgumentException("consent '" + label + "' is not allowed; allowed: "
                + Arrays.stream(values()).map(Consent::label).collect(Collectors.joining(", ")));
    }
}
