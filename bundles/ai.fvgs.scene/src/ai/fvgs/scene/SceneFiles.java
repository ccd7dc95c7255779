package ai.fvgs.scene;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

import ai.fvgs.avatar.AvatarProfile;
import ai.fvgs.avatar.AvatarProfiles;
import ai.fvgs.motion.CatwalkSettings;
import ai.fvgs.motion.CatwalkStyle;
import ai.fvgs.scene.internal.Fields;

/**
 * Reads scene files (format {@value #FORMAT}, version 1) and checks them completely: every problem is
 * reported at once, each with its JSON path, the value and what is allowed. The JSON Schema of the format
 * is {@link #schema()}. {@link #write(Scene, Path)} writes a scene back so that {@link #read(Path)} returns an
 * equal one.
 */
public final class SceneFiles {

    /** The value of the {@code format} field. */
    public static final String FORMAT = "fvgs-scene";

    private static final List<String> ASPECTS = List.of("16:9", "9:16", "1:1", "4:5");
    private static final List<String> CAMERAS = List.of("front", "tracking", "orbit", "dolly");
    private static final List<String> PATTERNS = List.of("none", "stripes", "check", "dots", "image");

    private SceneFiles() {
    }

    /**
     * @param file a scene file; relative paths inside it resolve against its folder
     * @return the scene
     * @throws IOException    if the file cannot be read
     * @throws SceneException listing every problem
     */
    public static Scene read(Path file) throws IOException, SceneException {
        JsonNode json;
        try {
            json = new ObjectMapper().readTree(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            throw new NoSuchFileException(file.toString(), null, "scene file not found");
        } catch (JsonProcessingException e) {
            throw new SceneException(file.toString(), List.of("$: not valid JSON: " + e.getOriginalMessage()
                    + " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")"));
        }
        return parse(json, file.toAbsolutePath().getParent(), file.toString());
    }

    /**
     * @param json   the scene
     * @param base   folder that relative paths resolve against
     * @param source name for messages
     * @return the scene
     * @throws SceneException listing every problem
     */
    public static Scene parse(JsonNode json, Path base, String source) throws SceneException {
        Fields f = new Fields();
        if (json == null || !json.isObject()) {
            throw new SceneException(source, List.of("$: expected a JSON object"));
        }
        f.onlyKnown(json, "$", Set.of("$schema", "format", "version", "name", "avatar", "outfit", "background", "motion", "camera", "lights",
                "output"));
        f.textOneOf(json, "format", "$.format", List.of(FORMAT), FORMAT);
        if (json.get("format") == null) {
            f.problem("$.format", "missing; allowed: " + FORMAT);
        }
        f.integerOneOf(json, "version", "$.version", List.of(1), 1);
        AvatarProfile avatar = avatar(json, base, f);
        List<Scene.Garment> outfit = outfit(json, base, f);
        Scene.Background background = background(json, f);
        Scene.Motion motion = motion(json, base, f);
        Scene.Camera camera = camera(json, f);
        Scene.Lights lights = lights(json, f);
        Scene.Output output = output(json, f);
        if (!f.problems().isEmpty()) {
            throw new SceneException(source, f.problems());
        }
        return new Scene(avatar, outfit, background, motion, camera, lights, output);
    }

    /** @return the JSON Schema (draft 2020-12) of the scene format */
    public static String schema() {
        try (InputStream in = SceneFiles.class.getResourceAsStream("/schema/scene.schema.json")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("the scene schema is missing from the bundle", e);
        }
    }

    /**
     * Writes a scene file atomically: into a temporary file in the target folder, then renamed over
     * {@code file}, so readers never see a partial file and an older file stays intact if writing fails.
     * The avatar is written inline (a scene read from a file that named a profile file carries the profile
     * itself); paths (pattern images, BVH files) are written relative to the file's folder when they lie
     * under it, else absolute.
     *
     * @param scene the scene
     * @param file  where to write it
     * @throws IOException if it cannot be written; an older file is then unchanged
     */
    public static void write(Scene scene, Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        byte[] bytes = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsBytes(toJson(scene, dir));
        Files.createDirectories(dir);
        // a plain new file (not createTempFile, which makes it private to the owner), so the scene gets the
        // permissions any new file gets; the random part keeps concurrent writers apart
        Path tmp = dir.resolve("." + file.getFileName() + "." + Long.toUnsignedString(new java.security.SecureRandom().nextLong(), 36) + ".part");
        try {
            Files.write(tmp, bytes, java.nio.file.StandardOpenOption.CREATE_NEW, java.nio.file.StandardOpenOption.WRITE);
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * @param scene a scene
     * @param base  folder the file will be in; paths under it are written relative to it (null: all absolute)
     * @return the scene as JSON in the format {@link #read(Path)} reads, every value written out
     */
    public static ObjectNode toJson(Scene scene, Path base) {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode o = mapper.createObjectNode();
        o.put("format", FORMAT).put("version", 1);
        ObjectNode avatar = AvatarProfiles.toJson(scene.avatar());
        o.set("avatar", avatar);
        var outfit = o.putArray("outfit");
        for (Scene.Garment g : scene.outfit()) {
            ObjectNode item = outfit.addObject();
            item.put("garment", g.style());
            ObjectNode parameters = item.putObject("parameters");
            new TreeMap<>(g.parameters()).forEach((k, v) -> {
                if (v instanceof Number n) {
                    parameters.put(k, n.doubleValue());
                } else {
                    parameters.put(k, String.valueOf(v));
                }
            });
            ObjectNode fabric = item.putObject("fabric");
            fabric.put("colour", hex(g.fabric().rgb())).put("material", g.fabric().material().id());
            Scene.Pattern p = g.fabric().pattern();
            ObjectNode pattern = fabric.putObject("pattern");
            pattern.put("type", p.type()).put("colour", hex(p.rgb())).put("scale", p.scale());
            if (p.image() != null) {
                pattern.put("image", relative(base, p.image()));
            }
        }
        ObjectNode background = o.putObject("background");
        background.put("id", scene.background().id());
        ObjectNode bp = background.putObject("parameters");
        new TreeMap<>(scene.background().parameters()).forEach(bp::put);
        ObjectNode motion = o.putObject("motion");
        motion.put("type", scene.motion().type());
        if ("bvh".equals(scene.motion().type())) {
            motion.put("file", relative(base, scene.motion().bvh()));
        } else {
            CatwalkSettings c = scene.motion().catwalk();
            String style = "classic";
            for (CatwalkStyle s : CatwalkStyle.values()) {
                if (s.settings(c.runwayLength()).equals(c)) {
                    style = s.id();
                    break;
                }
            }
            motion.put("style", style).put("speed", c.speed()).put("step", c.step()).put("hipSway", c.hipSway())
                    .put("armSwing", c.armSwing()).put("footSpacing", c.footSpacing()).put("runwayLength", c.runwayLength())
                    .put("holdSeconds", c.holdSeconds());
        }
        Scene.Camera c = scene.camera();
        o.putObject("camera").put("preset", c.preset()).put("fov", c.fov()).put("distance", c.distance()).put("height", c.height());
        ObjectNode lights = o.putObject("lights");
        light(lights.putObject("key"), scene.lights().key());
        light(lights.putObject("fill"), scene.lights().fill());
        light(lights.putObject("rim"), scene.lights().rim());
        lights.put("ambient", scene.lights().ambient());
        Scene.Output out = scene.output();
        o.putObject("output").put("width", out.width()).put("height", out.height()).put("aspect", out.aspect()).put("fps", out.fps())
                .put("duration", out.duration());
        return o;
    }

    private static void light(ObjectNode node, Scene.Light l) {
        node.put("intensity", l.intensity()).put("azimuth", l.azimuth()).put("elevation", l.elevation()).put("colour", hex(l.rgb()))
                .put("shadows", l.shadows());
    }

    private static String hex(int rgb) {
        return String.format(Locale.ROOT, "#%06x", rgb & 0xFFFFFF);
    }

    private static String relative(Path base, Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        if (base != null) {
            Path b = base.toAbsolutePath().normalize();
            if (absolute.startsWith(b)) {
                return b.relativize(absolute).toString().replace('\\', '/');
            }
        }
        return absolute.toString();
    }

    private static AvatarProfile avatar(JsonNode json, Path base, Fields f) {
        JsonNode a = f.object(json, "avatar", "$.avatar", true);
        if (a == null) {
            return null;
        }
        try {
            if (a.has("profile")) {
                f.onlyKnown(a, "$.avatar", Set.of("profile"));
                String path = f.text(a, "profile", "$.avatar.profile", true);
                return path == null ? null : AvatarProfiles.read(base.resolve(path));
            }
            return AvatarProfiles.parse(a);
        } catch (NoSuchFileException e) {
            f.problem("$.avatar.profile", "'" + e.getFile() + "' does not exist");
        } catch (IOException e) {
            f.problem("$.avatar.profile", "cannot be read: " + e.getMessage());
        } catch (IllegalArgumentException e) {
            f.problem("$.avatar", e.getMessage().replace("$.", "$.avatar."));
        }
        return null;
    }

    private static List<Scene.Garment> outfit(JsonNode json, Path base, Fields f) {
        List<Scene.Garment> garments = new ArrayList<>();
        JsonNode outfit = json.get("outfit");
        if (outfit == null || outfit.isNull()) {
            return garments;
        }
        if (!outfit.isArray()) {
            f.problem("$.outfit", outfit + " is not allowed; allowed: an array of garments");
            return garments;
        }
        for (int i = 0; i < outfit.size(); i++) {
            String path = "$.outfit[" + i + "]";
            JsonNode g = outfit.get(i);
            if (!g.isObject()) {
                f.problem(path, g + " is not a garment object");
                continue;
            }
            f.onlyKnown(g, path, Set.of("garment", "parameters", "fabric"));
            String style = f.text(g, "garment", path + ".garment", true);
            Map<String, Object> parameters = new LinkedHashMap<>();
            JsonNode p = f.object(g, "parameters", path + ".parameters", false);
            if (p != null) {
                for (Iterator<Map.Entry<String, JsonNode>> it = p.fields(); it.hasNext();) {
                    Map.Entry<String, JsonNode> e = it.next();
                    if (e.getValue().isNumber()) {
                        parameters.put(e.getKey(), e.getValue().asDouble());
                    } else if (e.getValue().isTextual()) {
                        parameters.put(e.getKey(), e.getValue().asText());
                    } else {
                        f.problem(path + ".parameters." + e.getKey(), e.getValue() + " is not allowed; allowed: a number or a text");
                    }
                }
            }
            garments.add(new Scene.Garment(style, parameters, fabric(g, path + ".fabric", base, f)));
        }
        return garments;
    }

    private static Scene.Fabric fabric(JsonNode g, String path, Path base, Fields f) {
        JsonNode fab = f.object(g, "fabric", path, false);
        if (fab == null) {
            return new Scene.Fabric(0xEDEAE4, Material.COTTON, Scene.Pattern.NONE);
        }
        f.onlyKnown(fab, path, Set.of("colour", "material", "pattern"));
        int rgb = f.colour(fab, "colour", path + ".colour", 0xEDEAE4);
        List<String> materials = java.util.Arrays.stream(Material.values()).map(Material::id).toList();
        String material = f.textOneOf(fab, "material", path + ".material", materials, "cotton");
        Scene.Pattern pattern = Scene.Pattern.NONE;
        JsonNode p = f.object(fab, "pattern", path + ".pattern", false);
        if (p != null) {
            f.onlyKnown(p, path + ".pattern", Set.of("type", "colour", "scale", "image"));
            String type = f.textOneOf(p, "type", path + ".pattern.type", PATTERNS, "none");
            String image = f.text(p, "image", path + ".pattern.image", "image".equals(type));
            Path imagePath = image == null ? null : base.resolve(image);
            if (imagePath != null && !Files.isRegularFile(imagePath)) {
                f.problem(path + ".pattern.image", "'" + image + "' does not exist (resolved to " + imagePath + ")");
            }
            pattern = new Scene.Pattern(type, f.colour(p, "colour", path + ".pattern.colour", 0xFFFFFF),
                    f.number(p, "scale", path + ".pattern.scale", 0.002, 2, 0.05), imagePath);
        }
        return new Scene.Fabric(rgb, Material.valueOf(material.toUpperCase(java.util.Locale.ROOT)), pattern);
    }

    private static Scene.Background background(JsonNode json, Fields f) {
        JsonNode b = f.object(json, "background", "$.background", false);
        if (b == null) {
            return new Scene.Background("ai.fvgs.background.cyclorama", Map.of());
        }
        f.onlyKnown(b, "$.background", Set.of("id", "parameters"));
        String id = f.text(b, "id", "$.background.id", true);
        Map<String, String> parameters = new LinkedHashMap<>();
        JsonNode p = f.object(b, "parameters", "$.background.parameters", false);
        if (p != null) {
            p.fields().forEachRemaining(e -> parameters.put(e.getKey(), e.getValue().isTextual() ? e.getValue().asText() : e.getValue().toString()));
        }
        return new Scene.Background(id, parameters);
    }

    private static Scene.Motion motion(JsonNode json, Path base, Fields f) {
        JsonNode m = f.object(json, "motion", "$.motion", false);
        String type = m == null ? "catwalk" : f.textOneOf(m, "type", "$.motion.type", List.of("catwalk", "bvh"), "catwalk");
        if ("bvh".equals(type)) {
            f.onlyKnown(m, "$.motion", Set.of("type", "file"));
            String file = f.text(m, "file", "$.motion.file", true);
            Path bvh = file == null ? null : base.resolve(file);
            if (bvh != null && !Files.isRegularFile(bvh)) {
                f.problem("$.motion.file", "'" + file + "' does not exist (resolved to " + bvh + ")");
            }
            return new Scene.Motion(type, null, bvh);
        }
        f.onlyKnown(m, "$.motion", Set.of("type", "style", "speed", "step", "hipSway", "armSwing", "footSpacing", "runwayLength",
                "holdSeconds"));
        List<String> styles = java.util.Arrays.stream(CatwalkStyle.values()).map(CatwalkStyle::id).toList();
        String style = f.textOneOf(m, "style", "$.motion.style", styles, "classic");
        double runway = f.number(m, "runwayLength", "$.motion.runwayLength", 2, 30, 8);
        CatwalkSettings d = CatwalkStyle.ofId(style).settings(runway);
        return new Scene.Motion(type, new CatwalkSettings(f.number(m, "speed", "$.motion.speed", 0.5, 2, d.speed()),
                f.number(m, "step", "$.motion.step", 0.3, 0.9, d.step()), f.number(m, "hipSway", "$.motion.hipSway", 0, 15, d.hipSway()),
                f.number(m, "armSwing", "$.motion.armSwing", 0, 35, d.armSwing()),
                f.number(m, "footSpacing", "$.motion.footSpacing", 0, 0.12, d.footSpacing()), runway,
                f.number(m, "holdSeconds", "$.motion.holdSeconds", 0, 10, d.holdSeconds())), null);
    }

    private static Scene.Camera camera(JsonNode json, Fields f) {
        JsonNode c = f.object(json, "camera", "$.camera", false);
        f.onlyKnown(c, "$.camera", Set.of("preset", "fov", "distance", "height"));
        return new Scene.Camera(f.textOneOf(c, "preset", "$.camera.preset", CAMERAS, "tracking"), f.number(c, "fov", "$.camera.fov", 10, 90, 30),
                f.number(c, "distance", "$.camera.distance", 1, 40, 6), f.number(c, "height", "$.camera.height", 0.1, 5, 1.3));
    }

    private static Scene.Lights lights(JsonNode json, Fields f) {
        JsonNode l = f.object(json, "lights", "$.lights", false);
        f.onlyKnown(l, "$.lights", Set.of("key", "fill", "rim", "ambient"));
        return new Scene.Lights(light(l, "key", f, new Scene.Light(1.0, 35, 40, 0xFFF6EC, true)),
                light(l, "fill", f, new Scene.Light(0.35, -50, 20, 0xE8F0FF, false)),
                light(l, "rim", f, new Scene.Light(0.6, 160, 35, 0xFFFFFF, false)), f.number(l, "ambient", "$.lights.ambient", 0, 1, 0.18));
    }

    private static Scene.Light light(JsonNode lights, String name, Fields f, Scene.Light d) {
        String path = "$.lights." + name;
        JsonNode n = lights == null ? null : f.object(lights, name, path, false);
        f.onlyKnown(n, path, Set.of("intensity", "azimuth", "elevation", "colour", "shadows"));
        return new Scene.Light(f.number(n, "intensity", path + ".intensity", 0, 10, d.intensity()),
                f.number(n, "azimuth", path + ".azimuth", -180, 180, d.azimuth()), f.number(n, "elevation", path + ".elevation", -10, 90, d.elevation()),
                f.colour(n, "colour", path + ".colour", d.rgb()), f.bool(n, "shadows", path + ".shadows", d.shadows()));
    }

    private static Scene.Output output(JsonNode json, Fields f) {
        JsonNode o = f.object(json, "output", "$.output", false);
        f.onlyKnown(o, "$.output", Set.of("width", "height", "aspect", "fps", "duration"));
        String aspect = f.textOneOf(o, "aspect", "$.output.aspect", ASPECTS, "16:9");
        int width = f.integer(o, "width", "$.output.width", 16, 3840, 1280);
        int height = f.integer(o, "height", "$.output.height", 16, 2160, 720);
        int fps = f.integerOneOf(o, "fps", "$.output.fps", List.of(24, 25, 30, 60), 30);
        double duration = f.number(o, "duration", "$.output.duration", 0.1, 600, 10);
        String[] ratio = aspect.split(":");
        double want = Double.parseDouble(ratio[0]) / Double.parseDouble(ratio[1]);
        if (Math.abs(width / want - height) > 1) {
            f.problem("$.output", width + "x" + height + " does not have the aspect " + aspect + "; allowed: a height of "
                    + Math.round(width / want) + " for width " + width);
        }
        if (width % 2 != 0 || height % 2 != 0) {
            f.problem("$.output", width + "x" + height + " is not allowed; allowed: even width and height (H.264 and VP9 need them)");
        }
        return new Scene.Output(width, height, aspect, fps, duration);
    }
}
