package ai.fvgs.production;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import ai.fvgs.avatar.Avatar;
import ai.fvgs.avatar.AvatarBuilder;
import ai.fvgs.avatar.AvatarMesh;
import ai.fvgs.avatar.BodyPart;
import ai.fvgs.avatar.MaterialSlot;
import ai.fvgs.motion.BvhClip;
import ai.fvgs.motion.CatwalkMotion;
import ai.fvgs.motion.MotionClip;
import ai.fvgs.motion.Pose;
import ai.fvgs.motion.WorldPose;
import ai.fvgs.outfit.Appearance;
import ai.fvgs.outfit.DressedGarment;
import ai.fvgs.outfit.Outfit;
import ai.fvgs.outfit.OutfitAnimator;
import ai.fvgs.outfit.OutfitItem;
import ai.fvgs.render.Camera;
import ai.fvgs.render.Light;
import ai.fvgs.render.Material;
import ai.fvgs.render.Mesh;
import ai.fvgs.render.SceneItem;
import ai.fvgs.render.Texture;
import ai.fvgs.scene.Scene;
import ai.fvgs.sdk.RgbaImage;
import ai.fvgs.sdk.background.Background;
import ai.fvgs.sdk.background.BackgroundView;
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
    /** Half the side of the shadow-catching floor square around the model, metres. */
    private static final double FLOOR_HALF_SIZE = 4;

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

    private Camera[] cameras() {
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
        return new FrameSequence(true);
    }

    /**
     * @param transparentAllowed whether the outputs keep an alpha channel; if not, a transparent background paints
     *                           its opaque fallback instead (see {@link BackgroundView#transparentAllowed()})
     * @return a fresh sequence of the frames, from the first
     */
    public FrameSequence frames(boolean transparentAllowed) {
        return new FrameSequence(transparentAllowed);
    }

    /** The render scenes of the video's frames, made one after the other; reuses its arrays. */
    public final class FrameSequence {

        private final AvatarMesh mesh = avatar.mesh();
        private final float[] positions = new float[mesh.positions().length];
        private final float[] normals = new float[mesh.normals().length];
        private final List<Part> parts = new ArrayList<>();
        private int next;
        private Camera camera;
        private double[] worldKeypoints;
        private long animateNanos;
        private long backgroundNanos;
        private long clothNanos;

        /** One material's triangles with their own compact vertex arrays, so the renderer transforms only those. */
        private record Part(int[] vertices, float[] positions, float[] normals, Mesh mesh, SceneItem item) {
            void gather(float[] allPositions, float[] allNormals) {
                for (int i = 0; i < vertices.length; i++) {
                    int v = 3 * vertices[i];
                    positions[3 * i] = allPositions[v];
                    positions[3 * i + 1] = allPositions[v + 1];
                    positions[3 * i + 2] = allPositions[v + 2];
                    normals[3 * i] = allNormals[v];
                    normals[3 * i + 1] = allNormals[v + 1];
                    normals[3 * i + 2] = allNormals[v + 2];
                }
            }
        }

        /** The floor under the model: invisible except for the shadows it catches; follows the model. */
        private final float[] floorPositions = new float[12];
        private final SceneItem floor = new SceneItem(new Mesh(floorPositions, new float[] { 0, 1, 0, 0, 1, 0, 0, 1, 0, 0, 1, 0 }, null,
                new int[] { 0, 2, 1, 0, 3, 2 }), Material.shadowCatcher(FLOOR_SHADOW_OPACITY), 0);

        private final OutfitAnimator animator = outfit.animator(scene.output().fps());
        /** The camera of every frame, worked out up front so that backgrounds can be painted ahead on other threads. */
        private final Camera[] cameras = cameras();
        private final List<SceneItem> garmentItems = new ArrayList<>();

        private final boolean transparentAllowed;

        FrameSequence(boolean transparentAllowed) {
            this.transparentAllowed = transparentAllowed;
            for (MaterialSlot slot : mesh.triangles().keySet()) {
                int[] tris = outfit.visibleBodyTriangles(slot);
                if (tris.length > 0) {
                    parts.add(part(tris, bodyMaterial(slot)));
                }
            }
            List<DressedGarment> garments = outfit.garments();
            for (int g = 0; g < garments.size(); g++) {
                DressedGarment d = garments.get(g);
                Appearance a = d.appearance();
                Material m = Material.of(0xFF000000 | (a.patternTile() != null ? 0xFFFFFF : a.rgb())).withRoughness(a.roughness())
                        .withSpecular(0.04 + 0.46 * a.sheen()).withDoubleSided(a.doubleSided());
                float[] uvs = null;
                if (a.patternTile() != null) {
                    m = m.withTexture(Texture.of(a.patternTile()));
                    uvs = d.uvs().clone();
                    for (int i = 0; i < uvs.length; i++) {
                        uvs[i] = (float) (uvs[i] / a.patternScale());
                    }
                }
                Mesh mesh = new Mesh(animator.positions(g), animator.normals(g), uvs, d.triangles());
                garmentItems.add(new SceneItem(mesh, m, garmentPartId(g)));
            }
        }

        private Part part(int[] tris, Material material) {
            int[] local = new int[mesh.vertexCount()];
            java.util.Arrays.fill(local, -1);
            int[] vertices = new int[tris.length];
            int count = 0;
            int[] indices = new int[tris.length];
            for (int i = 0; i < tris.length; i++) {
                int v = tris[i];
                if (local[v] < 0) {
                    local[v] = count;
                    vertices[count++] = v;
                }
                indices[i] = local[v];
            }
            int[] ids = new int[tris.length / 3];
            for (int t = 0; t < ids.length; t++) {
                ids[t] = mesh.parts()[tris[3 * t]];
            }
            vertices = java.util.Arrays.copyOf(vertices, count);
            float[] p = new float[3 * count];
            float[] n = new float[3 * count];
            Mesh m = new Mesh(p, n, null, indices);
            return new Part(vertices, p, n, m, new SceneItem(m, material, ids));
        }

        private Material bodyMaterial(MaterialSlot slot) {
            Material m = Material.of(0xFF000000 | avatar.colour(slot));
            return switch (slot) {
                case SKIN -> m.withRoughness(0.55).withSpecular(0.18);
                case HAIR -> m.withRoughness(0.4).withSpecular(0.3);
                case IRIS, EYE_WHITE -> m.withRoughness(0.15).withSpecular(0.5).withCastsShadows(false);
                case LIP -> m.withRoughness(0.35).withSpecular(0.3);
                case BROW -> m.withRoughness(0.8).withSpecular(0.05).withCastsShadows(false);
            };
        }

        /** @return index of the next frame, 0 for the first */
        public int nextIndex() {
            return next;
        }

        /**
         * Poses the model for the next frame, paints its background and assembles its render scene.
         *
         * @param backgroundImage receives the painted background; the scene shows it behind the model
         * @return the frame's render scene
         */
        public ai.fvgs.render.Scene next(RgbaImage backgroundImage) {
            long t0 = System.nanoTime();
            paintBackground(next, backgroundImage);
            long t1 = System.nanoTime();
            ai.fvgs.render.Scene s = nextOver(backgroundImage);
            backgroundNanos = t1 - t0;
            return s;
        }

        /**
         * Poses the model for the next frame and assembles its render scene over a background already painted
         * for that frame with {@link #paintBackground}.
         *
         * @param paintedBackground the frame's background
         * @return the frame's render scene
         */
        public ai.fvgs.render.Scene nextOver(RgbaImage paintedBackground) {
            if (next >= frameCount()) {
                throw new IllegalStateException("all " + frameCount() + " frames were made");
            }
            long t0 = System.nanoTime();
            double t = next / (double) scene.output().fps();
            camera = cameras[next];
            next++;
            Pose pose = motion.sample(t);
            WorldPose world = pose.world(avatar.skeleton());
            world.skin(mesh, positions, normals);
            long c0 = System.nanoTime();
            animator.update(world, 1.0 / scene.output().fps());
            clothNanos = System.nanoTime() - c0;
            double[] root = pose.root();
            worldKeypoints = keypoints.world(world);
            ai.fvgs.render.Scene.Builder b = ai.fvgs.render.Scene.builder(paintedBackground.width(), paintedBackground.height())
                    .camera(camera).background(paintedBackground).ambient(0xFFFFFF, scene.lights().ambient());
            lights.forEach(b::light);
            for (Part p : parts) {
                p.gather(positions, normals);
                b.add(p.item());
            }
            garmentItems.forEach(b::add);
            placeFloor(root[0], root[2]);
            b.add(floor);
            animateNanos = System.nanoTime() - t0;
            backgroundNanos = 0;
            return b.build();
        }

        /**
         * Paints the background of a frame as its camera sees it. Thread-safe: a render job paints the next
         * frame's background on another thread while the current frame renders.
         *
         * @param frame  frame index, 0 for the first
         * @param target receives the background
         */
        public void paintBackground(int frame, RgbaImage target) {
            Camera c = cameras[frame];
            double t = frame / (double) scene.output().fps();
            try {
                background.paint(target, new BackgroundView(t, sdk(c.position()), sdk(c.target()), sdk(c.up()), c.verticalFovDegrees(),
                        transparentAllowed));
            } catch (RuntimeException e) {
                throw new IllegalStateException("background \"" + scene.background().id() + "\" failed to paint frame " + (frame + 1) + ": "
                        + e, e);
            }
        }

        private void placeFloor(double x, double z) {
            float[] corners = { -1, -1, 1, -1, 1, 1, -1, 1 };
            for (int i = 0; i < 4; i++) {
                floorPositions[3 * i] = (float) (x + FLOOR_HALF_SIZE * corners[2 * i]);
                floorPositions[3 * i + 1] = 0;
                floorPositions[3 * i + 2] = (float) (z + FLOOR_HALF_SIZE * corners[2 * i + 1]);
            }
        }

        private static BackgroundView.Vec3 sdk(ai.fvgs.render.Vec3 v) {
            return new BackgroundView.Vec3(v.x(), v.y(), v.z());
        }

        /** @return time spent posing, skinning and assembling the frame last made, nanoseconds */
        public long animateNanos() {
            return animateNanos;
        }

        /** @return time spent simulating cloth for the frame last made (part of {@link #animateNanos()}), nanoseconds */
        public long clothNanos() {
            return clothNanos;
        }

        /** @return time spent painting the background of the frame last made, nanoseconds */
        public long backgroundNanos() {
            return backgroundNanos;
        }

        /** @return the camera of the frame last made */
        public Camera camera() {
            return camera;
        }

        /** @return world keypoints of the frame last made, {@code x, y, z} per {@link PoseKeypoints} keypoint */
        public double[] worldKeypoints() {
            return worldKeypoints;
        }
    }
}
