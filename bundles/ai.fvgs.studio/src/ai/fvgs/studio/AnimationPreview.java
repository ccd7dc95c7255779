package ai.fvgs.studio;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import ai.fvgs.production.ExtensionLookup;
import ai.fvgs.production.FrameSequence;
import ai.fvgs.production.Production;
import ai.fvgs.production.ProductionException;
import ai.fvgs.production.RenderOptions;
import ai.fvgs.render.FrameBuffers;
import ai.fvgs.render.Renderer;
import ai.fvgs.scene.Scene;
import ai.fvgs.sdk.RgbaImage;
import ai.fvgs.studio.internal.FrameCursors;
import ai.fvgs.studio.internal.LatestRequests;

/**
 * Renders single frames of a scene's animation small, for the Scene part's scrubbable preview, through the real
 * production pipeline: the scene is {@link Production#prepare prepared} as {@code fvgs render} prepares it (avatar,
 * outfit with cloth, motion, background from the installed extensions, camera and lights), at an output size
 * scaled down to at most {@link #DEFAULT_SHORT_SIDE} pixels on the shorter side, and frame {@code i} is the frame
 * the video would show at {@code i / fps} seconds, at that size.
 * <p>
 * The production of the last scene is kept with {@value #CURSORS} cursors into its frames ({@link FrameCursors}).
 * Frames are made in order (the cloth is simulated frame by frame), so scrubbing forward only poses the frames in
 * between, without painting or rasterizing them; scrubbing back takes the closest cursor before the frame. While
 * no request waits, the worker poses spare cursors towards checkpoints spread over the video, one frame at a time,
 * so scrubbing back poses at most a {@value #CURSORS}th of the video once they are in place. The last
 * {@value #CACHED_FRAMES} frames drawn are kept. A change of the scene prepares it again.
 * <p>
 * {@link #request} is latest-wins: requests go to one worker thread, and a newer request makes the one being made
 * obsolete: it stops between frames and is never delivered. {@link #render} renders at once on the calling thread
 * (tests, benchmarks); it is serialised with the worker.
 */
public final class AnimationPreview implements AutoCloseable {

    /** The default shorter side of preview frames in pixels (360p). */
    public static final int DEFAULT_SHORT_SIDE = 360;

    /** Frames of the prepared scene kept drawn (at 640 x 360 about 0.9 MB each). */
    static final int CACHED_FRAMES = 16;

    /** Cursors kept into the prepared scene's frames; scrubbing back poses at most a sixth of the video. */
    static final int CURSORS = 6;

    /**
     * A finished preview frame.
     *
     * @param request  the number {@link #request} returned for it (0 for {@link #render})
     * @param scene    the scene it shows (at its own output size)
     * @param frame    the frame's index, 0 for the first
     * @param frames   the number of frames of the video
     * @param image    the frame, at the preview's size
     * @param nanos    from the request to the finished frame
     * @param prepared whether the scene had to be prepared (not the same as the last one)
     * @param posed    frames posed (cloth simulated) on the way to this one, without being drawn
     */
    public record Frame(long request, Scene scene, int frame, int frames, RgbaImage image, long nanos, boolean prepared, int posed) {
        /** @return the frame's time in seconds */
        public double seconds() {
            return frame / (double) scene.output().fps();
        }
    }

    /** Receives the frames of {@link #request}s, on the preview's worker thread. */
    public interface Listener {
        /** @param frame the newest request's frame */
        void rendered(Frame frame);

        /**
         * @param request the request that failed
         * @param error   why, e.g. a {@link ProductionException} listing what the scene names that is not installed
         */
        void failed(long request, Exception error);
    }

    private record Request(long number, Scene scene, Path base, int frame, int shortSide, long startNanos) {
    }

    private record Key(Scene scene, Path base) {
    }

    private final ExtensionLookup lookup;
    private final Listener listener;
    private final Renderer renderer;
    private final LatestRequests<Request> requests;
    private Key key;
    private Production production;
    private FrameCursors cursors;
    private RgbaImage scratch;
    /** The prepared scene of the request made last, which idle time goes to: its cursors are spread over the video. */
    private volatile Key warming;
    private volatile boolean invalid;
    /** Frames of the prepared scene drawn lately, by index: scrubbing back to one of them draws nothing. */
    private final Map<Integer, RgbaImage> drawn = new LinkedHashMap<>(32, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, RgbaImage> eldest) {
            return size() > CACHED_FRAMES;
        }
    };

    /**
     * @param threads  render threads
     * @param lookup   the installed garment styles and backgrounds
     * @param listener receives the frames of requests
     */
    public AnimationPreview(int threads, ExtensionLookup lookup, Listener listener) {
        this.lookup = Objects.requireNonNull(lookup, "lookup");
        this.listener = Objects.requireNonNull(listener, "listener");
        this.renderer = new Renderer(threads, RenderOptions.settingsFor(DEFAULT_SHORT_SIDE));
        this.requests = new LatestRequests<>("animation preview", "fvgs-animation-preview", this::serve, this::warmStep);
    }

    /**
     * The output a preview renders: the scene's aspect, frame rate and duration at a smaller size.
     *
     * @param output    the scene's output
     * @param shortSide the most pixels on the shorter side, 16 or more
     * @return the output scaled down to at most {@code shortSide} on its shorter side (never up), even sizes
     */
    public static Scene.Output previewOutput(Scene.Output output, int shortSide) {
        if (shortSide < 16) {
            throw new IllegalArgumentException("preview size " + shortSide + " is not allowed; allowed: 16 pixels or more");
        }
        double scale = Math.min(1, shortSide / (double) Math.min(output.width(), output.height()));
        int w = Math.max(16, 2 * (int) Math.round(output.width() * scale / 2));
        int h = Math.max(16, 2 * (int) Math.round(output.height() * scale / 2));
        return new Scene.Output(w, h, output.aspect(), output.fps(), output.duration());
    }

    /**
     * Asks for a frame; the {@link Listener} gets it unless a newer request comes first.
     *
     * @param scene         the scene
     * @param baseDirectory the scene file's folder (relative files of extensions resolve against it)
     * @param frame         the frame's index, clamped to the video's frames
     * @param shortSide     the most pixels on the frame's shorter side
     * @return the request's number
     */
    public long request(Scene scene, Path baseDirectory, int frame, int shortSide) {
        previewOutput(scene.output(), shortSide);
        return requests.request(n -> new Request(n, scene, baseDirectory, frame, shortSide, System.nanoTime()));
    }

    /**
     * Renders a frame now, on the calling thread.
     *
     * @param scene         the scene
     * @param baseDirectory the scene file's folder
     * @param frame         the frame's index, clamped to the video's frames
     * @param shortSide     the most pixels on the frame's shorter side
     * @return the frame
     * @throws ProductionException if the scene names something that is not installed or not allowed
     * @throws IOException         if a file the scene names cannot be read
     */
    public Frame render(Scene scene, Path baseDirectory, int frame, int shortSide) throws ProductionException, IOException {
        previewOutput(scene.output(), shortSide);
        Frame result = draw(new Request(0, scene, baseDirectory, frame, shortSide, System.nanoTime()));
        requests.wake(); // a cursor may have moved out of its checkpoint: the worker may pose one again
        return result;
    }

    /** @return the next frames of the cursors into the prepared scene, ascending (diagnostics, tests) */
    public synchronized java.util.List<Integer> cursorPositions() {
        return cursors == null ? java.util.List.of() : cursors.positions();
    }

    /** @return the newest request made, 0 before the first */
    public long newestRequest() {
        return requests.newest();
    }

    /**
     * Forgets the prepared scene, so the next frame prepares it again, e.g. after its extensions changed. Returns at
     * once, also while a frame is being made (the display thread calls it).
     */
    public void invalidate() {
        invalid = true;
    }

    @Override
    public void close() {
        requests.close();
        renderer.close();
    }

    /** Makes a requested frame on the worker thread and hands it to the listener unless a newer request came. */
    private void serve(Request r) {
        try {
            Frame frame = draw(r);
            if (frame != null && r.number() == requests.newest()) {
                listener.rendered(frame);
            }
        } catch (ProductionException | IOException | RuntimeException e) {
            if (r.number() == requests.newest()) {
                listener.failed(r.number(), e);
            }
        }
    }

    /**
     * Poses one frame of a spare cursor of the scene requested last, so that scrubbing back later poses fewer frames.
     * One frame at a time: a request that comes meanwhile waits for at most one frame's posing.
     *
     * @return whether there was anything to do
     */
    private synchronized boolean warmStep() {
        if (invalid || warming == null || !warming.equals(key) || cursors == null) {
            return false;
        }
        try {
            return cursors.warmStep();
        } catch (RuntimeException e) {
            warming = null; // a failing scene is reported by the next request, not retried in the background
            return false;
        }
    }

    private boolean stale(Request r) {
        return r.number() != 0 && r.number() != requests.newest();
    }

    private synchronized Frame draw(Request r) throws ProductionException, IOException {
        if (invalid) {
            invalid = false;
            key = null;
            production = null;
            cursors = null;
            drawn.clear();
        }
        Scene small = new Scene(r.scene().avatar(), r.scene().outfit(), r.scene().background(), r.scene().motion(), r.scene().camera(),
                r.scene().lights(), previewOutput(r.scene().output(), r.shortSide()));
        Key k = new Key(small, r.base());
        boolean prepared = !k.equals(key);
        if (prepared) {
            key = null;
            cursors = null;
            drawn.clear();
            production = Production.prepare(small, r.base() == null ? Path.of("").toAbsolutePath() : r.base(), lookup);
            key = k;
            scratch = new RgbaImage(small.output().width(), small.output().height());
            cursors = new FrameCursors(production, CURSORS, scratch);
            if (stale(r)) {
                return null;
            }
        }
        if (r.number() != 0) {
            warming = k;
        }
        int n = production.frameCount();
        int index = Math.max(0, Math.min(n - 1, r.frame()));
        RgbaImage cached = drawn.get(index);
        if (cached != null) {
            return new Frame(r.number(), r.scene(), index, n, cached, System.nanoTime() - r.startNanos(), false, 0);
        }
        FrameSequence cursor = cursors.at(index);
        int posed = 0;
        while (cursor.nextIndex() < index) {
            if (stale(r)) {
                return null;
            }
            cursor.nextOver(scratch);
            posed++;
        }
        RgbaImage image = new RgbaImage(small.output().width(), small.output().height());
        cursor.paintBackground(index, image);
        ai.fvgs.render.Scene frame = cursor.nextOver(image);
        renderer.render(frame, FrameBuffers.onto(image, false));
        drawn.put(index, image);
        return new Frame(r.number(), r.scene(), index, n, image, System.nanoTime() - r.startNanos(), prepared, posed);
    }
}
