package ai.fvgs.avatar;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

import ai.fvgs.sdk.body.BodyMeasurements;
import ai.fvgs.sdk.body.Measurement;

/**
 * Reads and writes {@link AvatarProfile}s as JSON (format version 1). Example:
 * <pre>
 * { "format": "fvgs-avatar-profile", "version": 1, "name": "Ada", "template": "feminine",
 *   "preset": { "size": "M", "shape": "hourglass" },
 *   "measurements": { "height": 172, "bust": 90, ... },
 *   "skin": { "monk": 6 },  "hair": { "style": "bob", "colour": "#2b1d16" },
 *   "face": { "iris": "#5b3a21", "brows": "#231710", "lips": "#a45a52" } }
 * </pre>
 * {@code preset} fills in measurements from {@link SizeChart}; entries in {@code measurements} override
 * them. {@code skin} is either {@code {"monk": 1..10}} or {@code {"colour": "#rrggbb"}}; {@code face} is
 * optional. Errors name the JSON path, the value and what is allowed.
 */
public final class AvatarProfiles {

    /** The value of the {@code format} field. */
    public static final String FORMAT = "fvgs-avatar-profile";

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private AvatarProfiles() {
    }

    /**
     * @param file a profile file
     * @return the profile
     * @throws IOException              if the file cannot be read
     * @throws IllegalArgumentException naming the file, the JSON path, the value and what is allowed
     */
    public static AvatarProfile read(Path file) throws IOException {
        JsonNode json;
        try {
            json = MAPPER.readTree(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            throw new NoSuchFileException(file.toString(), null, "profile file not found");
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(file + ": not valid JSON: " + e.getOriginalMessage());
        }
        try {
            return parse(json);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
    }

    /**
     * @param json a profile as JSON
     * @return the profile
     * @throws IllegalArgumentException naming the JSON path, the value and what is allowed
     */
    public static AvatarProfile parse(JsonNode json) {
        if (json == null || !json.isObject()) {
            throw new IllegalArgumentException("$: expected a JSON object");
        }
        String format = text(json, "format", FORMAT);
        if (!FORMAT.equals(format)) {
            throw new IllegalArgumentException("$.format: '" + format + "' is not allowed; allowed: " + FORMAT);
        }
        int version = json.path("version").asInt(1);
        if (version != 1) {
            throw new IllegalArgumentException("$.version: " + version + " is not supported; allowed: 1");
        }
        BodyTemplate template = field("$.template", () -> BodyTemplate.ofId(text(json, "template", "feminine")));
        Map<Measurement, Double> values = new EnumMap<>(Measurement.class);
        JsonNode preset = json.path("preset");
        if (!preset.isMissingNode()) {
            SizeClass size = field("$.preset.size", () -> SizeClass.ofLabel(text(preset, "size", "M")));
            BodyShape shape = field("$.preset.shape", () -> BodyShape.ofId(text(preset, "shape", "hourglass")));
            values.putAll(SizeChart.preset(template, size, shape).asMap());
        }
        JsonNode measurements = json.path("measurements");
        for (Iterator<Map.Entry<String, JsonNode>> it = measurements.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            String path = "$.measurements." + e.getKey();
            Measurement m = field(path, () -> Measurement.ofKey(e.getKey()));
            if (!e.getValue().isNumber()) {
                throw new IllegalArgumentException(path + ": " + e.getValue() + " is not a number; allowed: " + m.min() + " to " + m.max() + " cm");
            }
            values.put(m, e.getValue().asDouble());
        }
        for (Measurement m : Measurement.values()) {
            if (!values.containsKey(m)) {
                throw new IllegalArgumentException("$.measurements." + m.key() + ": missing; give it, or a preset");
            }
        }
        BodyMeasurements body = field("$.measurements", () -> BodyMeasurements.of(values));
        field("$.measurements", () -> Landmarks.of(template, body));
        SkinTone skin = skin(json.path("skin"));
        JsonNode hairNode = json.path("hair");
        Hair hair = new Hair(field("$.hair.style", () -> HairStyle.ofId(text(hairNode, "style", "long-straight"))),
                colour("$.hair.colour", text(hairNode, "colour", "#3b2a20")));
        Face face = Face.natural(skin, hair);
        JsonNode f = json.path("face");
        if (!f.isMissingNode()) {
            face = new Face(colour("$.face.iris", text(f, "iris", hex(face.irisRgb()))), colour("$.face.brows", text(f, "brows", hex(face.browRgb()))),
                    colour("$.face.lips", text(f, "lips", hex(face.lipRgb()))));
        }
        return new AvatarProfile(text(json, "name", "unnamed"), template, body, skin, hair, face);
    }

    /**
     * Writes a profile atomically (temporary file, then rename).
     *
     * @param profile the profile
     * @param file    where to write
     * @throws IOException if it cannot be written; the old file is then unchanged
     */
    public static void write(AvatarProfile profile, Path file) throws IOException {
        byte[] bytes = MAPPER.writeValueAsBytes(toJson(profile));
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = dir.resolve("." + file.getFileName() + "." + ProcessHandle.current().pid() + "-" + Thread.currentThread().threadId() + ".part");
        try {
            Files.write(tmp, bytes);
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** @param profile a profile @return it as JSON, with every measurement written out */
    public static ObjectNode toJson(AvatarProfile profile) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("format", FORMAT).put("version", 1).put("name", profile.name()).put("template", profile.template().id());
        ObjectNode m = o.putObject("measurements");
        profile.measurements().asMap().forEach((k, v) -> m.put(k.key(), v));
        ObjectNode skin = o.putObject("skin");
        if (profile.skin().monkStep().isPresent()) {
            skin.put("monk", profile.skin().monk());
        } else {
            skin.put("colour", hex(profile.skin().rgb()));
        }
        o.putObject("hair").put("style", profile.hair().style().id()).put("colour", hex(profile.hair().rgb()));
        o.putObject("face").put("iris", hex(profile.face().irisRgb())).put("brows", hex(profile.face().browRgb()))
                .put("lips", hex(profile.face().lipRgb()));
        return o;
    }

    private static SkinTone skin(JsonNode node) {
        if (node.isMissingNode()) {
            return SkinTone.monk(5);
        }
        if (node.has("monk")) {
            JsonNode monk = node.get("monk");
            if (!monk.canConvertToInt()) {
                throw new IllegalArgumentException("$.skin.monk: " + monk + " is not allowed; allowed: 1 to 10");
            }
            return field("$.skin.monk", () -> SkinTone.monk(monk.asInt()));
        }
        if (node.has("colour")) {
            return SkinTone.custom(colour("$.skin.colour", node.get("colour").asText()));
        }
        throw new IllegalArgumentException("$.skin: give {\"monk\": 1..10} or {\"colour\": \"#rrggbb\"}");
    }

    private static int colour(String path, String text) {
        if (text == null || !text.matches("#[0-9A-Fa-f]{6}")) {
            throw new IllegalArgumentException(path + ": '" + text + "' is not a colour; allowed: #rrggbb, e.g. #3b2a20");
        }
        return Integer.parseInt(text.substring(1), 16);
    }

    private static String hex(int rgb) {
        return String.format(Locale.ROOT, "#%06x", rgb & 0xFFFFFF);
    }

    private static String text(JsonNode node, String field, String fallback) {
        JsonNode v = node.path(field);
        return v.isMissingNode() || v.isNull() ? fallback : v.asText();
    }

    private static <T> T field(String path, java.util.function.Supplier<T> parse) {
        try {
            return parse.get();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(path + ": " + e.getMessage(), e);
        }
    }
}
