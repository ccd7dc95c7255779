package ai.fvgs.sdk.background;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Declares one parameter of a {@link Background}: a colour, a number within a range, one of a list of
 * choices, a file, or a boolean. Scene files give every value as text (the scene's
 * {@code background.parameters} object); {@link BackgroundValues#parse} checks those texts against the
 * declarations. Immutable; create with {@link #colour}, {@link #number}, {@link #choice}, {@link #file} or
 * {@link #bool}.
 *
 * @since 1.1
 */
public final class BackgroundParameter {

    /** What kind of value a parameter takes, and how its text is written. */
    public enum Type {
        /** An sRGB colour written {@code #rrggbb} (hexadecimal, either case). */
        COLOUR,
        /** A decimal number between {@link BackgroundParameter#min()} and {@link BackgroundParameter#max()}. */
        NUMBER,
        /** One of {@link BackgroundParameter#choices()}, spelled exactly. */
        CHOICE,
        /** A file path, absolute or relative to the scene file's folder. */
        FILE,
        /** {@code true} or {@code false}. */
        BOOLEAN
    }

    private static final Pattern KEY = Pattern.compile("[a-z][A-Za-z0-9]*");
    private static final Pattern COLOUR_TEXT = Pattern.compile("#[0-9a-fA-F]{6}");

    private final String key;
    private final String label;
    private final Type type;
    private final String description;
    private final String defaultValue;
    private final String unit;
    private final double min;
    private final double max;
    private final List<String> choices;
    private final boolean required;

    private BackgroundParameter(String key, String label, Type type, String description, String defaultValue,
            String unit, double min, double max, List<String> choices, boolean required) {
        if (key == null || !KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("parameter key '" + key + "' is invalid: use camelCase letters and digits, e.g. runwayColour");
        }
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("parameter " + key + ": label is required");
        }
        this.key = key;
        this.label = label;
        this.type = type;
        this.description = description == null ? "" : description;
        this.defaultValue = defaultValue;
        this.unit = unit == null ? "" : unit;
        this.min = min;
        this.max = max;
        this.choices = List.copyOf(choices);
        this.required = required;
    }

    /**
     * A colour parameter.
     *
     * @param key          name in scene files, camelCase, e.g. {@code colour}
     * @param label        name shown to users
     * @param defaultValue {@code #rrggbb}
     * @param description  one sentence for users; may be empty
     * @return the declaration
     * @throws IllegalArgumentException if the key is not camelCase or the default is not {@code #rrggbb}
     */
    public static BackgroundParameter colour(String key, String label, String defaultValue, String description) {
        if (defaultValue == null || !COLOUR_TEXT.matcher(defaultValue).matches()) {
            throw new IllegalArgumentException("parameter " + key + ": default '" + defaultValue + "' is not a colour; allowed: #rrggbb");
        }
        return new BackgroundParameter(key, label, Type.COLOUR, description, defaultValue.toLowerCase(Locale.ROOT), "", 0, 0,
                List.of(), false);
    }

    /**
     * A number parameter.
     *
     * @param key          name in scene files
     * @param label        name shown to users
     * @param unit         unit shown to users, e.g. {@code m}; empty for none
     * @param min          smallest allowed value, finite
     * @param max          largest allowed value, finite, at least {@code min}
     * @param defaultValue value when the scene gives none, within [min, max]
     * @param description  one sentence for users; may be empty
     * @return the declaration
     * @throws IllegalArgumentException if the range is empty or not finite, or the default is outside it
     */
    public static BackgroundParameter number(String key, String label, String unit, double min, double max,
            double defaultValue, String description) {
        if (!(Double.isFinite(min) && Double.isFinite(max) && min <= defaultValue && defaultValue <= max)) {
            throw new IllegalArgumentException("parameter " + key + ": default " + format(defaultValue) + " is outside ["
                    + format(min) + ", " + format(max) + "]");
        }
        return new BackgroundParameter(key, label, Type.NUMBER, description, format(defaultValue), unit, min, max, List.of(), false);
    }

    /**
     * A parameter that takes one of a fixed list of texts.
     *
     * @param key          name in scene files
     * @param label        name shown to users
     * @param choices      allowed texts, at least one
     * @param defaultValue one of {@code choices}
     * @param description  one sentence for users; may be empty
     * @return the declaration
     * @throws IllegalArgumentException if the default is not one of the choices
     */
    public static BackgroundParameter choice(String key, String label, List<String> choices, String defaultValue,
            String description) {
        if (choices == null || !choices.contains(defaultValue)) {
            throw new IllegalArgumentException("parameter " + key + ": default '" + defaultValue + "' is not one of " + choices);
        }
        return new BackgroundParameter(key, label, Type.CHOICE, description, defaultValue, "", 0, 0, choices, false);
    }

    /**
     * A file parameter. Relative paths resolve against the scene file's folder.
     *
     * @param key         name in scene files
     * @param label       name shown to users
     * @param extensions  allowed file name endings without the dot, lower case, e.g. {@code png}; empty for any
     * @param required    whether the scene must name a file; an optional file parameter defaults to none
     * @param description one sentence for users; may be empty
     * @return the declaration
     */
    public static BackgroundParameter file(String key, String label, List<String> extensions, boolean required,
            String description) {
        return new BackgroundParameter(key, label, Type.FILE, description, "", "", 0, 0,
                extensions.stream().map(e -> e.toLowerCase(Locale.ROOT)).toList(), required);
    }

    /**
     * A boolean parameter.
     *
     * @param key          name in scene files
     * @param label        name shown to users
     * @param defaultValue value when the scene gives none
     * @param description  one sentence for users; may be empty
     * @return the declaration
     */
    public static BackgroundParameter bool(String key, String label, boolean defaultValue, String description) {
        return new BackgroundParameter(key, label, Type.BOOLEAN, description, Boolean.toString(defaultValue), "", 0, 0,
                List.of(), false);
    }

    /** @return the name in scene files */
    public String key() {
        return key;
    }

    /** @return the name shown to users */
    public String label() {
        return label;
    }

    /** @return the kind of value */
    public Type type() {
        return type;
    }

    /** @return one sentence for users; may be empty */
    public String description() {
        return description;
    }

    /**
     * @return the default as a scene file would write it ({@code #rrggbb}, a number, a choice,
     *         {@code true}/{@code false}); empty for a file parameter, whose default is no file
     */
    public String defaultValue() {
        return defaultValue;
    }

    /** @return the unit of a number, may be empty */
    public String unit() {
        return unit;
    }

    /** @return the smallest value of a number; 0 for other types */
    public double min() {
        return min;
    }

    /** @return the largest value of a number; 0 for other types */
    public double max() {
        return max;
    }

    /**
     * @return the allowed texts of a choice, or the allowed file name endings (without the dot) of a file;
     *         empty otherwise
     */
    public List<String> choices() {
        return choices;
    }

    /** @return whether a scene must give this parameter (only file parameters can be required) */
    public boolean required() {
        return required;
    }

    /**
     * @return what texts this parameter allows, in the words error messages use, e.g. {@code #rrggbb},
     *         {@code 2 to 40 m}, {@code cover, contain, stretch}
     */
    public String allowed() {
        return switch (type) {
            case COLOUR -> "#rrggbb";
            case NUMBER -> format(min) + " to " + format(max) + (unit.isEmpty() ? "" : " " + unit);
            case CHOICE -> String.join(", ", choices);
            case FILE -> choices.isEmpty() ? "a readable file" : "a readable ." + String.join(", .", choices) + " file";
            case BOOLEAN -> "true, false";
        };
    }

    /**
     * @param value a number
     * @return the number as scene files write it: no trailing {@code .0}, {@link Locale#ROOT}
     */
    static String format(double value) {
        if (value == StrictMath.rint(value) && StrictMath.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return Double.toString(value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BackgroundParameter p && key.equals(p.key) && label.equals(p.label) && type == p.type
                && description.equals(p.description) && defaultValue.equals(p.defaultValue) && unit.equals(p.unit)
                && Double.compare(min, p.min) == 0 && Double.compare(max, p.max) == 0 && choices.equals(p.choices)
                && required == p.required;
    }

    @Override
    public int hashCode() {
        return Objects.hash(key, label, type, description, defaultValue, unit, min, max, choices, required);
    }

    @Override
    public String toString() {
        return key + " (" + type.name().toLowerCase(Locale.ROOT) + ": " + allowed() + ")";
    }
}
