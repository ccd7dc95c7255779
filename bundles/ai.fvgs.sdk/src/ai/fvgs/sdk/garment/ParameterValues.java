package ai.fvgs.sdk.garment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Values for a garment's {@link ParameterSpec}s: every parameter has a value, checked against its spec.
 * Immutable; start from {@link #defaults(List)} and change values with {@link #with(String, Object)}.
 */
public final class ParameterValues {

    private final Map<String, ParameterSpec> specs;
    private final Map<String, Object> values;

    private ParameterValues(Map<String, ParameterSpec> specs, Map<String, Object> values) {
        this.specs = specs;
        this.values = values;
    }

    /**
     * @param specs the garment's parameters
     * @return every parameter at its default value
     */
    public static ParameterValues defaults(List<ParameterSpec> specs) {
        Map<String, ParameterSpec> bySpec = new LinkedHashMap<>();
        Map<String, Object> values = new LinkedHashMap<>();
        for (ParameterSpec s : specs) {
            bySpec.put(s.key(), s);
            values.put(s.key(), s.type() == ParameterSpec.Type.NUMBER ? (Object) s.defaultNumber() : s.defaultChoice());
        }
        return new ParameterValues(bySpec, values);
    }

    /**
     * @param key   a parameter key
     * @param value a {@link Number} for a number parameter, a {@link String} for a choice
     * @return a copy with that value
     * @throws IllegalArgumentException naming the parameter, the value and what is allowed
     */
    public ParameterValues with(String key, Object value) {
        ParameterSpec spec = specs.get(key);
        if (spec == null) {
            throw new IllegalArgumentException("unknown garment parameter '" + key + "'; allowed: " + String.join(", ", specs.keySet()));
        }
        Object checked;
        if (spec.type() == ParameterSpec.Type.NUMBER) {
            if (!(value instanceof Number n) || !(n.doubleValue() >= spec.min() && n.doubleValue() <= spec.max())) {
                throw new IllegalArgumentException("garment parameter " + key + " = " + value + " is not allowed; allowed: a number from "
                        + spec.min() + " to " + spec.max() + (spec.unit().isEmpty() ? "" : " " + spec.unit()));
            }
            checked = n.doubleValue();
        } else {
            if (!(value instanceof String s) || !spec.choices().contains(s)) {
                throw new IllegalArgumentException("garment parameter " + key + " = " + value + " is not allowed; allowed: " + spec.choices());
            }
            checked = s;
        }
        Map<String, Object> copy = new LinkedHashMap<>(values);
        copy.put(key, checked);
        return new ParameterValues(specs, copy);
    }

    /**
     * @param key a number parameter
     * @return its value
     * @throws IllegalArgumentException if there is no such number parameter
     */
    public double number(String key) {
        if (values.get(key) instanceof Double d) {
            return d;
        }
        throw new IllegalArgumentException("'" + key + "' is not a number parameter of this garment");
    }

    /**
     * @param key a choice parameter
     * @return its value
     * @throws IllegalArgumentException if there is no such choice parameter
     */
    public String choice(String key) {
        if (values.get(key) instanceof String s) {
            return s;
        }
        throw new IllegalArgumentException("'" + key + "' is not a choice parameter of this garment");
    }

    /** @return all values by key, in declaration order */
    public Map<String, Object> asMap() {
        return java.util.Collections.unmodifiableMap(values);
    }
}
