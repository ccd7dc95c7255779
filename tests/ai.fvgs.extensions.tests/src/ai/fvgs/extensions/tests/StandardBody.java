package ai.fvgs.extensions.tests;

import java.util.EnumMap;
import java.util.Map;

import ai.fvgs.sdk.body.BodyMeasurements;
import ai.fvgs.sdk.body.Measurement;

/** A medium-size body for tests (cm). */
final class StandardBody {

    private StandardBody() {
    }

    static BodyMeasurements medium() {
        Map<Measurement, Double> m = new EnumMap<>(Measurement.class);
        m.put(Measurement.HEIGHT, 172.0);
        m.put(Measurement.BUST, 92.0);
        m.put(Measurement.UNDERBUST, 78.0);
        m.put(Measurement.WAIST, 74.0);
        m.put(Measurement.HIGH_HIP, 88.0);
        m.put(Measurement.HIP, 100.0);
        m.put(Measurement.INSEAM, 80.0);
        m.put(Measurement.SHOULDER_WIDTH, 39.0);
        m.put(Measurement.ARM_LENGTH, 60.0);
        m.put(Measurement.NECK, 34.0);
        m.put(Measurement.THIGH, 58.0);
        m.put(Measurement.CALF, 36.0);
        return BodyMeasurements.of(m);
    }
}
