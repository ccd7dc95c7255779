package ai.fvgs.avatar;

/** Hair styles the builder can model. */
public enum HairStyle {
    /** Close-cropped hair following the skull. */
    SHORT_CROP("short-crop"),
    /** Chin-length bob. */
    BOB("bob"),
    /** Straight hair to below the shoulder blades. */
    LONG_STRAIGHT("long-straight"),
    /** Long hair in soft waves. */
    LONG_WAVY("long-wavy"),
    /** Shoulder-length curls. */
    CURLY("curly"),
    /** A full rounded coily / afro volume. */
    COILY_AFRO("coily-afro"),
    /** Hair drawn back into a bun at the crown. */
    BUN("bun"),
    /** Hair drawn back into a ponytail. */
    PONYTAIL("ponytail");

    private final String id;

    HairStyle(String id) {
        this.id = id;
    }

    /** @return the name used in profile files */
    public String id() {
        return id;
    }

    /**
     * @param id a name from a profile file
     * @return the style
     * @throws IllegalArgumentException naming the allowed values
     */
    public static HairStyle ofId(String id) {
        for (HairStyle s : values()) {
            if (s.id.equals(id)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown hair style '" + id + "'; allowed: short-crop, bob, long-straight, long-wavy, "
                + "curly, coily-afro, bun, ponytail");
    }
}
