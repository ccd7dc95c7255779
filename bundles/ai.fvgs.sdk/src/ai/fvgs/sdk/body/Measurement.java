package ai.fvgs.sdk.body;

/**
 * A named body measurement, in centimetres. Girths are circumferences measured horizontally around the
 * body; lengths are straight distances. The names follow ISO 8559-1 in plain words.
 */
public enum Measurement {
    /** Stature, floor to top of head. */
    HEIGHT("height", 120, 220),
    /** Girth over the fullest part of the bust. */
    BUST("bust", 60, 180),
    /** Girth just below the bust. */
    UNDERBUST("underbust", 55, 170),
    /** Girth at the natural waist. */
    WAIST("waist", 45, 180),
    /** Girth about 10 cm below the waist. */
    HIGH_HIP("highHip", 60, 190),
    /** Girth over the fullest part of the seat. */
    HIP("hip", 70, 200),
    /** Crotch to floor. */
    INSEAM("inseam", 50, 110),
    /** Shoulder point to shoulder point across the back. */
    SHOULDER_WIDTH("shoulderWidth", 28, 60),
    /** Shoulder point over the elbow to the wrist. */
    ARM_LENGTH("armLength", 40, 85),
    /** Girth at the base of the neck. */
    NECK("neck", 25, 60),
    /** Girth of the upper leg just below the crotch. */
    THIGH("thigh", 35, 110),
    /** Girth at the fullest part of the calf. */
    CALF("calf", 25, 65);

    private final String key;
    private final double min;
    private final double max;

    Measurement(String key, double min, double max) {
        this.key = key;
        this.min = min;
        this.max = max;
    }

    /** @return the camelCase name used in JSON files, e.g. {@code highHip} */
    public String key() {
        return key;
    }

    /** @return the smallest accepted value in cm */
    public double min() {
        return min;
    }

    /** @return the largest accepted value in cm */
    public double max() {
        return max;
    }

    /**
     * @param key a JSON name such as {@code highHip}
     * @return the measurement
     * @throws IllegalArgumentException naming the allowed keys
     */
    public static Measurement ofKey(String key) {
        for (Measurement m : values()) {
            if (m.key.equals(key)) {
                return m;
            }
        }
        StringBuilder allowed = new StringBuilder();
        for (Measurement m : values()) {
            allowed.append(allowed.isEmpty() ? "" : ", ").append(m.key);
        }
        throw new IllegalArgumentException("unknown measurement '" + key + "'; allowed: " + allowed);
    }
}
