package ai.fvgs.avatar;

/** The base body form; measurements then set the size. */
public enum BodyTemplate {
    /** Bust prominence, narrower shoulders relative to hips, softer jaw. */
    FEMININE("feminine"),
    /** Flat chest, broader shoulders, narrower hips, stronger jaw. */
    MASCULINE("masculine"),
    /** Between the two. */
    NEUTRAL("neutral");

    private final String id;

    BodyTemplate(String id) {
        this.id = id;
    }

    /** @return the name used in profile files */
    public String id() {
        return id;
    }

    /**
     * @param id a name from a profile file
     * @return the template
     * @throws IllegalArgumentException naming the allowed values
     */
    public static BodyTemplate ofId(String id) {
        for (BodyTemplate t : values()) {
            if (t.id.equals(id)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown body template '" + id + "'; allowed: feminine, masculine, neutral");
    }
}
