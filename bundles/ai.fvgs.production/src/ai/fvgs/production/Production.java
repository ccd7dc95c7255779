package ai.fvgs.production;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import ai.fvgs.avatar.Avatar;
import ai.fvgs.avatar.AvatarBuilder;
import ai.fvgs.avatar.BodyPart;
import ai.fvgs.motion.BvhClip;
import ai.fvgs.motion.CatwalkMotion;
import ai.fvgs.motion.MotionClip;
import ai.fvgs.outfit.Outfit;
import ai.fvgs.outfit.OutfitItem;
import ai.fvgs.render.Camera;
import ai.fvgs.render.Light;
import ai.fvgs.scene.Scene;
import ai.fvgs.sdk.background.Background;
import ai.fvgs.sdk.body.Measurement;
import ai.fvgs.sdk.garment.GarmentStyle;
import ai.fvgs.sdk.garment.ParameterValues;

/**
 * A scene made ready to film: the avatar built, the motion planned, the background found and configured, the
 * camera and lights set. {@link #frames()} then yields the render scene of each frame in order. Preparing is
 * where everything the scene names is checked, so a scene that prepares renders.
 */
public final class Production {

    /** How dark the model's shadow on the floor is where the key light is fully blocked, 0 to 1. */
    public static final double FLOOR_SHADOW_OPACITY = 0.55;

    private final Scene scene;
    private final Avatar avatar;
    private final Outfit outfit;
    private final MotionClip motion;
    private final Background background;
    private final CameraRig cameraRig;
    private final List<Light> lights;
    private final PoseKeypoints keypoints;
    private final List<GuidanceWriter.SegmentClass> segmentClasses;
    private final double runwayEnd;

    private Production(Scene scene, Avatar avatar, Outfit outfit, MotionClip motion, Background background, double runwayEnd) {
        this.scene = scene;
        this.avatar = avatar;
        this.outfit = outfit;
        this.motion = motion;
        this.background = background;
        this.runwayEnd = runwayEnd;
        double height = avatar.profile().measurements().get(Measurement.HEIGHT) / 100;
        this.cameraRig = new CameraRig(scene.camera(), runwayEnd, height, scene.output().duration());
        this.lights = LightRig.of(scene.lights());
        this.keypoints = new PoseKeypoints(avatar);
        this.segmentClasses = buildSegmentClasses();
    }

    /**
     * Builds everything the scene needs and checks that its extensions exist and accept their parameters.
     *
     * @param scene         a valid scene
     * @param baseDirectory folder against which file parameters of extensions resolve (the scene file's folder)
     * @param lookup        the installed extensions
     * @return the production
     * @throws ProductionException listing every problem with its JSON path
     * @throws IOException         if a motion-capture file cannot be read
     */
    public static Production prepare(Scene scene, Path baseDirectory, ExtensionLookup lookup) throws ProductionException, IOException {
        List<String> problems = new ArrayList<>();
        Background background = background(scene, baseDirectory, lookup, problems);
        List<OutfitItem> items = outfitItems(scene, lookup, problems);
        if (!problems.isEmpty()) {
            throw new ProductionException(scene.avatar().name(), problems);
        }
        Avatar avatar = AvatarBuilder.build(scene.avatar());
        Outfit outfit;
        try {
            outfit = Outfit.dress(avatar, items);
        } catch (IllegalArgumentException e) {
            throw new ProductionException(scene.avatar().name(), List.of("$." + e.getMessage()));
        }
        MotionClip motion;
        double runwayEnd;
        if ("bvh".equals(scene.motion().type())) {
            motion = BvhClip.read(scene.motion().bvh(), avatar.skeleton());
            runwayEnd = 0;
        } else {
            motion = new CatwalkMotion(avatar.skeleton(), scene.motion().catwalk());
            runwayEnd = scene.motion().catwalk().runwayLength() / 2;
        }
        return new Production(scene, avatar, outfit, motion, background, runwayEnd);
    }

    /** Finds and configures the scene's background; adds a problem and returns null if it cannot. */
    private static Background background(Scene scene, Path baseDirectory, ExtensionLookup lookup, List<String> problems) {
        Background background = lookup.background(scene.background().id()).orElse(null);
        if (background == null) {
            problems.add("$.background.id: \"" + scene.background().id() + "\" is not an installed background; installed: "
                    + String.join(", ", lookup.backgroundIds()));
        } else {
            try {
                background = background.configure(scene.background().parameters(), baseDirectory);
                if (background == null) {
                    problems.add("$.background: background \"" + scene.background().id() + "\" returned no configuration");
                }
            } catch (IllegalArgumentException e) {
                String m = String.valueOf(e.getMessage());
                problems.add(m.matches("(?s)[A-Za-z0-9_.-]+: .*") ? "$.background.parameters." + m : "$.background.parameters: " + m);
            } catch (RuntimeException e) {
                problems.add("$.background: background \"" + scene.background().id() + "\" failed to configure: " + e);
            }
        }
        return background;
    }

    /** The outfit's garments with their checked parameter values; adds a problem for each that cannot be worn. */
    private static List<OutfitItem> outfitItems(Scene scene, ExtensionLookup lookup, List<String> problems) {
        List<OutfitItem> items = new ArrayList<>();
        for (int i = 0; i < scene.outfit().size(); i++) {
            Scene.Garment g = scene.outfit().get(i);
            GarmentStyle style = lookup.garmentStyle(g.style()).orElse(null);
            if (style == null) {
                problems.add("$.outfit[" + i + "].garment: \"" + g.style() + "\" is not an installed garment style; installed: "
                        + String.join(", ", lookup.garmentStyleIds()));
                continue;
            }
            ParameterValues values;
            try {
                values = ParameterValues.defaults(style.parameters());
            } catch (RuntimeException e) {
                problems.add("$.outfit[" + i + "].garment: \"" + g.style() + "\" failed to list its parameters: " + e);
                continue;
            }
            for (String key : new java.util.TreeSet<>(g.parameters().keySet())) {
                try {
                    values = values.with(key, g.parameters().get(key));
                } catch (IllegalArgumentException e) {
                    problems.add("$.outfit[" + i + "].parameters." + key + ": " + e.getMessage());
                }
            }
            items.add(new OutfitItem(style, values, g.fabric()));
        }
        return items;
    }

    /** @return the scene */
    public Scene scene() {
        return scene;
    }

    /** @return the built avatar */
    public Avatar avatar() {
        return avatar;
    }

    /** @return the dressed outfit */
    public Outfit outfit() {
        return outfit;
    }

    /** @return the motion */
    public MotionClip motion() {
        return motion;
    }

    /** @return the background extension */
    public Background background() {
        return background;
    }

    /** @return z of the runway's end towards the audience */
    public double runwayEnd() {
        return runwayEnd;
    }

    /** @return number of frames of the video */
    public int frameCount() {
        return scene.output().frames();
    }

    /** @return the camera rig */
    CameraRig cameraRig() {
        return cameraRig;
    }

    /** @return the renderer's lights */
    List<Light> lights() {
        return lights;
    }

    /** @return the keypoint model of the avatar */
    public PoseKeypoints keypoints() {
        return keypoints;
    }

    /** @return the segmentation classes: body parts (ids of {@link BodyPart}) and garments */
    public List<GuidanceWriter.SegmentClass> segmentClasses() {
        return segmentClasses;
    }

    private List<GuidanceWriter.SegmentClass> buildSegmentClasses() {
        BodyPart[] parts = BodyPart.values();
        List<Integer> palette = GuidanceWriter.palette(parts.length + scene.outfit().size());
        List<GuidanceWriter.SegmentClass> out = new ArrayList<>();
        for (BodyPart p : parts) {
            out.add(new GuidanceWriter.SegmentClass(p.id(), "body:" + p.name().toLowerCase(java.util.Locale.ROOT), palette.get(p.ordinal())));
        }
        for (int i = 0; i < scene.outfit().size(); i++) {
            out.add(new GuidanceWriter.SegmentClass(garmentPartId(i), "garment:" + i + ":" + scene.outfit().get(i).style(),
                    palette.get(parts.length + i)));
        }
        return List.copyOf(out);
    }

    /**
     * @param garment index in the outfit
     * @return its segmentation id
     */
    public static int garmentPartId(int garment) {
        return 100 + garment;
    }

    /**
     * The range of distances from the camera to the model over the whole video, padded by the model's reach,
     * which the depth guidance maps to its grey levels (one fixed range per video, so depth does not flicker).
     *
     * @return {@code {near, far}} in metres
     */
    public double[] depthRange() {
        double min = Double.MAX_VALUE, max = 0;
        int n = frameCount();
        double fps = scene.output().fps();
        for (int i = 0; i < n; i++) {
            double t = i / fps;
            double[] root = motion.sample(t).root();
            Camera c = cameraRig.at(t, root[0], root[2]);
            double dx = c.position().x() - root[0], dz = c.position().z() - root[2];
            double d = Math.sqrt(dx * dx + dz * dz);
            min = Math.min(min, d);
            max = Math.max(max, d);
        }
        return new double[] { Math.max(0.05, min - 1.2), max + 1.2 };
    }

    Camera[] cameras() {
        Camera[] out = new Camera[frameCount()];
        for (int i = 0; i < out.length; i++) {
            double t = i / (double) scene.output().fps();
            double[] root = motion.sample(t).root();
            out[i] = cameraRig.at(t, root[0], root[2]);
        }
        return out;
    }

    /** @return a fresh sequence of the frames, from the first, for outputs that keep transparency */
    public FrameSequence frames() {
        return new FrameSequence(this, true, 1);
    }

    /**
     * @param transparentAllowed whether the outputs keep an alpha channel; if not, a transparent background paints
     *                           its opaque fallback instead (see {@link BackgroundView#transparentAllowed()})
     * @return a fresh sequence of the frames, from the first
     */
    public FrameSequence frames(boolean transparentAllowed) {
        return new FrameSequence(this, transparentAllowed, 1);
    }

    /**
     * @param transparentAllowed as for {@link #frames(boolean)}
     * @param slots              how many frames may be in flight at once: each slot has its own copy of the meshes,
     *                           so a frame made in one slot can render while the next is posed in another
     * @return a fresh sequence of the frames, from the first
     */
    public FrameSequence frames(boolean transparentAllowed, int slots) {
        return new FrameSequence(this, transparentAllowed, slots);
    }

}
