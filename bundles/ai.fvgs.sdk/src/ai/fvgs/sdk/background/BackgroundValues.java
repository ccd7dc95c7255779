package ai.fvgs.sdk.background;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The checked values of a background's {@link BackgroundParameter}s: every declared parameter has a value,
 * either the one a scene gave or the default. Immutable. Create with {@link #parse}, which is what an
 * implementation of {@link Background#configure} usually calls first:
 *
 * <pre>{@code
 * public Background configure(Map<String, String> parameters, Path baseDirectory) {
 *     BackgroundValues v = BackgroundValues.parse(parameters(), parameters, baseDirectory);
 *     return new SunsetBackground(v.colour("sky"), v.number("speed"));
 * }
 * }</pre>
 *
 * @since 1.1
 */
public final class BackgroundValues {

    /** Decimal numbers as JSON writes them (no hexadecimal, no {@code NaN}, no type suffix). */
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

    private final Map<String, BackgroundParameter> declared;
    private final Map<String, Object> values;

    private BackgroundValues(Map<String, BackgroundParameter> declared, Map<String, Object> values) {
        this.declared = declared;
        this.values = values;
    }

    /**
     * Checks a scene's parameter texts against the declarations. Parameters the scene leaves out take their
     * defaults; relative file paths resolve against {@code baseDirectory}.
     *
     * @param declarations  the background's {@link Background#parameters()}
     * @param texts         the scene's {@code background.parameters}, key to text
     * @param baseDirectory the folder of the scene file, against which relative file paths resolve
     * @return every parameter's value
     * @throws IllegalArgumentException for an unknown key, a text the parameter does not allow, a required file
     *                                  that is missing, or a file that does not exist or cannot be read; the
     *                                  message names the key, the text and what is allowed, e.g.
     *                                  {@code colour: "#12" is not a colour; allowed: #rrggbb}
     */
    public static BackgroundValues parse(List<BackgroundParameter> declarations, Map<String, String> texts, Path baseDirectory) {
        Objects.requireNonNull(texts, "parameters");
        Objects.requireNonNull(baseDirectory, "baseDirectory");
        Map<String, BackgroundParameter> declared = new LinkedHashMap<>();
        for (BackgroundParameter p : declarations) {
            declared.put(p.key(), p);
        }
        for (String key : new java.util.TreeSet<>(texts.keySet())) {
            if (!declared.containsKey(key)) {
                throw new IllegalArgumentException("unknown parameter \"" + key + "\"; allowed: "
                        + (declared.isEmpty() ? "none (this background takes no parameters)" : String.join(", ", declared.keySet())));
            }
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (BackgroundParameter p : declared.values()) {
            String text = texts.containsKey(p.key()) ? texts.get(p.key()) : null;
            values.put(p.key(), texts.containsKey(p.key()) ? value(p, text, baseDirectory) : defaultOf(p));
        }
        return new BackgroundValues(declared, Collections.unmodifiableMap(values));
    }

    private static Object defaultOf(BackgroundParameter p) {
        if (p.type() == BackgroundParameter.Type.FILE) {
            if (p.required()) {
                throw new IllegalArgumentException(p.key() + ": missing; allowed: " + p.allowed());
            }
            return Optional.empty();
        }
        return value(p, p.defaultValue(), Path.of(""));
    }

    private static Object value(BackgroundParameter p, String text, Path base) {
        if (text == null) {
            throw rejected(p, "null", "has no value");
        }
        String t = text.strip();
        return switch (p.type()) {
            case COLOUR -> colour(p, t);
            case NUMBER -> number(p, t);
            case CHOICE -> {
                if (!p.choices().contains(t)) {
                    throw rejected(p, text, "is not allowed");
                }
                yield t;
            }
            case BOOLEAN -> {
                if (!t.equals("true") && !t.equals("false")) {
                    throw rejected(p, text, "is not a boolean");
                }
                yield Boolean.valueOf(t);
            }
            case FILE -> file(p, t, base);
        };
    }

    private static Integer colour(BackgroundParameter p, String t) {
        if (t.length() != 7 || t.charAt(0) != '#') {
            throw rejected(p, t, "is not a colour");
        }
        try {
            return 0xFF000000 | Integer.parseInt(t.substring(1), 16);
        } catch (NumberFormatException e) {
            throw rejected(p, t, "is not a colour");
        }
    }

    private static Double number(BackgroundParameter p, String t) {
        if (!NUMBER.matcher(t).matches()) {
            throw rejected(p, t, "is not a number");
        }
        double v = Double.parseDouble(t);
        if (!Double.isFinite(v)) {
            throw rejected(p, t, "is not a number");
        }
        if (v < p.min() || v > p.max()) {
            throw rejected(p, t, "is out of range");
        }
        return v;
    }

    private static Optional<Path> file(BackgroundParameter p, String t, Path base) {
        if (t.isEmpty()) {
            if (p.required()) {
                throw rejected(p, t, "names no file");
            }
            return Optional.empty();
        }
        Path path;
        try {
            path = base.resolve(t).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            throw rejected(p, t, "is not a valid path");
        }
        String name = path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!p.choices().isEmpty() && p.choices().stream().noneMatch(ext -> name.endsWith("." + ext))) {
            throw rejected(p, t, "is not an allowed file type");
        }
        if (!Files.exists(path)) {
            throw rejected(p, t, "does not exist (looked for " + path + ")");
        }
        if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
            throw rejected(p, t, "is not a readable file (" + path + ")");
        }
        return Optional.of(path);
    }

    private static IllegalArgumentException rejected(BackgroundParameter p, String text, String why) {
        return new IllegalArgumentException(p.key() + ": \"" + text + "\" " + why + "; allowed: " + p.allowed());
    }

    /**
     * @param key a colour parameter
     * @return its value as an opaque ARGB {@code int}, {@code 0xFFrrggbb}
     * @throws IllegalArgumentException if there is no such colour parameter
     */
    public int colour(String key) {
        return (Integer) get(key, BackgroundParameter.Type.COLOUR);
    }

    /**
     * @param key a number parameter
     * @return its value
     * @throws IllegalArgumentException if there is no such number parameter
     */
    public double number(String key) {
        return (Double) get(key, BackgroundParameter.Type.NUMBER);
    }

    /**
     * @param key a choice parameter
     * @return its value, one of the declared choices
     * @throws IllegalArgumentException if there is no such choice parameter
     */
    public String choice(String key) {
        return (String) get(key, BackgroundParameter.Type.CHOICE);
    }

    /**
     * @param key a boolean parameter
     * @return its value
     * @throws IllegalArgumentException if there is no such boolean parameter
     */
    public boolean bool(String key) {
        return (Boolean) get(key, BackgroundParameter.Type.BOOLEAN);
    }

    /**
     * @param key a file parameter
     * @return the absolute, normalised path of an existing, readable file, or empty if an optional file
     *         parameter was not given
     * @throws IllegalArgumentException if there is no such file parameter
     */
    @SuppressWarnings("unchecked")
    public Optional<Path> file(String key) {
        return (Optional<Path>) get(key, BackgroundParameter.Type.FILE);
    }

    /**
     * @return every value by key in declaration order: {@code Integer} ARGB for colours, {@code Double},
     *         {@code String}, {@code Boolean}, and {@code Optional<Path>} for files
     */
    public Map<String, Object> asMap() {
        return values;
    }

    private Object get(String key, BackgroundParameter.Type type) {
        BackgroundParameter p = declared.get(key);
        if (p == null || p.type() != type) {
            throw new IllegalArgumentException("'" + key + "' is not a " + type.name().toLowerCase(Locale.ROOT)
                    + " parameter of this background");
        }
        return values.get(key);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BackgroundValues v && values.equals(v.values);
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
