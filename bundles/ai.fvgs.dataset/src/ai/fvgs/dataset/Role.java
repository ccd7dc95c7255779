package ai.fvgs.dataset;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What a user may do in the labelling workflow. Stored and written on the command line as {@link #label()}, e.g. {@code labeller}. */
public enum Role {
    /** Labels the entries assigned to them and submits them. */
    LABELLER,

    /** Accepts or rejects submitted entries. */
    REVIEWER,

    /** Manages users, imports, taxonomies and snapshots. */
    ADMIN;

    /** @return the lower-case name used in the database, on the command line and in JSON */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * @param label a label as returned by {@link #label()}
     * @return the constant
     * @throws IllegalArgumentException naming the value and the allowed ones
     */
    public static Role parse(String label) {
        for (Role v : values()) {
            if (v.label().equals(label)) {
                return v;
            }
        }
        throw new IllegalArgumentException("role '" + label + "' is not allowed; allowed: "
                + Arrays.stream(values()).map(Role::label).collect(Collectors.joining(", ")));
    }
}
