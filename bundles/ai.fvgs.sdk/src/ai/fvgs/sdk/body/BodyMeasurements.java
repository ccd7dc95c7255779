package ai.fvgs.sdk.body;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * An immutable, complete set of {@link Measurement}s in centimetres. Every measurement has a value within
 * its range; create one with {@link #of(Map)} or change one value with {@link #with(Measurement, double)}.
 */
public final class BodyMeasurements {

    private final Map<Measurement, Double> values;

    private BodyMeasurements(Map<Measurement, Double> values) {
        this.values = Collections.unmodifiableMap(values);
    }

    /**
     * @param values a value for every {@link Measurement}
     * @return the measurements
     * @throws IllegalArgumentException naming the measurement that is missing or out of range, with the range
     */
    public static BodyMeasurements of(Map<Measurement, Double> values) {
        EnumMap<Measurement, Double> copy = new EnumMap<>(Measurement.class);
        for (Measurement m : Measurement.values()) {
            Double v = values.get(m);
            if (v == null) {
                throw new IllegalArgumentException("measurement " + m.key() + " is missing");
            }
            check(m, v);
            copy.put(m, v);
        }
        return new BodyMeasurements(copy);
    }

    /**
     * @param m the measurement
     * @return its value in cm
     */
    public double get(Measurement m) {
        return values.get(m);
    }

    /**
     * @param m     the measurement to change
     * @param value the new value in cm
     * @return a copy with that one value changed
     * @throws IllegalArgumentException if the value is out of the measurement's range
     */
    public BodyMeasurements with(Measurement m, double value) {
        check(m, value);
        EnumMap<Measurement, Double> copy = new EnumMap<>(values);
        copy.put(m, value);
        return new BodyMeasurements(copy);
    }

    /** @return all values, in {@link Measurement} order */
    public Map<Measurement, Double> asMap() {
        return values;
    }

    private static void check(Measurement m, double v) {
        if (!(v >= m.min() && v <= m.max())) {
            throw new IllegalArgumentException("measurement " + m.key() + " = " + v + " cm is out of range; allowed "
                    + m.min() + " to " + m.max() + " cm");
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BodyMeasurements other && values.equals(other.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
