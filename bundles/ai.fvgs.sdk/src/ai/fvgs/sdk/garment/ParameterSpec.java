package ai.fvgs.sdk.garment;

import java.util.List;
import java.util.Objects;

/**
 * Declares one adjustable parameter of a garment style: a number within a range (a length in cm, an ease
 * in cm, a ratio) or one choice out of a list (a neckline). Create with {@link #number} or {@link #choice}.
 */
public final class ParameterSpec {

    /** What kind of value a parameter takes. */
    public enum Type {
        /** A number between {@link ParameterSpec#min()} and {@link ParameterSpec#max()}. */
        NUMBER,
        /** One of {@link ParameterSpec#choices()}. */
        CHOICE
    }

    private final String key;
    private final String label;
    private final Type type;
    private final String unit;
    private final double min;
    private final double max;
    private final double defaultNumber;
    private final List<String> choices;
    private final String defaultChoice;

    private ParameterSpec(String key, String label, Type type, String unit, double min, double max,
            double defaultNumber, List<String> choices, String defaultChoice) {
        this.key = Objects.requireNonNull(key, "key");
        this.label = Objects.requireNonNull(label, "label");
        this.type = type;
        this.unit = unit;
        this.min = min;
        this.max = max;
        this.defaultNumber = defaultNumber;
        this.choices = List.copyOf(choices);
        this.defaultChoice = defaultChoice;
    }

    /**
     * A numeric parameter.
     *
     * @param key          name in files, camelCase, e.g. {@code length}
     * @param label        name shown to users
     * @param unit         unit shown to users, e.g. {@code cm}; empty for none
     * @param min          smallest allowed value
     * @param max          largest allowed value
     * @param defaultValue value when none is given, within [min, max]
     * @return the spec
     * @throws IllegalArgumentException if the range is empty or the default outside it
     */
    public static ParameterSpec number(String key, String label, String unit, double min, double max, double defaultValue) {
        if (!(min <= defaultValue && defaultValue <= max)) {
            throw new IllegalArgumentException("parameter " + key + ": default " + defaultValue + " is outside [" + min + ", " + max + "]");
        }
        return new ParameterSpec(key, label, Type.NUMBER, unit, min, max, defaultValue, List.of(), null);
    }

    /**
     * A parameter that takes one of a fixed list of values.
     *
     * @param key          name in files
     * @param label        name shown to users
     * @param choices      allowed values, at least one
     * @param defaultValue one of {@code choices}
     * @return the spec
     * @throws IllegalArgumentException if the default is not one of the choices
     */
    public static ParameterSpec choice(String key, String label, List<String> choices, String defaultValue) {
        if (!choices.contains(defaultValue)) {
            throw new IllegalArgumentException("parameter " + key + ": default '" + defaultValue + "' is not one of " + choices);
        }
        return new ParameterSpec(key, label, Type.CHOICE, "", 0, 0, 0, choices, defaultValue);
    }

    /** @return the name in files */
    public String key() {
        return key;
    }

    /** @return the name shown to users */
    public String label() {
        return label;
    }

    /** @return number or choice */
    public Type type() {
        return type;
    }

    /** @return the unit of a number, may be empty */
    public String unit() {
        return unit;
    }

    /** @return smallest value of a number */
    public double min() {
        return min;
    }

    /** @return largest value of a number */
    public double max() {
        return max;
    }

    /** @return default of a number */
    public double defaultNumber() {
        return defaultNumber;
    }

    /** @return allowed values of a choice, empty for a number */
    public List<String> choices() {
        return choices;
    }

    /** @return default of a choice, {@code null} for a number */
    public String defaultChoice() {
        return defaultChoice;
    }
}
