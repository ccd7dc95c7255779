package ai.fvgs.avatar;

/**
 * Body shapes as stylists name them, expressed as changes to a size class's bust, waist, high hip, hip and
 * shoulder width in centimetres (see {@link SizeChart}).
 */
public enum BodyShape {
    /** Bust and hip about equal, waist clearly smaller. */
    HOURGLASS("hourglass", 0, -4, -1, 0, 0),
    /** Hip clearly larger than bust. */
    PEAR("pear", -4, 0, 3, 6, -2),
    /** Bust, waist and hip close together. */
    RECTANGLE("rectangle", 0, 6, 3, -2, 0),
    /** Fuller middle: waist close to or above bust. */
    APPLE("apple", 2, 14, 8, 0, 0),
    /** Bust and shoulders clearly broader than hip. */
    INVERTED_TRIANGLE("inverted-triangle", 5, 2, -2, -5, 3);

    private final String id;
    private final double bust;
    private final double waist;
    private final double highHip;
    private final double hip;
    private final double shoulder;

    BodyShape(String id, double bust, double waist, double highHip, double hip, double shoulder) {
        this.id = id;
        this.bust = bust;
        this.waist = waist;
        this.highHip = highHip;
        this.hip = hip;
        this.shoulder = shoulder;
    }

    /** @return the name used in profile files */
    public String id() {
        return id;
    }

    double bustDelta() {
        return bust;
    }

    double waistDelta() {
        return waist;
    }

    double highHipDelta() {
        return highHip;
    }

    double hipDelta() {
        return hip;
    }

    double shoulderDelta() {
        return shoulder;
    }

    /**
     * @param id a name from a profile file
     * @return the shape
     * @throws IllegalArgumentException naming the allowed values
     */
    public static BodyShape ofId(String id) {
        for (BodyShape s : values()) {
            if (s.id.equals(id)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown body shape '" + id + "'; allowed: hourglass, pear, rectangle, apple, inverted-triangle");
    }
}
