package ai.fvgs.dataset;

import java.util.Locale;

/** How a snapshot's split keeps the mix of entries: per primary category, or over all entries at once. */
public enum Stratification {
    /**
     * Each primary category (the most frequent region, mask or track label of the entry, else its first
     * attribute or tag, else {@code none}) is split on its own, so every split gets its share of every category.
     */
    CATEGORY,
    /** All entries are split together. */
    NONE;

    /** @return the lower-case name used in the database and on the command line */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * @param label {@code category} or {@code none}
     * @return the constant
     * @throws IllegalArgumentException naming the value and the allowed ones
     */
    public static Stratification parse(String label) {
        for (Stratification v : values()) {
            if (v.label().equals(label)) {
                return v;
            }
        }
        throw new IllegalArgumentException("stratification '" + label + "' is not allowed; allowed: category, none");
    }
}
