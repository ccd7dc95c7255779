package ai.fvgs.studio;

import java.nio.file.Path;
import java.util.function.UnaryOperator;

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
import ai.fvgs.scene.Scene;
import ai.fvgs.scene.SceneException;
import ai.fvgs.scene.SceneFiles;
import ai.fvgs.sdk.body.BodyMeasurements;
import ai.fvgs.sdk.body.Measurement;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The changes the Model Builder makes to a scene, as functions for {@link SceneDocument#edit}. Each checks
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

    private static Scene withAvatar(Scene s, AvatarProfile avatar) {
        BodyMeasurements m = avatar.measurements();
        Landmarks.of(avatar.template(), m);
        return new Scene(avatar, s.outfit(), s.background(), s.motion(), s.camera(), s.lights(), s.output());
    }
}
