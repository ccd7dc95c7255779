package ai.fvgs.studio;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;

import ai.fvgs.avatar.AvatarProfile;
import ai.fvgs.outfit.OutfitItem;
import ai.fvgs.production.LightRig;
import ai.fvgs.render.Antialiasing;
import ai.fvgs.render.Camera;
import ai.fvgs.render.FrameBuffers;
import ai.fvgs.render.Material;
import ai.fvgs.render.Mesh;
import ai.fvgs.render.RenderSettings;
import ai.fvgs.render.Renderer;
import ai.fvgs.render.SceneItem;
import ai.fvgs.render.Vec3;
import ai.fvgs.scene.Scene;
import ai.fvgs.sdk.RgbaImage;
import ai.fvgs.sdk.garment.GarmentStyle;
import ai.fvgs.sdk.garment.ParameterValues;
import ai.fvgs.studio.internal.BodyGeometry;
import ai.fvgs.studio.internal.LatestRequests;

/**
 * Renders the model of a {@link Scene} small and fast for the Studio's live preview, standing in its bind pose
 * on a studio floor under the scene's lights, seen by an orbit camera ({@link View}).
 * <p>
 * The cheapest path through the engine: the avatar's mesh is built once per body (template, measurements, hair
 * style) and kept in a small cache, split into one compact mesh per material; colours (skin, hair, face) only
 * change materials, and the view only moves the camera, so neither rebuilds anything. Then the software
 * renderer draws a frame of a few hundred pixels with four-rooks anti-aliasing and a 512 texel shadow map.
 * <p>
 * {@link #request} is latest-wins: requests go to one worker thread; a request made while another renders
 * makes that one obsolete, so its frame is dropped instead of delivered, and requests in between are never
 * rendered. Only the newest request's frame reaches the {@link Listener}. {@link #render} renders at once on
 * the calling thread (for tests and benchmarks); it shares the cache and is serialised with the worker.
 * <p>
 * The model wears the scene's outfit: garments are fitted by the engine's outfit fitting in the bind pose
 * (no cloth simulation) with their styles from the garment style lookup given to the constructor, and the
 * fitted outfit is cached per body and outfit ({@value #CACHE_SIZE} kept), so a new view, a skin colour or
 * the colour of a plain fabric does not fit again; any other change to a garment (parameter, pattern,
 * material, order) fits once.
 */
public final class PreviewRenderer implements AutoCloseable {

    /** Bodies kept built; undo and redo between a few shapes then need no rebuild. */
    static final int CACHE_SIZE = 8;

    /**
     * Where the preview looks from: the camera circles the model.
     *
     * @param azimuth   degrees around the model, 0 = in front of it, positive towards its left
     * @param elevation degrees above the model's middle, -60 to 80
     * @param zoom      1 shows the whole model; 0.5 to 6
     */
    public record View(double azimuth, double elevation, double zoom) {

        /** The model from the front, slightly from above, whole. */
        public static final View FRONT = new View(0, 8, 1);

        /** @throws IllegalArgumentException naming the value out of range */
        public View {
            if (!Double.isFinite(azimuth)) {
                throw new IllegalArgumentException("azimuth " + azimuth + " is not allowed; allowed: a finite number of degrees");
            }
            if (!(elevation >= -60 && elevation <= 80)) {
                throw new IllegalArgumentException("elevation " + elevation + " is not allowed; allowed: -60 to 80 degrees");
            }
            if (!(zoom >= 0.5 && zoom <= 6)) {
                throw new IllegalArgumentException("zoom " + zoom + " is not allowed; allowed: 0.5 to 6");
            }
            azimuth = ((azimuth % 360) + 360) % 360;
        }

        /**
         * @param degreesAround    added to the azimuth
         * @param degreesUp        added to the elevation, which is then clamped to its range
         * @return the view turned
         */
        public View orbit(double degreesAround, double degreesUp) {
            return new View(azimuth + degreesAround, Math.max(-60, Math.min(80, elevation + degreesUp)), zoom);
        }

        /** @param factor multiplies the zoom, which is then clamped to its range @return the view zoomed */
        public View zoomed(double factor) {
            return new View(azimuth, elevation, Math.max(0.5, Math.min(6, zoom * factor)));
        }
    }

    /**
     * A finished preview frame.
     *
     * @param request   the number {@link #request} returned for it (0 for {@link #render})
     * @param image     the frame, opaque ARGB
     * @param scene     the scene it shows
     * @param view      the view it shows
     * @param nanos      from the request to the finished frame, nanoseconds
     * @param rebuilt    whether the body or its outfit had to be built or fitted (not in the cache)
     * @param buildNanos of {@code nanos}, the time spent building the body and fitting the outfit (0 when both came
     *                   from the cache)
     */
    public record Frame(long request, RgbaImage image, Scene scene, View view, long nanos, boolean rebuilt, long buildNanos) {
    }

    /** Receives the frames of {@link #request}s, on the preview's worker thread. */
    public interface Listener {
        /** @param frame the newest request's frame */
        void rendered(Frame frame);

        /**
         * @param request the request that failed
         * @param error   why, e.g. an {@link IllegalArgumentException} from the avatar builder naming the measurement
         */
        void failed(long request, RuntimeException error);
    }

    private record Request(long number, Scene scene, View view, int width, int height, long startNanos) {
    }

    private final Renderer renderer;
    private final Listener listener;
    private final Map<BodyGeometry.Key, BodyGeometry> cache = new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<BodyGeometry.Key, BodyGeometry> eldest) {
            return size() > CACHE_SIZE;
        }
    };
    private final Map<OutfitKey, BodyGeometry> dressed = new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<OutfitKey, BodyGeometry> eldest) {
            return size() > CACHE_SIZE;
        }
    };

    /** What a dressed geometry depends on: the body, the garments and the style objects that made them. */
    private record OutfitKey(BodyGeometry.Key body, List<Scene.Garment> outfit, List<GarmentStyle> styles) {
    }

    private final Function<String, Optional<GarmentStyle>> styles;
    private final Map<Long, RgbaImage> backgrounds = new LinkedHashMap<>();
    private final LatestRequests<Request> requests;

    /**
     * A preview of the undressed model: the scene's outfit is not shown (the Model Builder's view).
     *
     * @param threads  threads that render a frame (the worker is one of them), 1 or more
     * @param listener receives the frames of {@link #request}s and their failures
     */
    public PreviewRenderer(int threads, Listener listener) {
        this(threads, null, listener);
    }

    /**
     * @param threads  threads that render a frame (the worker is one of them), 1 or more
     * @param styles   finds an installed garment style by its id (asked on every frame of a dressed model, so
     *                 a style installed or removed later is seen at the next frame); null shows the model
     *                 undressed
     * @param listener receives the frames of {@link #request}s and their failures
     */
    public PreviewRenderer(int threads, Function<String, Optional<GarmentStyle>> styles, Listener listener) {
        this.styles = styles;
        this.renderer = new Renderer(threads, new RenderSettings(Antialiasing.FOUR_ROOKS, 512));
        this.listener = Objects.requireNonNull(listener, "listener");
        this.requests = new LatestRequests<>("preview renderer", "fvgs-preview", this::serve, () -> false);
    }

    /**
     * Asks for a frame; returns at once. The frame goes to the listener unless a newer request comes first.
     *
     * @param scene  the scene whose model to show
     * @param view   where from
     * @param width  pixels, 16 to 2048
     * @param height pixels, 16 to 2048
     * @return the request's number, increasing
     * @throws IllegalArgumentException if a size is out of range
     * @throws IllegalStateException    if the renderer is closed
     */
    public long request(Scene scene, View view, int width, int height) {
        checkSize(width, height);
        Objects.requireNonNull(scene, "scene");
        Objects.requireNonNull(view, "view");
        return requests.request(n -> new Request(n, scene, view, width, height, System.nanoTime()));
    }

    /**
     * Renders at once on the calling thread.
     *
     * @param scene  the scene whose model to show
     * @param view   where from
     * @param width  pixels, 16 to 2048
     * @param height pixels, 16 to 2048
     * @return the frame
     * @throws IllegalArgumentException if a size is out of range or the model cannot be built (the message names
     *                                  the measurement)
     */
    public Frame render(Scene scene, View view, int width, int height) {
        checkSize(width, height);
        return draw(new Request(0, scene, view, width, height, System.nanoTime()));
    }

    /** @return the number of the newest request, 0 before the first */
    public long newestRequest() {
        return requests.newest();
    }

    /** Stops the worker; pending requests are dropped. */
    @Override
    public void close() {
        requests.close();
        renderer.close();
    }

    private static void checkSize(int width, int height) {
        if (width < 16 || height < 16 || width > 2048 || height > 2048) {
            throw new IllegalArgumentException("preview size " + width + "x" + height + " is not allowed; allowed: 16 to 2048 pixels a side");
        }
    }

    /** Makes a requested frame on the worker thread and hands it to the listener unless a newer request came. */
    private void serve(Request r) {
        try {
            Frame frame = draw(r);
            if (frame != null && r.number() == requests.newest()) {
                listener.rendered(frame);
            }
        } catch (RuntimeException e) {
            if (r.number() == requests.newest()) {
                listener.failed(r.number(), e);
            }
        }
    }

    /** @return the frame, or null if the request became obsolete on the way */
    private synchronized Frame draw(Request r) {
        AvatarProfile profile = r.scene().avatar();
        BodyGeometry.Key key = BodyGeometry.Key.of(profile);
        BodyGeometry body = cache.get(key);
        boolean rebuilt = body == null;
        long buildNanos = 0;
        if (rebuilt) {
            long t0 = System.nanoTime();
            body = BodyGeometry.build(profile);
            buildNanos = System.nanoTime() - t0;
            cache.put(key, body);
            if (r.number() != 0 && r.number() != requests.newest()) {
                return null;
            }
        }
        BodyGeometry shown = body;
        if (styles != null && !r.scene().outfit().isEmpty()) {
            List<GarmentStyle> worn = resolve(r.scene());
            OutfitKey outfitKey = new OutfitKey(key, fitKey(r.scene().outfit()), worn);
            shown = dressed.get(outfitKey);
            if (shown == null) {
                long t0 = System.nanoTime();
                shown = body.dress(items(r.scene(), worn));
                buildNanos += System.nanoTime() - t0;
                rebuilt = true;
                dressed.put(outfitKey, shown);
                if (r.number() != 0 && r.number() != requests.newest()) {
                    return null;
                }
            }
        }
        ai.fvgs.render.Scene.Builder b = ai.fvgs.render.Scene.builder(r.width(), r.height()).camera(camera(body, r.view(), r.width(), r.height()))
                .background(background(r.width(), r.height())).ambient(0xFFFFFF, r.scene().lights().ambient());
        LightRig.of(r.scene().lights()).forEach(b::light);
        for (SceneItem item : shown == body ? body.items(profile) : shown.items(profile, r.scene().outfit())) {
            b.add(item);
        }
        b.add(floor(body.height()));
        FrameBuffers buffers = renderer.render(b.build());
        RgbaImage image = new RgbaImage(r.width(), r.height());
        buffers.copyColorTo(image);
        return new Frame(r.number(), image, r.scene(), r.view(), System.nanoTime() - r.startNanos(), rebuilt, buildNanos);
    }

    /** The outfit as far as fitting depends on it: the colour of a plain fabric only changes its material. */
    private static List<Scene.Garment> fitKey(List<Scene.Garment> outfit) {
        List<Scene.Garment> key = new ArrayList<>(outfit.size());
        for (Scene.Garment g : outfit) {
            Scene.Fabric f = g.fabric();
            key.add("none".equals(f.pattern().type()) ? new Scene.Garment(g.style(), g.parameters(), new Scene.Fabric(0, f.material(), f.pattern()))
                    : g);
        }
        return key;
    }

    private List<GarmentStyle> resolve(Scene scene) {
        List<GarmentStyle> worn = new ArrayList<>();
        for (int i = 0; i < scene.outfit().size(); i++) {
            String id = scene.outfit().get(i).style();
            Optional<GarmentStyle> style = styles.apply(id);
            if (style == null || style.isEmpty()) {
                throw new IllegalArgumentException("outfit[" + i + "]: garment style \"" + id
                        + "\" is not installed; allowed: an installed garment style (install its bundle or drop it into the dropins folder)");
            }
            worn.add(style.get());
        }
        return worn;
    }

    private static List<OutfitItem> items(Scene scene, List<GarmentStyle> worn) {
        List<OutfitItem> items = new ArrayList<>();
        for (int i = 0; i < worn.size(); i++) {
            Scene.Garment g = scene.outfit().get(i);
            ParameterValues values = ParameterValues.defaults(worn.get(i).parameters());
            for (String k : new TreeSet<>(g.parameters().keySet())) {
                try {
                    values = values.with(k, g.parameters().get(k));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("outfit[" + i + "] (" + g.style() + ") parameter " + k + ": " + e.getMessage(), e);
                }
            }
            items.add(new OutfitItem(worn.get(i), values, g.fabric()));
        }
        return items;
    }

    /** An orbit camera around the model's middle that fits the whole model at zoom 1 with a margin. */
    static Camera camera(BodyGeometry body, View view, int width, int height) {
        double h = body.height();
        double fov = 30;
        Vec3 target = new Vec3(0, h * 0.5, 0);
        double aspect = width / (double) height;
        double halfHeight = h * 0.56;
        double halfWidth = h * 0.3;
        double tan = Math.tan(Math.toRadians(fov / 2));
        double distance = Math.max(halfHeight / tan, halfWidth / (tan * aspect)) / view.zoom();
        double az = Math.toRadians(view.azimuth());
        double el = Math.toRadians(view.elevation());
        Vec3 eye = new Vec3(target.x() + distance * Math.cos(el) * Math.sin(az), target.y() + distance * Math.sin(el),
                target.z() + distance * Math.cos(el) * Math.cos(az));
        return new Camera(eye, target, new Vec3(0, 1, 0), fov, 0.05, distance + 2 * h + 10);
    }

    private SceneItem floor(double modelHeight) {
        float s = (float) Math.max(2, modelHeight * 1.5);
        Mesh mesh = new Mesh(new float[] { -s, 0, -s, s, 0, -s, s, 0, s, -s, 0, s }, new float[] { 0, 1, 0, 0, 1, 0, 0, 1, 0, 0, 1, 0 },
                null, new int[] { 0, 2, 1, 0, 3, 2 });
        return new SceneItem(mesh, Material.shadowCatcher(0.45), 0);
    }

    /** A soft studio gradient, light at the top, cached per size. */
    private RgbaImage background(int width, int height) {
        long key = ((long) width << 32) | height;
        RgbaImage image = backgrounds.get(key);
        if (image == null) {
            if (backgrounds.size() > 4) {
                backgrounds.clear();
            }
            image = new RgbaImage(width, height);
            int[] px = image.pixels();
            for (int y = 0; y < height; y++) {
                double t = y / (double) Math.max(1, height - 1);
                int top = 0xDCDDE1, bottom = 0xB9BBC2;
                int argb = 0xFF000000 | mix(top, bottom, t);
                java.util.Arrays.fill(px, y * width, (y + 1) * width, argb);
            }
            backgrounds.put(key, image);
        }
        return image;
    }

    private static int mix(int a, int b, double t) {
        int r = (int) Math.round(((a >> 16) & 255) * (1 - t) + ((b >> 16) & 255) * t);
        int g = (int) Math.round(((a >> 8) & 255) * (1 - t) + ((b >> 8) & 255) * t);
        int bl = (int) Math.round((a & 255) * (1 - t) + (b & 255) * t);
        return (r << 16) | (g << 8) | bl;
    }
}
