package ai.fvgs.dataset;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Where a dataset entry is in the labelling workflow. Stored and written on the command line as {@link #label()}, e.g. {@code new}. */
public enum EntryStatus {
    /** Imported, not yet worked on. */
    NEW,

    /** A labeller is working on it. */
    IN_PROGRESS,

    /** Labelled and waiting for review. */
    SUBMITTED,

    /** Reviewed and accepted; goes into snapshots. */
    ACCEPTED,

    /** Reviewed and sent back, with a review comment. */
    REJECTED;

    /** @return the lower-case name used in the database, on the command line and in JSON */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * @param label a label as returned by {@link #label()}
     * @return the constant
     * @throws IllegalArgumentException naming the value and the allowed ones
     */
    public static EntryStatus parse(String label) {
        for (EntryStatus v : values()) {
            if (v.label().equals(label)) {
                return v;
            }
        }
        throw new IllegalArgumentException("status '" + label + "' is not allowed; allowed: "
                + Arrays.stream(values()).map(EntryStatus::label).collect(Collectors.joining(", ")));
    }
}
