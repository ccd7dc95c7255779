package ai.fvgs.scene.internal;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/** Reads typed values from JSON, collecting a problem (path, value, what is allowed) for each bad one. */
public final class Fields {

    private final List<String> problems = new ArrayList<>();

    public List<String> problems() {
        return problems;
    }

    public void problem(String path, String message) {
        problems.add(path + ": " + message);
    }

    /** Reports members of {@code node} that are not in {@code allowed}. */
    public void onlyKnown(JsonNode node, String path, Set<String> allowed) {
        if (node == null || !node.isObject()) {
            return;
        }
        for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
            String name = it.next();
            if (!allowed.contains(name)) {
                problem(path + "." + name, "unknown field; allowed: " + String.join(", ", allowed.stream().sorted().toList()));
            }
        }
    }

    public JsonNode object(JsonNode parent, String name, String path, boolean required) {
        JsonNode n = parent.get(name);
        if (n == null || n.isNull()) {
            if (required) {
                problem(path, "missing; an object is required");
            }
            return null;
        }
        if (!n.isObject()) {
            problem(path, n + " is not an object");
            return null;
        }
        return n;
    }

    public double number(JsonNode parent, String name, String path, double min, double max, double fallback) {
        JsonNode n = parent == null ? null : parent.get(name);
        if (n == null || n.isNull()) {
            return fallback;
        }
        if (!n.isNumber() || !(n.asDouble() >= min && n.asDouble() <= max)) {
            problem(path, n + " is not allowed; allowed: a number from " + trim(min) + " to " + trim(max));
            return fallback;
        }
        return n.asDouble();
    }

    public int integerOneOf(JsonNode parent, String name, String path, List<Integer> allowed, int fallback) {
        JsonNode n = parent == null ? null : parent.get(name);
        if (n == null || n.isNull()) {
            return fallback;
        }
        if (!n.canConvertToInt() || !n.isIntegralNumber() || !allowed.contains(n.asInt())) {
            problem(path, n + " is not allowed; allowed: " + String.join(", ", allowed.stream().map(String::valueOf).toList()));
            return fallback;
        }
        return n.asInt();
    }

    public int integer(JsonNode parent, String name, String path, int min, int max, int fallback) {
        JsonNode n = parent == null ? null : parent.get(name);
        if (n == null || n.isNull()) {
            return fallback;
        }
        if (!n.isIntegralNumber() || n.asLong() < min || n.asLong() > max) {
            problem(path, n + " is not allowed; allowed: a whole number from " + min + " to " + max);
            return fallback;
        }
        return n.asInt();
    }

    public String textOneOf(JsonNode parent, String name, String path, List<String> allowed, String fallback) {
        JsonNode n = parent == null ? null : parent.get(name);
        if (n == null || n.isNull()) {
            return fallback;
        }
        if (!n.isTextual() || !allowed.contains(n.asText())) {
            problem(path, n + " is not allowed; allowed: " + String.join(", ", allowed));
            return fallback;
        }
        return n.asText();
    }

    public String text(JsonNode parent, String name, String path, boolean required) {
        JsonNode n = parent == null ? null : parent.get(name);
        if (n == null || n.isNull()) {
            if (required) {
                problem(path, "missing; a text is required");
            }
            return null;
        }
        if (!n.isTextual() || n.asText().isBlank()) {
            problem(path, n + " is not allowed; allowed: a non-empty text");
            return null;
        }
        return n.asText();
    }

    public int colour(JsonNode parent, String name, String path, int fallback) {
        JsonNode n = parent == null ? null : parent.get(name);
        if (n == null || n.isNull()) {
            return fallback;
        }
        if (!n.isTextual() || !n.asText().matches("#[0-9A-Fa-f]{6}")) {
            problem(path, n + " is not allowed; allowed: a colour #rrggbb");
            return fallback;
        }
        return Integer.parseInt(n.asText().substring(1), 16);
    }

    public boolean bool(JsonNode parent, String name, String path, boolean fallback) {
        JsonNode n = parent == null ? null : parent.get(name);
        if (n == null || n.isNull()) {
            return fallback;
        }
        if (!n.isBoolean()) {
            problem(path, n + " is not allowed; allowed: true or false");
            return fallback;
        }
        return n.asBoolean();
    }

    private static String trim(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}
