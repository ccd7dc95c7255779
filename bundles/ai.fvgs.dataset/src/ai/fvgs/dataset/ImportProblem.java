package ai.fvgs.dataset;

import java.util.Locale;
import java.util.Objects;

/**
 * Something an import found about one file or manifest line: an error (the file was not imported), an
 * exact duplicate (not imported again) or a near duplicate (imported, for a person to look at).
 *
 * @param file         the file, or {@code MANIFEST:LINE} for a manifest line
 * @param kind         what was found
 * @param reason       why, in words, e.g. {@code truncated or corrupt image: ...}
 * @param otherEntryId for duplicates, the entry that already holds the same or a similar file; else {@code null}
 */
public record ImportProblem(String file, Kind kind, String reason, Long otherEntryId) {

    /** The kinds of problems. */
    public enum Kind {
        /** The file could not be imported: unsupported, corrupt, truncated, too large, malformed. */
        ERROR,
        /** The file's bytes (SHA-256) are already in the dataset; it was not imported again. */
        DUPLICATE,
        /** The picture looks like one already in the dataset (perceptual hash); it was imported. */
        NEAR_DUPLICATE;

        /** @return the lower-case name stored in the database: {@code error}, {@code duplicate}, {@code near_duplicate} */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }

        /**
         * @param label a stored label
         * @return the kind
         * @throws IllegalArgumentException naming the value if it is not a kind
         */
        public static Kind parse(String label) {
            for (Kind k : values()) {
                if (k.label().equals(label)) {
                    return k;
                }
            }
            throw new IllegalArgumentException("import problem kind '" + label + "' is not known; allowed: error, duplicate, near_duplicate");
        }
    }

    /** Checks the fields. */
    public ImportProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reason, "reason");
    }

    @Override
    public String toString() {
        return file + ": " + reason;
    }
}
