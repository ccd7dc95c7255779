package ai.fvgs.avatar;

import java.util.EnumMap;
import java.util.Map;

import ai.fvgs.sdk.body.BodyMeasurements;
import ai.fvgs.sdk.body.Measurement;

/**
 * The size chart behind the presets: body measurements in centimetres for each {@link SizeClass} of each
 * {@link BodyTemplate}, adjusted by a {@link BodyShape}.
 * <p>
 * Source and method (also in docs/avatar.md): the letter codes follow the scheme of EN 13402-3, where
 * the primary dimension of a letter size is bust girth (women) or chest girth (men) in steps of 4 to 8 cm;
 * the secondary girths, stature, inseam and limb lengths are this project's own grading, derived from the
 * ratios common in published apparel size tables (waist and hip following bust in parallel steps, high hip
 * 60 % of the way from waist to hip, underbust 86 % of bust). It is a reference chart for generating
 * representative bodies, not a copy of any standard's tables.
 */
public final class SizeChart {

    // bust/chest, waist, hip for XXS..5XL
    private static final double[][] FEMININE = { { 76, 58, 84 }, { 80, 62, 88 }, { 86, 68, 94 }, { 92, 74, 100 },
            { 98, 80, 106 }, { 104, 86, 112 }, { 112, 96, 120 }, { 120, 106, 128 }, { 128, 116, 136 }, { 136, 126, 144 } };
    private static final double[][] MASCULINE = { { 80, 66, 82 }, { 84, 70, 86 }, { 90, 76, 92 }, { 96, 82, 98 },
            { 102, 88, 104 }, { 108, 96, 110 }, { 116, 104, 116 }, { 124, 114, 122 }, { 132, 124, 128 }, { 140, 134, 134 } };

    private SizeChart() {
    }

    /**
     * @param template the body template
     * @param size     the size class
     * @param shape    the body shape
     * @return complete measurements for that preset
     */
    public static BodyMeasurements preset(BodyTemplate template, SizeClass size, BodyShape shape) {
        double[] f = base(FEMININE[size.ordinal()], true);
        double[] m = base(MASCULINE[size.ordinal()], false);
        double[] v = switch (template) {
            case FEMININE -> f;
            case MASCULINE -> m;
            case NEUTRAL -> mix(f, m);
        };
        Map<Measurement, Double> values = new EnumMap<>(Measurement.class);
        double bust = v[0] + shape.bustDelta();
        double waist = v[1] + shape.waistDelta();
        double hip = v[2] + shape.hipDelta();
        values.put(Measurement.BUST, bust);
        values.put(Measurement.WAIST, waist);
        values.put(Measurement.HIP, hip);
        values.put(Measurement.HIGH_HIP, round(waist + 0.6 * (hip - waist) + shape.highHipDelta()));
        values.put(Measurement.UNDERBUST, round(bust * v[3]));
        values.put(Measurement.HEIGHT, v[4]);
        values.put(Measurement.INSEAM, v[5]);
        values.put(Measurement.SHOULDER_WIDTH, round(v[6] + shape.shoulderDelta()));
        values.put(Measurement.ARM_LENGTH, round(v[7]));
        values.put(Measurement.NECK, round(v[8]));
        values.put(Measurement.THIGH, round(v[9] + 0.45 * shape.hipDelta()));
        values.put(Measurement.CALF, round(v[10]));
        return BodyMeasurements.of(values);
    }

    /** bust, waist, hip, underbust ratio, height, inseam, shoulder, arm, neck, thigh, calf */
    private static double[] base(double[] bwh, boolean feminine) {
        double b = bwh[0];
        double h = bwh[2];
        return feminine
                ? new double[] { b, bwh[1], h, 0.86, 168, 78, 36 + 0.12 * (b - 92), 58 + 0.05 * (b - 92), 33 + 0.12 * (b - 92),
                        0.6 * h - 4, 0.25 * h + 11 }
                : new double[] { b, bwh[1], h, 0.92, 178, 82, 42 + 0.15 * (b - 96), 62 + 0.05 * (b - 96), 38 + 0.15 * (b - 96),
                        0.58 * h - 2, 0.25 * h + 13 };
    }

    private static double[] mix(double[] a, double[] b) {
        double[] r = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            r[i] = (a[i] + b[i]) / 2;
        }
        return r;
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
