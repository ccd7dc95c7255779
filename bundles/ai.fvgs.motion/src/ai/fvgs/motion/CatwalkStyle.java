package ai.fvgs.motion;

/**
 * Catwalk style presets: the defaults for {@link CatwalkSettings}.
 */
public enum CatwalkStyle {
    /** The classic runway walk: feet on one line, marked hip sway. */
    CLASSIC("classic", 1.15, 0.66, 7, 12, 0.015),
    /** A fast, long-striding power walk with strong arm swing. */
    POWER("power", 1.4, 0.76, 5, 20, 0.03),
    /** A relaxed, natural walk: feet apart, little sway. */
    RELAXED("relaxed", 0.95, 0.58, 3, 9, 0.07);

    private final String id;
    private final double speed;
    private final double step;
    private final double hipSway;
    private final double armSwing;
    private final double footSpacing;

    CatwalkStyle(String id, double speed, double step, double hipSway, double armSwing, double footSpacing) {
        this.id = id;
        this.speed = speed;
        this.step = step;
        this.hipSway = hipSway;
        this.armSwing = armSwing;
        this.footSpacing = footSpacing;
    }

    /** @return the name used in scene files */
    public String id() {
        return id;
    }

    /** @return the settings of this style on a runway of the given length */
    public CatwalkSettings settings(double runwayLength) {
        return new CatwalkSettings(speed, step, hipSway, armSwing, footSpacing, runwayLength, 2.0);
    }

    /**
     * @param id a style name
     * @return the style
     * @throws IllegalArgumentException naming the allowed values
     */
    public static CatwalkStyle ofId(String id) {
        for (CatwalkStyle s : values()) {
            if (s.id.equals(id)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown catwalk style '" + id + "'; allowed: classic, power, relaxed");
    }
}
