package ai.fvgs.dataset;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The kind of a text of an entry. Stored and written on the command line as {@link #label()}, e.g. {@code caption}. */
public enum TextKind {
    /** A caption describing the image or video, as used for text-to-image and text-to-video training. */
    CAPTION,

    /** A product description. */
    DESCRIPTION,

    /** Tags, comma-separated. */
    TAGS;

    /** @return the lower-case name used in the database, on the command line and in JSON */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * @param label a label as returned by {@link #label()}
     * @return the constant
     * @throws IllegalArgumentException naming the value and the allowed ones
     */
    public static TextKind parse(String label) {
        for (TextKind v : values()) {
            if (v.label().equals(label)) {
                return v;
            }
        }
        throw new IllegalArgumentException("text kind '" + label + "' is not allowed; allowed: "
                + Arrays.stream(values()).map(TextKind::label).collect(Collectors.joining(", ")));
    }
}
