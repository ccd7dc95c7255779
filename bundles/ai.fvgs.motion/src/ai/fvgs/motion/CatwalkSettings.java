package ai.fvgs.motion;

/**
 * Parameters of the procedural catwalk.
 *
 * @param speed        walking speed, m/s (0.5 to 2)
 * @param step         step length, heel to heel of successive footfalls, m (0.3 to 0.9)
 * @param hipSway      hip roll amplitude, degrees (0 to 15)
 * @param armSwing     arm swing amplitude, degrees (0 to 35)
 * @param footSpacing  lateral distance of each foot from the walking line, m (0 = one line, up to 0.12)
 * @param runwayLength distance walked each way, m (2 to 30)
 * @param holdSeconds  how long the pose is held at the end of the runway (0 to 10)
 */
public record CatwalkSettings(double speed, double step, double hipSway, double armSwing, double footSpacing, double runwayLength,
        double holdSeconds) {

    /** @throws IllegalArgumentException naming the parameter, its value and the allowed range */
    public CatwalkSettings {
        check("speed", speed, 0.5, 2);
        check("step", step, 0.3, 0.9);
        check("hipSway", hipSway, 0, 15);
        check("armSwing", armSwing, 0, 35);
        check("footSpacing", footSpacing, 0, 0.12);
        check("runwayLength", runwayLength, 2, 30);
        check("holdSeconds", holdSeconds, 0, 10);
    }

    private static void check(String name, double v, double min, double max) {
        if (!(v >= min && v <= max)) {
            throw new IllegalArgumentException("catwalk " + name + " = " + v + " is not allowed; allowed: " + min + " to " + max);
        }
    }
}
