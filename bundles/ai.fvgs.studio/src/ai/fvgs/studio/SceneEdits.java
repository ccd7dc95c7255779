package ai.fvgs.studio;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import javax.imageio.ImageIO;

import ai.fvgs.avatar.AvatarProfile;
import ai.fvgs.avatar.AvatarProfiles;
import ai.fvgs.avatar.BodyShape;
import ai.fvgs.avatar.BodyTemplate;
import ai.fvgs.avatar.Face;
import ai.fvgs.avatar.Hair;
import ai.fvgs.avatar.HairStyle;
import ai.fvgs.avatar.Landmarks;
import ai.fvgs.avatar.SizeChart;
import ai.fvgs.avatar.SizeClass;
import ai.fvgs.avatar.SkinTone;
import ai.fvgs.scene.Material;
import ai.fvgs.scene.Scene;
import ai.fvgs.scene.SceneException;
import ai.fvgs.scene.SceneFiles;
import ai.fvgs.sdk.body.BodyMeasurements;
import ai.fvgs.sdk.body.Measurement;
import ai.fvgs.sdk.garment.GarmentStyle;
import ai.fvgs.sdk.garment.ParameterValues;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The changes the Model Builder and the Outfit part make to a scene, as functions for {@link SceneDocument#edit}. Each checks
 * its input and throws {@link IllegalArgumentException} naming the value and what is allowed, so a rejected
 * change never reaches the document.
 */
public final class SceneEdits {

    private SceneEdits() {
    }

    /**
     * @return the scene of a new document: a feminine size M hourglass model (Monk skin tone 5, long straight
     *         hair) with every other part at the scene format's defaults, no outfit
     */
    public static Scene defaultScene() {
        ObjectNode json = new ObjectMapper().createObjectNode();
        json.put("format", SceneFiles.FORMAT).put("version", 1);
        AvatarProfile avatar = AvatarProfile.preset(BodyTemplate.FEMININE, SizeClass.M, BodyShape.HOURGLASS);
        json.set("avatar", AvatarProfiles.toJson(new AvatarProfile("New model", avatar.template(), avatar.measurements(), avatar.skin(),
                avatar.hair(), avatar.face())));
        try {
            return SceneFiles.parse(json, Path.of("").toAbsolutePath(), "new scene");
        } catch (SceneException e) {
            throw new IllegalStateException("the default scene is invalid: " + e.getMessage(), e);
        }
    }

    /**
     * @param avatar the new model
     * @return the change that puts it into the scene
     */
    public static UnaryOperator<Scene> avatar(AvatarProfile avatar) {
        Landmarks.of(avatar.template(), avatar.measurements());
        return s -> new Scene(avatar, s.outfit(), s.background(), s.motion(), s.camera(), s.lights(), s.output());
    }

    /**
     * @param m     a measurement
     * @param value its new value in cm
     * @return the change
     * @throws IllegalArgumentException if the value is out of the measurement's range
     */
    public static UnaryOperator<Scene> measurement(Measurement m, double value) {
        if (!(value >= m.min() && value <= m.max())) {
            throw new IllegalArgumentException("measurement " + m.key() + " = " + value + " cm is out of range; allowed " + m.min()
                    + " to " + m.max() + " cm");
        }
        return s -> {
            AvatarProfile a = s.avatar();
            return withAvatar(s, a.withMeasurements(a.measurements().with(m, value)));
        };
    }

    /**
     * Replaces every measurement by a size chart preset for the model's template.
     *
     * @param size  the size class
     * @param shape the body shape
     * @return the change
     */
    public static UnaryOperator<Scene> preset(SizeClass size, BodyShape shape) {
        return s -> withAvatar(s, s.avatar().withMeasurements(SizeChart.preset(s.avatar().template(), size, shape)));
    }

    /**
     * Changes the body template, keeping the measurements.
     *
     * @param template the template
     * @return the change
     */
    public static UnaryOperator<Scene> template(BodyTemplate template) {
        return s -> {
            AvatarProfile a = s.avatar();
            return withAvatar(s, new AvatarProfile(a.name(), template, a.measurements(), a.skin(), a.hair(), a.face()));
        };
    }

    /**
     * @param skin a Monk tone or a custom colour
     * @return the change; the face colours follow the skin as {@link Face#natural} makes them
     */
    public static UnaryOperator<Scene> skin(SkinTone skin) {
        return s -> {
            AvatarProfile a = s.avatar();
            return withAvatar(s, new AvatarProfile(a.name(), a.template(), a.measurements(), skin, a.hair(), Face.natural(skin, a.hair())));
        };
    }

    /**
     * @param style the hair style
     * @return the change, keeping the hair colour
     */
    public static UnaryOperator<Scene> hairStyle(HairStyle style) {
        return s -> withAvatar(s, s.avatar().withHair(new Hair(style, s.avatar().hair().rgb())));
    }

    /**
     * @param rgb the hair colour {@code 0xRRGGBB}
     * @return the change, keeping the style; the brows follow the hair as {@link Face#natural} makes them
     */
    public static UnaryOperator<Scene> hairColour(int rgb) {
        return s -> {
            AvatarProfile a = s.avatar();
            Hair hair = new Hair(a.hair().style(), rgb & 0xFFFFFF);
            return withAvatar(s, new AvatarProfile(a.name(), a.template(), a.measurements(), a.skin(), hair, Face.natural(a.skin(), hair)));
        };
    }

    /**
     * @param name the model's name
     * @return the change
     * @throws IllegalArgumentException if the name is blank
     */
    public static UnaryOperator<Scene> name(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("the model's name is empty; allowed: any text that is not blank");
        }
        return s -> {
            AvatarProfile a = s.avatar();
            return withAvatar(s, new AvatarProfile(name.strip(), a.template(), a.measurements(), a.skin(), a.hair(), a.face()));
        };
    }

    /** The fabric of a garment added by {@link #addGarment}: plain mid grey cotton. */
    public static final Scene.Fabric DEFAULT_FABRIC = new Scene.Fabric(0x8C8C8C, Material.COTTON, Scene.Pattern.NONE);

    /** The pattern types of the scene format. */
    public static final List<String> PATTERN_TYPES = List.of("none", "stripes", "check", "dots", "image");

    /**
     * Adds a garment over the others (last in the outfit) with its style's default parameters and
     * {@link #DEFAULT_FABRIC}.
     *
     * @param style an installed garment style
     * @return the change
     * @throws IllegalArgumentException if the style has no id or its parameters cannot be listed
     */
    public static UnaryOperator<Scene> addGarment(GarmentStyle style) {
        String id = style.info() == null ? null : style.info().id();
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("the garment style has no id; allowed: an installed garment style with an id");
        }
        Map<String, Object> values;
        try {
            values = ParameterValues.defaults(style.parameters()).asMap();
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("garment style \"" + id + "\" failed to list its parameters: " + e.getMessage(), e);
        }
        Scene.Garment garment = new Scene.Garment(id, values, DEFAULT_FABRIC);
        return s -> {
            List<Scene.Garment> outfit = new ArrayList<>(s.outfit());
            outfit.add(garment);
            return withOutfit(s, outfit);
        };
    }

    /**
     * @param index the garment's position in the outfit, 0 = innermost
     * @return the change that takes it off
     * @throws IllegalArgumentException (when applied) if there is no garment at that position
     */
    public static UnaryOperator<Scene> removeGarment(int index) {
        return s -> {
            checkIndex(s, index);
            List<Scene.Garment> outfit = new ArrayList<>(s.outfit());
            outfit.remove(index);
            return withOutfit(s, outfit);
        };
    }

    /**
     * Moves a garment in the layering order (within a layer, a later garment goes over an earlier one).
     *
     * @param index the garment's position, 0 = innermost
     * @param to    its new position
     * @return the change
     * @throws IllegalArgumentException (when applied) if a position is outside the outfit
     */
    public static UnaryOperator<Scene> moveGarment(int index, int to) {
        return s -> {
            checkIndex(s, index);
            if (to < 0 || to >= s.outfit().size()) {
                throw new IllegalArgumentException("garment position " + to + " is outside the outfit; allowed: 0 to " + (s.outfit().size() - 1));
            }
            List<Scene.Garment> outfit = new ArrayList<>(s.outfit());
            outfit.add(to, outfit.remove(index));
            return withOutfit(s, outfit);
        };
    }

    /**
     * @param index the garment's position
     * @param style its garment style, which checks the value
     * @param key   the parameter
     * @param value its new value: a number for number parameters, one of the choices for choice parameters
     * @return the change
     * @throws IllegalArgumentException if the style rejects the value (the message names the parameter and what is
     *                                  allowed); when applied, if there is no garment of that style at that position
     */
    public static UnaryOperator<Scene> garmentParameter(int index, GarmentStyle style, String key, Object value) {
        ParameterValues.defaults(style.parameters()).with(key, value);
        String id = style.info().id();
        return s -> {
            checkIndex(s, index);
            Scene.Garment g = s.outfit().get(index);
            if (!g.style().equals(id)) {
                throw new IllegalArgumentException("outfit[" + index + "] is a " + g.style() + ", not a " + id);
            }
            Map<String, Object> values = new LinkedHashMap<>(g.parameters());
            values.put(key, value);
            return withGarment(s, index, new Scene.Garment(g.style(), values, g.fabric()));
        };
    }

    /**
     * @param index the garment's position
     * @param rgb   the fabric's base colour {@code 0xRRGGBB}
     * @return the change
     */
    public static UnaryOperator<Scene> fabricColour(int index, int rgb) {
        return fabric(index, f -> new Scene.Fabric(rgb & 0xFFFFFF, f.material(), f.pattern()));
    }

    /**
     * @param index    the garment's position
     * @param material the material preset
     * @return the change
     */
    public static UnaryOperator<Scene> material(int index, Material material) {
        if (material == null) {
            throw new IllegalArgumentException("the material is missing; allowed: " + materials());
        }
        return fabric(index, f -> new Scene.Fabric(f.rgb(), material, f.pattern()));
    }

    /**
     * A procedural pattern ({@code none}, {@code stripes}, {@code check}, {@code dots}).
     *
     * @param index the garment's position
     * @param type  the pattern type
     * @param rgb   the pattern colour {@code 0xRRGGBB}
     * @param scale the repeat in metres, 0.002 to 2
     * @return the change
     * @throws IllegalArgumentException naming the type or scale if it is not allowed
     */
    public static UnaryOperator<Scene> pattern(int index, String type, int rgb, double scale) {
        if (!PATTERN_TYPES.contains(type) || "image".equals(type)) {
            throw new IllegalArgumentException("pattern type \"" + type + "\" is not allowed here; allowed: none, stripes, check, dots"
                    + " (for an image use patternImage)");
        }
        checkScale(scale);
        Scene.Pattern p = "none".equals(type) ? Scene.Pattern.NONE : new Scene.Pattern(type, rgb & 0xFFFFFF, scale, null);
        return fabric(index, f -> new Scene.Fabric(f.rgb(), f.material(), p));
    }

    /**
     * An image pattern: the picture repeats over the fabric.
     *
     * @param index the garment's position
     * @param image a PNG or JPEG file
     * @param scale the metres of fabric one repeat of the image covers, 0.002 to 2
     * @return the change
     * @throws IllegalArgumentException naming the file if it is not a readable PNG or JPEG image, or the scale
     */
    public static UnaryOperator<Scene> patternImage(int index, Path image, double scale) {
        checkScale(scale);
        Path file = image.toAbsolutePath().normalize();
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("pattern image " + file + " is not a file; allowed: a PNG or JPEG image file");
        }
        try {
            BufferedImage read = ImageIO.read(file.toFile());
            if (read == null || read.getWidth() < 1 || read.getHeight() < 1) {
                throw new IllegalArgumentException("pattern image " + file + " is not a PNG or JPEG image; allowed: a PNG or JPEG image file");
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("pattern image " + file + " cannot be read: " + e.getMessage()
                    + "; allowed: a readable PNG or JPEG image file", e);
        }
        Scene.Pattern p = new Scene.Pattern("image", 0, scale, file);
        return fabric(index, f -> new Scene.Fabric(f.rgb(), f.material(), p));
    }

    private static void checkScale(double scale) {
        if (!(scale >= 0.002 && scale <= 2)) {
            throw new IllegalArgumentException("pattern scale " + scale + " m is not allowed; allowed: 0.002 to 2 m");
        }
    }

    private static String materials() {
        List<String> ids = new ArrayList<>();
        for (Material m : Material.values()) {
            ids.add(m.id());
        }
        return String.join(", ", ids);
    }

    private static UnaryOperator<Scene> fabric(int index, UnaryOperator<Scene.Fabric> change) {
        return s -> {
            checkIndex(s, index);
            Scene.Garment g = s.outfit().get(index);
            return withGarment(s, index, new Scene.Garment(g.style(), g.parameters(), change.apply(g.fabric())));
        };
    }

    private static void checkIndex(Scene s, int index) {
        if (index < 0 || index >= s.outfit().size()) {
            throw new IllegalArgumentException("garment position " + index + " is outside the outfit; allowed: "
                    + (s.outfit().isEmpty() ? "none, the outfit is empty" : "0 to " + (s.outfit().size() - 1)));
        }
    }

    private static Scene withGarment(Scene s, int index, Scene.Garment garment) {
        List<Scene.Garment> outfit = new ArrayList<>(s.outfit());
        outfit.set(index, garment);
        return withOutfit(s, outfit);
    }

    private static Scene withOutfit(Scene s, List<Scene.Garment> outfit) {
        return new Scene(s.avatar(), outfit, s.background(), s.motion(), s.camera(), s.lights(), s.output());
    }

    private static Scene withAvatar(Scene s, AvatarProfile avatar) {
        BodyMeasurements m = avatar.measurements();
        Landmarks.of(avatar.template(), m);
        return new Scene(avatar, s.outfit(), s.background(), s.motion(), s.camera(), s.lights(), s.output());
    }
}
