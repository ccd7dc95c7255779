package ai.fvgs.avatar;

import ai.fvgs.sdk.body.BodyMeasurements;
import ai.fvgs.sdk.body.Measurement;

/**
 * Heights (metres above the floor) of the body's landmarks, where the builder places its measured
 * cross-sections and where {@link TapeMeasure} measures them, from stature, inseam and anthropometric
 * proportions of stature (the classic segment-length fractions: shoulder 0.818 H, chin 0.87 H, knee
 * 0.285 H, ankle 0.039 H, ...), adjusted so they stay in order for any accepted measurements.
 */
@SuppressWarnings("javadoc")
public record Landmarks(double height, double crotch, double hip, double highHip, double waist, double underbust, double bust,
        double armpit, double shoulder, double neckBase, double neck, double chin, double thigh, double knee, double calf,
        double ankle) {

    /**
     * @param template the body template
     * @param m        the measurements
     * @return the landmark heights
     * @throws IllegalArgumentException when inseam and height do not make a plausible body, naming the limits
     */
    public static Landmarks of(BodyTemplate template, BodyMeasurements m) {
        double h = m.get(Measurement.HEIGHT) / 100;
        double inseam = m.get(Measurement.INSEAM) / 100;
        if (inseam < 0.38 * h || inseam > 0.52 * h) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                    "inseam %.1f cm does not fit height %.1f cm; allowed: %.1f to %.1f cm (38 %% to 52 %% of height)",
                    inseam * 100, h * 100, 38 * h, 52 * h));
        }
        double waist = 0.625 * h;
        double hip = Math.min(inseam + 0.085 * h, waist - 0.06 * h);
        double highHip = (waist + hip) / 2;
        double bustFraction = template == BodyTemplate.MASCULINE ? 0.725 : 0.72;
        return new Landmarks(h, inseam, hip, highHip, waist, 0.69 * h, bustFraction * h, 0.745 * h, 0.818 * h, 0.835 * h,
                0.848 * h, 0.868 * h, inseam - 0.02 * h, 0.285 * h, 0.205 * h, 0.045 * h);
    }
}
