package ai.fvgs.sdk.taxonomy;

/**
 * Whether a {@link TaxonomyCategory} is a whole object (a garment or accessory) or a part of one (a sleeve, a
 * collar).
 *
 * @since 1.2
 */
public enum CategoryKind {
    /** A whole garment, accessory or other object. */
    CATEGORY("category"),
    /** A part of an object, such as a sleeve or a pocket. */
    PART("part");

    private final String id;

    CategoryKind(String id) {
        this.id = id;
    }

    /** @return the name used in files: {@code category} or {@code part} */
    public String id() {
        return id;
    }

    /**
     * @param id {@code category} or {@code part}
     * @return the kind
     * @throws IllegalArgumentException naming the value and the allowed ones
     */
    public static CategoryKind ofId(String id) {
        for (CategoryKind k : values()) {
            if (k.id.equals(id)) {
                return k;
            }
        }
        throw new IllegalArgumentException("category kind '" + id + "' is not allowed; allowed: category, part");
    }
}
