package ai.fvgs.dataset;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The kind of a media item of an entry. Stored and written on the command line as {@link #label()}, e.g. {@code image}. */
public enum MediaKind {
    /** A still image (JPEG, PNG, WebP). */
    IMAGE,

    /** A video (MP4, MOV, WebM, MKV). */
    VIDEO,

    /** A text file kept as media, e.g. an imported side-car. */
    TEXT;

    /** @return the lower-case name used in the database, on the command line and in JSON */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * @param label a label as returned by {@link #label()}
     * @return the constant
     * @throws IllegalArgumentException naming the value and the allowed ones
     */
    public static MediaKind parse(String label) {
        for (MediaKind v : values()) {
            if (v.label().equals(label)) {
                return v;
            }
        }
        throw new IllegalArgumentException("media kind '" + label + "' is not allowed; allowed: "
                + Arrays.stream(values()).map(MediaKind::label).collect(Collectors.joining(", ")));
    }
}
