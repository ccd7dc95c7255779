package ai.fvgs.dataset;

import java.util.Locale;

/** How an export provides the media files, named {@code <sha256>.<extension>}. */
public enum ExportMedia {
    /** Copies each file from the media store. */
    COPY,
    /** Hard-links each file to the media store where the file system allows it, else copies it. */
    LINK,
    /** Writes no media files, only the names the annotations refer to. */
    NONE;

    /** @return the lower-case name used on the command line */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * @param label {@code copy}, {@code link} or {@code none}
     * @return the mode
     * @throws IllegalArgumentException naming the value and the allowed ones
     */
    public static ExportMedia parse(String label) {
        for (ExportMedia v : values()) {
            if (v.label().equals(label)) {
                return v;
            }
        }
        throw new IllegalArgumentException("media mode '" + label + "' is not allowed; allowed: copy, link, none");
    }
}
