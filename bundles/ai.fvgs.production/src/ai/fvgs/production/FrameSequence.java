package ai.fvgs.production;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import ai.fvgs.avatar.Avatar;
import ai.fvgs.avatar.AvatarMesh;
import ai.fvgs.avatar.MaterialSlot;
import ai.fvgs.motion.MotionClip;
import ai.fvgs.motion.Pose;
import ai.fvgs.motion.WorldPose;
import ai.fvgs.outfit.DressedGarment;
import ai.fvgs.outfit.Outfit;
import ai.fvgs.outfit.OutfitAnimator;
import ai.fvgs.render.Camera;
import ai.fvgs.render.Light;
import ai.fvgs.render.Material;
import ai.fvgs.render.Mesh;
import ai.fvgs.render.SceneItem;
import ai.fvgs.scene.Scene;
import ai.fvgs.sdk.RgbaImage;
import ai.fvgs.sdk.background.Background;
import ai.fvgs.sdk.background.BackgroundView;

/** The render scenes of the video's frames, made one after the other; reuses its arrays. */
public final class FrameSequence {

    /** Half the side of the shadow-catching floor square around the model, metres. */
    private static final double FLOOR_HALF_SIZE = 4;

    private final Production production;
    private final Scene scene;
    private final Avatar avatar;
    private final Outfit outfit;
    private final MotionClip motion;
    private final Background background;
    private final List<Light> lights;
    private final PoseKeypoints keypoints;
    private final AvatarMesh mesh;
    private final float[] positions;
    private final float[] normals;
    private final List<Part> parts = new ArrayList<>();
    private int next;
    private Camera camera;
    private double[] worldKeypoints;
    private long animateNanos;
    private long backgroundNanos;
    private long clothNanos;

    /**
     * One material's triangles with their own compact vertex arrays, so the renderer transforms only those; one
     * copy of the arrays (and of the mesh and scene item over them) per slot.
     */
    private record Part(int[] vertices, float[][] positions, float[][] normals, SceneItem[] items) {
        void gather(int slot, float[] allPositions, float[] allNormals) {
            float[] p = positions[slot];
            float[] n = normals[slot];
            for (int i = 0; i < vertices.length; i++) {
                int v = 3 * vertices[i];
                p[3 * i] = allPositions[v];
                p[3 * i + 1] = allPositions[v + 1];
                p[3 * i + 2] = allPositions[v + 2];
                n[3 * i] = allNormals[v];
                n[3 * i + 1] = allNormals[v + 1];
                n[3 * i + 2] = allNormals[v + 2];
            }
        }
    }

    /** The floor under the model, per slot: invisible except for the shadows it catches; follows the model. */
    private final float[][] floorPositions;
    private final SceneItem[] floors;

    private final OutfitAnimator animator;
    /** The camera of every frame, worked out up front so that backgrounds can be painted ahead on other threads. */
    private final Camera[] cameras;
    /** Per slot, the scene item of each garment. */
    private final List<List<SceneItem>> garmentItems = new ArrayList<>();
    /** Per slot, copies of each garment's vertex positions and normals; empty with one slot (the animator's arrays are used). */
    private final List<float[][]> garmentPositions = new ArrayList<>();
    private final List<float[][]> garmentNormals = new ArrayList<>();
    private final int slots;

    private final boolean transparentAllowed;

    FrameSequence(Production production, boolean transparentAllowed, int slots) {
        if (slots < 1) {
            throw new IllegalArgumentException("slots " + slots + " is invalid: it must be 1 or more");
        }
        this.slots = slots;
        this.production = production;
        this.scene = production.scene();
        this.avatar = production.avatar();
        this.outfit = production.outfit();
        this.motion = production.motion();
        this.background = production.background();
        this.lights = production.lights();
        this.keypoints = production.keypoints();
        this.mesh = avatar.mesh();
        this.positions = new float[mesh.positions().length];
        this.normals = new float[mesh.normals().length];
        this.animator = outfit.animator(scene.output().fps());
        this.cameras = production.cameras();
        this.transparentAllowed = transparentAllowed;
        for (MaterialSlot slot : mesh.triangles().keySet()) {
            int[] tris = outfit.visibleBodyTriangles(slot);
            if (tris.length > 0) {
                parts.add(part(tris, bodyMaterial(slot)));
            }
        }
        List<DressedGarment> garments = outfit.garments();
        floorPositions = new float[slots][12];
        floors = new SceneItem[slots];
        for (int slot = 0; slot < slots; slot++) {
            floors[slot] = new SceneItem(new Mesh(floorPositions[slot], new float[] { 0, 1, 0, 0, 1, 0, 0, 1, 0, 0, 1, 0 }, null,
                    new int[] { 0, 2, 1, 0, 3, 2 }), Material.shadowCatcher(Production.FLOOR_SHADOW_OPACITY), 0);
            List<SceneItem> items = new ArrayList<>();
            float[][] copiedPositions = new float[garments.size()][];
            float[][] copiedNormals = new float[garments.size()][];
            for (int g = 0; g < garments.size(); g++) {
                DressedGarment d = garments.get(g);
                Material m = Surfaces.garment(d.appearance());
                float[] uvs = Surfaces.garmentUvs(d);
                float[] p = animator.positions(g);
                float[] n = animator.normals(g);
                if (slots > 1) {
                    // the animator updates its arrays in place for the next frame while this slot's frame renders
                    p = copiedPositions[g] = p.clone();
                    n = copiedNormals[g] = n.clone();
                }
                items.add(new SceneItem(new Mesh(p, n, uvs, d.triangles()), m, Production.garmentPartId(g)));
            }
            garmentItems.add(items);
            garmentPositions.add(copiedPositions);
            garmentNormals.add(copiedNormals);
        }
    }

    private Part part(int[] tris, Material material) {
        int[] local = new int[mesh.vertexCount()];
        Arrays.fill(local, -1);
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
        vertices = Arrays.copyOf(vertices, count);
        float[][] p = new float[slots][3 * count];
        float[][] n = new float[slots][3 * count];
        SceneItem[] items = new SceneItem[slots];
        for (int slot = 0; slot < slots; slot++) {
            items[slot] = new SceneItem(new Mesh(p[slot], n[slot], null, indices), material, ids);
        }
        return new Part(vertices, p, n, items);
    }

    private Material bodyMaterial(MaterialSlot slot) {
        return Surfaces.body(slot, avatar.colour(slot));
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
        return nextOver(paintedBackground, 0);
    }

    /**
     * Like {@link #nextOver(RgbaImage)}, but the frame's meshes live in slot {@code slot} of the sequence (see
     * {@link Production#frames(boolean, int)}): its render scene stays valid while frames are made in the other
     * slots, so frames in different slots can render at the same time. The caller must not reuse a slot before the
     * frame made in it has rendered.
     *
     * @param paintedBackground the frame's background
     * @param slot              0 to the sequence's slot count minus 1
     * @return the frame's render scene
     */
    public ai.fvgs.render.Scene nextOver(RgbaImage paintedBackground, int slot) {
        if (slot < 0 || slot >= slots) {
            throw new IllegalArgumentException("slot " + slot + " is invalid: this sequence has " + slots + " slot(s)");
        }
        if (next >= production.frameCount()) {
            throw new IllegalStateException("all " + production.frameCount() + " frames were made");
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
            p.gather(slot, positions, normals);
            b.add(p.items()[slot]);
        }
        if (slots > 1) {
            float[][] copiedPositions = garmentPositions.get(slot);
            float[][] copiedNormals = garmentNormals.get(slot);
            for (int g = 0; g < copiedPositions.length; g++) {
                System.arraycopy(animator.positions(g), 0, copiedPositions[g], 0, copiedPositions[g].length);
                System.arraycopy(animator.normals(g), 0, copiedNormals[g], 0, copiedNormals[g].length);
            }
        }
        garmentItems.get(slot).forEach(b::add);
        placeFloor(floorPositions[slot], root[0], root[2]);
        b.add(floors[slot]);
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

    private static void placeFloor(float[] floorPositions, double x, double z) {
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
