package ai.fvgs.studio;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

import ai.fvgs.motion.CatwalkSettings;
import ai.fvgs.motion.CatwalkStyle;
import ai.fvgs.scene.Scene;
import ai.fvgs.sdk.background.Background;
import ai.fvgs.sdk.background.BackgroundValues;

/**
 * The changes the Scene part makes to a scene, as functions for {@link SceneDocument#edit}: the background and its
 * parameters (or an imported picture or video), the catwalk style and its settings, the camera preset and its
 * settings, and the output's resolution, aspect, frame rate and duration. Each checks its input against the scene
 * format's rules (docs/scene-format.md) and throws {@link IllegalArgumentException} naming the field, the value and
 * what is allowed, so a rejected change never reaches the document.
 */
public final class SceneSetupEdits {

    /** The id of the built-in picture background. */
    public static final String IMAGE_BACKGROUND = "ai.fvgs.background.image";
    /** The id of the built-in looping video background. */
    public static final String VIDEO_BACKGROUND = "ai.fvgs.background.video";
    /** Camera presets of the scene format. */
    public static final List<String> CAMERA_PRESETS = List.of("front", "tracking", "orbit", "dolly");
    /** Aspects of the scene format. */
    public static final List<String> ASPECTS = List.of("16:9", "9:16", "1:1", "4:5");
    /** Frame rates of the scene format. */
    public static final List<Integer> FPS = List.of(24, 25, 30, 60);
    /** Resolutions offered, as the shorter side of the frame in pixels. */
    public static final List<Integer> RESOLUTIONS = List.of(360, 480, 720, 1080, 1440, 2160);
    /** Largest width and height of the scene format. */
    public static final int MAX_WIDTH = 3840, MAX_HEIGHT = 2160;

    /**
     * A number setting of the catwalk or the camera, with its range in the scene format.
     *
     * @param key   the field in scene files
     * @param label the name shown to users
     * @param unit  its unit, empty for none
     * @param min   smallest allowed value
     * @param max   largest allowed value
     */
    public record Setting(String key, String label, String unit, double min, double max) {
        void check(String where, double value) {
            if (!(value >= min && value <= max)) {
                throw new IllegalArgumentException(where + "." + key + " = " + format(value) + " is not allowed; allowed: " + format(min) + " to "
                        + format(max) + (unit.isEmpty() ? "" : " " + unit));
            }
        }
    }

    /** The catwalk's settings, in the order the Scene part shows them. */
    public static final List<Setting> MOTION_SETTINGS = List.of(new Setting("speed", "Speed", "m/s", 0.5, 2),
            new Setting("step", "Step length", "m", 0.3, 0.9), new Setting("hipSway", "Hip sway", "degrees", 0, 15),
            new Setting("armSwing", "Arm swing", "degrees", 0, 35), new Setting("footSpacing", "Foot spacing", "m", 0, 0.12),
            new Setting("runwayLength", "Runway length", "m", 2, 30), new Setting("holdSeconds", "Hold at the end", "s", 0, 10));

    /** The camera's settings, in the order the Scene part shows them. */
    public static final List<Setting> CAMERA_SETTINGS = List.of(new Setting("fov", "Field of view", "degrees", 10, 90),
            new Setting("distance", "Distance", "m", 1, 40), new Setting("height", "Height", "m", 0.1, 5));

    private SceneSetupEdits() {
    }

    /**
     * Changes the background to another extension with all its parameters at their defaults.
     *
     * @param background an installed background
     * @return the change
     * @throws IllegalArgumentException if the background has no id, or needs a file (use {@link #importImage} or
     *                                  {@link #importVideo})
     */
    public static UnaryOperator<Scene> background(Background background) {
        String id = background.info() == null ? null : background.info().id();
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("the background has no id; allowed: an installed background with an id");
        }
        for (var p : background.parameters()) {
            if (p.required()) {
                throw new IllegalArgumentException("background \"" + id + "\" needs a file for its parameter " + p.key()
                        + "; allowed: import an image or video, which sets it");
            }
        }
        return s -> with(s, new Scene.Background(id, Map.of()));
    }

    /**
     * Sets one parameter of the scene's background; the background checks the text.
     *
     * @param background    the scene's background extension
     * @param key           the parameter
     * @param text          its new value as text, e.g. {@code #f4efe6} or {@code 12}
     * @param baseDirectory the scene file's folder, against which relative files resolve
     * @return the change
     * @throws IllegalArgumentException naming the key, the text and what is allowed (from {@link BackgroundValues#parse});
     *                                  when applied, if the scene shows another background
     */
    public static UnaryOperator<Scene> backgroundParameter(Background background, String key, String text, Path baseDirectory) {
        String id = background.info().id();
        return s -> {
            if (!s.background().id().equals(id)) {
                throw new IllegalArgumentException("background.id is \"" + s.background().id() + "\", not \"" + id + "\"");
            }
            Map<String, String> parameters = new LinkedHashMap<>(s.background().parameters());
            parameters.put(key, text);
            BackgroundValues.parse(background.parameters(), parameters, baseDirectory);
            return with(s, new Scene.Background(id, parameters));
        };
    }

    /**
     * Shows a still picture behind the model, referenced by its absolute path (the scene file then names it
     * relative to its folder when the picture lies under it). Keeps {@code fit} and {@code matte} when the scene
     * already shows a picture.
     *
     * @param file a PNG or JPEG file
     * @return the change
     * @throws IllegalArgumentException naming the file if it is missing or not a {@code .png}, {@code .jpg} or {@code .jpeg}
     */
    public static UnaryOperator<Scene> importImage(Path file) {
        return importFile(IMAGE_BACKGROUND, file, List.of("png", "jpg", "jpeg"));
    }

    /**
     * Shows a looping video behind the model, referenced by its absolute path. Keeps {@code fit} and
     * {@code matte} when the scene already shows a video.
     *
     * @param file an MP4, WebM or MOV file
     * @return the change
     * @throws IllegalArgumentException naming the file if it is missing or not a {@code .mp4}, {@code .webm} or {@code .mov}
     */
    public static UnaryOperator<Scene> importVideo(Path file) {
        return importFile(VIDEO_BACKGROUND, file, List.of("mp4", "webm", "mov"));
    }

    private static UnaryOperator<Scene> importFile(String id, Path file, List<String> extensions) {
        Path path = file.toAbsolutePath().normalize();
        String name = path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase(Locale.ROOT);
        String kind = IMAGE_BACKGROUND.equals(id) ? "picture" : "video";
        if (extensions.stream().noneMatch(e -> name.endsWith("." + e))) {
            throw new IllegalArgumentException("background " + kind + " " + path + " is not allowed; allowed: a ." + String.join(", .", extensions)
                    + " file");
        }
        if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
            throw new IllegalArgumentException("background " + kind + " " + path + " is not a readable file; allowed: an existing ."
                    + String.join(", .", extensions) + " file");
        }
        return s -> {
            Map<String, String> parameters = new LinkedHashMap<>();
            if (s.background().id().equals(id)) {
                parameters.putAll(s.background().parameters());
            }
            parameters.put("file", path.toString());
            return with(s, new Scene.Background(id, parameters));
        };
    }

    /**
     * Changes the catwalk style: its speed, step, sway, swing, foot spacing and hold take the style's values; the
     * runway length stays.
     *
     * @param style the style
     * @return the change (a motion-capture clip is replaced by the catwalk)
     */
    public static UnaryOperator<Scene> motionStyle(CatwalkStyle style) {
        return s -> {
            double runway = s.motion().catwalk() == null ? 8 : s.motion().catwalk().runwayLength();
            return with(s, new Scene.Motion("catwalk", style.settings(runway), null));
        };
    }

    /**
     * @param key   one of {@link #MOTION_SETTINGS}
     * @param value its new value
     * @return the change
     * @throws IllegalArgumentException naming the setting and its range; when applied, if the motion is a
     *                                  motion-capture clip
     */
    public static UnaryOperator<Scene> motionSetting(String key, double value) {
        setting(MOTION_SETTINGS, "motion", key).check("motion", value);
        return s -> {
            CatwalkSettings c = s.motion().catwalk();
            if (c == null) {
                throw new IllegalArgumentException("motion." + key + " applies to the catwalk, but the scene plays the motion-capture file "
                        + s.motion().bvh() + "; allowed: choose a catwalk style first");
            }
            double[] v = { c.speed(), c.step(), c.hipSway(), c.armSwing(), c.footSpacing(), c.runwayLength(), c.holdSeconds() };
            v[MOTION_SETTINGS.indexOf(setting(MOTION_SETTINGS, "motion", key))] = value;
            return with(s, new Scene.Motion("catwalk", new CatwalkSettings(v[0], v[1], v[2], v[3], v[4], v[5], v[6]), null));
        };
    }

    /**
     * @param preset one of {@link #CAMERA_PRESETS}
     * @return the change, keeping the field of view, distance and height
     */
    public static UnaryOperator<Scene> cameraPreset(String preset) {
        if (!CAMERA_PRESETS.contains(preset)) {
            throw new IllegalArgumentException("camera.preset \"" + preset + "\" is not allowed; allowed: " + String.join(", ", CAMERA_PRESETS));
        }
        return s -> {
            Scene.Camera c = s.camera();
            return with(s, new Scene.Camera(preset, c.fov(), c.distance(), c.height()));
        };
    }

    /**
     * @param key   one of {@link #CAMERA_SETTINGS}
     * @param value its new value
     * @return the change
     * @throws IllegalArgumentException naming the setting and its range
     */
    public static UnaryOperator<Scene> cameraSetting(String key, double value) {
        setting(CAMERA_SETTINGS, "camera", key).check("camera", value);
        return s -> {
            Scene.Camera c = s.camera();
            return with(s, new Scene.Camera(c.preset(), "fov".equals(key) ? value : c.fov(), "distance".equals(key) ? value : c.distance(),
                    "height".equals(key) ? value : c.height()));
        };
    }

    /**
     * Changes the frame's size keeping its aspect, e.g. 720 gives 1280 x 720 at 16:9 and 720 x 1280 at 9:16.
     *
     * @param shortSide the shorter side in pixels, 16 or more
     * @return the change
     * @throws IllegalArgumentException (when applied) if the frame would exceed 3840 x 2160
     */
    public static UnaryOperator<Scene> resolution(int shortSide) {
        return s -> withOutput(s, size(s.output().aspect(), shortSide, s.output()));
    }

    /**
     * Changes the aspect keeping the shorter side of the frame.
     *
     * @param aspect one of {@link #ASPECTS}
     * @return the change
     * @throws IllegalArgumentException naming the aspect if not allowed, or (when applied) if the frame would exceed
     *                                  3840 x 2160
     */
    public static UnaryOperator<Scene> aspect(String aspect) {
        if (!ASPECTS.contains(aspect)) {
            throw new IllegalArgumentException("output.aspect \"" + aspect + "\" is not allowed; allowed: " + String.join(", ", ASPECTS));
        }
        return s -> withOutput(s, size(aspect, Math.min(s.output().width(), s.output().height()), s.output()));
    }

    /**
     * @param fps one of {@link #FPS}
     * @return the change
     */
    public static UnaryOperator<Scene> fps(int fps) {
        if (!FPS.contains(fps)) {
            throw new IllegalArgumentException("output.fps " + fps + " is not allowed; allowed: 24, 25, 30, 60");
        }
        return s -> {
            Scene.Output o = s.output();
            return withOutput(s, new Scene.Output(o.width(), o.height(), o.aspect(), fps, o.duration()));
        };
    }

    /**
     * @param seconds the video's length, above 0.1 and up to 600 s
     * @return the change
     */
    public static UnaryOperator<Scene> duration(double seconds) {
        if (!(seconds >= 0.1 && seconds <= 600)) {
            throw new IllegalArgumentException("output.duration " + format(seconds) + " s is not allowed; allowed: 0.1 to 600 s");
        }
        return s -> {
            Scene.Output o = s.output();
            return withOutput(s, new Scene.Output(o.width(), o.height(), o.aspect(), o.fps(), seconds));
        };
    }

    /**
     * The frame size of an aspect with a given shorter side: even numbers, within a pixel of the aspect.
     *
     * @param aspect    one of {@link #ASPECTS}
     * @param shortSide the shorter side in pixels
     * @param old       the output whose frame rate and duration are kept
     * @return the output
     * @throws IllegalArgumentException if the size is outside 16 x 16 to 3840 x 2160
     */
    static Scene.Output size(String aspect, int shortSide, Scene.Output old) {
        String[] r = aspect.split(":");
        double a = Double.parseDouble(r[0]), b = Double.parseDouble(r[1]);
        int longSide = 2 * (int) Math.round(shortSide * Math.max(a, b) / Math.min(a, b) / 2);
        int even = shortSide + (shortSide & 1);
        int w = a >= b ? longSide : even;
        int h = a >= b ? even : longSide;
        if (even < 16 || w > MAX_WIDTH || h > MAX_HEIGHT) {
            throw new IllegalArgumentException("output " + w + "x" + h + " (" + aspect + " at " + shortSide + " pixels) is not allowed; allowed: 16 x 16 to "
                    + MAX_WIDTH + " x " + MAX_HEIGHT + " pixels");
        }
        return new Scene.Output(w, h, aspect, old.fps(), old.duration());
    }

    private static Setting setting(List<Setting> settings, String where, String key) {
        return settings.stream().filter(s -> s.key().equals(key)).findFirst().orElseThrow(() -> new IllegalArgumentException(
                where + "." + key + " is not a setting; allowed: " + String.join(", ", settings.stream().map(Setting::key).toList())));
    }

    private static Scene with(Scene s, Scene.Background b) {
        return new Scene(s.avatar(), s.outfit(), b, s.motion(), s.camera(), s.lights(), s.output());
    }

    private static Scene with(Scene s, Scene.Motion m) {
        return new Scene(s.avatar(), s.outfit(), s.background(), m, s.camera(), s.lights(), s.output());
    }

    private static Scene with(Scene s, Scene.Camera c) {
        return new Scene(s.avatar(), s.outfit(), s.background(), s.motion(), c, s.lights(), s.output());
    }

    private static Scene withOutput(Scene s, Scene.Output o) {
        return new Scene(s.avatar(), s.outfit(), s.background(), s.motion(), s.camera(), s.lights(), o);
    }

    static String format(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
