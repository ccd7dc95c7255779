package ai.fvgs.dataset;

/**
 * What an annotation says: an attribute, tag or object class, as a text key. Until taxonomies exist the
 * key is free text and {@code taxonomy} is {@code null}; once an annotation refers to a taxonomy, the
 * taxonomy's name and version make the key unambiguous.
 *
 * @param taxonomy        the taxonomy the key belongs to, e.g. {@code fashion}, or {@code null} for a free label;
 *                        at most 100 characters
 * @param taxonomyVersion the taxonomy's version, e.g. {@code 2026.1}, or {@code null}; only with a taxonomy; at
 *                        most 50 characters
 * @param name            the key, e.g. {@code dress}, {@code colour} or {@code sleeve-length}; 1 to 200
 *                        characters, not blank
 */
public record Label(String taxonomy, String taxonomyVersion, String name) {

    /** Checks the fields. */
    public Label {
        if (name == null || name.isBlank() || name.length() > 200) {
            throw new IllegalArgumentException("label '" + name + "' is not allowed; it must have 1 to 200 characters and not be blank");
        }
        if (taxonomy != null && (taxonomy.isBlank() || taxonomy.length() > 100)) {
            throw new IllegalArgumentException("taxonomy '" + taxonomy + "' of label '" + name
                    + "' is not allowed; it must have 1 to 100 characters, or be null for a free label");
        }
        if (taxonomyVersion != null && (taxonomy == null || taxonomyVersion.isBlank() || taxonomyVersion.length() > 50)) {
            throw new IllegalArgumentException("taxonomy version '" + taxonomyVersion + "' of label '" + name
                    + "' is not allowed; it needs a taxonomy and must have 1 to 50 characters");
        }
    }

    /**
     * @param name the key
     * @return a free label, outside any taxonomy
     */
    public static Label of(String name) {
        return new Label(null, null, name);
    }
}
