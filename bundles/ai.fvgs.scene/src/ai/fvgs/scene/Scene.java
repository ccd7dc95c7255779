package ai.fvgs.scene;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import ai.fvgs.avatar.AvatarProfile;
import ai.fvgs.motion.CatwalkSettings;

/**
 * A validated scene (format version 1). Read one with {@link SceneFiles#read(Path)}.
 *
 * @param avatar     the fashion model
 * @param outfit     garments, innermost layer first
 * @param background the background extension and its parameters
 * @param motion     what the model does
 * @param camera     how it is filmed
 * @param lights     key, fill and rim light and ambient level
 * @param output     resolution, frame rate, duration
 */
public record Scene(AvatarProfile avatar, List<Garment> outfit, Background background, Motion motion, Camera camera, Lights lights,
        Output output) {

    /** Copies the outfit list. */
    public Scene {
        outfit = List.copyOf(outfit);
    }

    /**
     * One garment of the outfit.
     *
     * @param style      garment style extension id
     * @param parameters values for the style's parameters (numbers or strings)
     * @param fabric     colour, material and pattern
     */
    public record Garment(String style, Map<String, Object> parameters, Fabric fabric) {
        /** Copies the parameters. */
        public Garment {
            parameters = Map.copyOf(parameters);
        }
    }

    /**
     * @param rgb      base colour {@code 0xRRGGBB}
     * @param material material preset
     * @param pattern  repeating pattern, {@link Pattern#NONE} for plain
     */
    public record Fabric(int rgb, Material material, Pattern pattern) {
    }

    /**
     * @param type   none, stripes, check, dots or image
     * @param rgb    pattern colour (procedural patterns)
     * @param scale  repeat size in metres
     * @param image  image file for {@code image} patterns, resolved against the scene file; else null
     */
    public record Pattern(String type, int rgb, double scale, Path image) {
        /** No pattern. */
        public static final Pattern NONE = new Pattern("none", 0, 0.1, null);
    }

    /**
     * @param id         background extension id
     * @param parameters its parameters as text
     */
    public record Background(String id, Map<String, String> parameters) {
        /** Copies the parameters. */
        public Background {
            parameters = Map.copyOf(parameters);
        }
    }

    /**
     * @param type     {@code catwalk} or {@code bvh}
     * @param catwalk  the walk settings when type is catwalk, else null
     * @param bvh      the motion-capture file when type is bvh, else null
     */
    public record Motion(String type, CatwalkSettings catwalk, Path bvh) {
    }

    /**
     * @param preset   front, tracking, orbit or dolly
     * @param fov      vertical field of view, degrees
     * @param distance from the model, metres
     * @param height   of the camera above the floor, metres
     */
    public record Camera(String preset, double fov, double distance, double height) {
    }

    /**
     * @param intensity brightness multiplier
     * @param azimuth   degrees around the model, 0 = from the camera side, positive to the model's left
     * @param elevation degrees above the horizon
     * @param rgb       colour
     * @param shadows   whether it casts shadows
     */
    public record Light(double intensity, double azimuth, double elevation, int rgb, boolean shadows) {
    }

    /**
     * @param key     main light
     * @param fill    softer light from the other side
     * @param rim     back light outlining the silhouette
     * @param ambient ambient level, 0 to 1
     */
    public record Lights(Light key, Light fill, Light rim, double ambient) {
    }

    /**
     * @param width    pixels
     * @param height   pixels
     * @param aspect   16:9, 9:16, 1:1 or 4:5
     * @param fps      24, 25, 30 or 60
     * @param duration seconds
     */
    public record Output(int width, int height, String aspect, int fps, double duration) {
        /** @return the number of frames */
        public int frames() {
            return (int) Math.round(duration * fps);
        }
    }
}
