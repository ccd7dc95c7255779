package ai.fvgs.studio;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

import ai.fvgs.production.ExtensionLookup;
import ai.fvgs.production.FrameSequence;
import ai.fvgs.production.Production;
import ai.fvgs.production.ProductionException;
import ai.fvgs.production.RenderOptions;
import ai.fvgs.render.FrameBuffers;
import ai.fvgs.render.Renderer;
import ai.fvgs.scene.Scene;
import ai.fvgs.sdk.RgbaImage;

/**
 * Renders single frames of a scene's animation small, for the Scene part's scrubbable preview, through the real
 * production pipeline: the scene is {@link Production#prepare prepared} as {@code fvgs render} prepares it (avatar,
 * outfit with cloth, motion, background from the installed extensions, camera and lights), at an output size
 * scaled down to at most {@link #DEFAULT_SHORT_SIDE} pixels on the shorter side, and frame {@code i} is the frame
 * the video would show at {@code i / fps} seconds, at that size.
 * <p>
 * The production of the last scene is kept with a cursor into its frames. Frames are made in order (the cloth is
 * simulated frame by frame), so scrubbing forward only poses the frames in between, without painting or
 * rasterizing them; scrubbing back starts the cursor again from the first frame. A change of the scene prepares it
 * again.
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
    private final AtomicLong numbers = new AtomicLong();
    private final Object lock = new Object();
    private final Thread worker;
    private Request pending;
    private volatile long newest;
    private boolean closed;
    private Key key;
    private Production production;
    private FrameSequence cursor;
    private RgbaImage scratch;
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
        this.worker = new Thread(this::work, "fvgs-animation-preview");
        worker.setDaemon(true);
        worker.start();
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
        synchronized (lock) {
            if (closed) {
                throw new IllegalStateException("the animation preview is closed");
            }
            long n = numbers.incrementAndGet();
            newest = n;
            pending = new Request(n, Objects.requireNonNull(scene, "scene"), baseDirectory, frame, shortSide, System.nanoTime());
            lock.notifyAll();
            return n;
        }
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
        return draw(new Request(0, scene, baseDirectory, frame, shortSide, System.nanoTime()));
    }

    /** @return the newest request made, 0 before the first */
    public long newestRequest() {
        return newest;
    }

    /** Forgets the prepared scene, so the next frame prepares it again, e.g. after its extensions changed. */
    public void invalidate() {
        synchronized (this) {
            key = null;
            production = null;
            cursor = null;
            drawn.clear();
        }
    }

    @Override
    public void close() {
        synchronized (lock) {
            closed = true;
            pending = null;
            lock.notifyAll();
        }
        try {
            worker.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        renderer.close();
    }

    private void work() {
        while (true) {
            Request r;
            synchronized (lock) {
                while (pending == null && !closed) {
                    try {
                        lock.wait();
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                if (closed) {
                    return;
                }
                r = pending;
                pending = null;
            }
            try {
                Frame frame = draw(r);
                if (frame != null && r.number() == newest) {
                    listener.rendered(frame);
                }
            } catch (ProductionException | IOException | RuntimeException e) {
                if (r.number() == newest) {
                    listener.failed(r.number(), e);
                }
            }
        }
    }

    private boolean stale(Request r) {
        return r.number() != 0 && r.number() != newest;
    }

    private synchronized Frame draw(Request r) throws ProductionException, IOException {
        Scene small = new Scene(r.scene().avatar(), r.scene().outfit(), r.scene().background(), r.scene().motion(), r.scene().camera(),
                r.scene().lights(), previewOutput(r.scene().output(), r.shortSide()));
        Key k = new Key(small, r.base());
        boolean prepared = !k.equals(key);
        if (prepared) {
            key = null;
            cursor = null;
            drawn.clear();
            production = Production.prepare(small, r.base() == null ? Path.of("").toAbsolutePath() : r.base(), lookup);
            key = k;
            scratch = new RgbaImage(small.output().width(), small.output().height());
            if (stale(r)) {
                return null;
            }
        }
        int n = production.frameCount();
        int index = Math.max(0, Math.min(n - 1, r.frame()));
        RgbaImage cached = drawn.get(index);
        if (cached != null) {
            return new Frame(r.number(), r.scene(), index, n, cached, System.nanoTime() - r.startNanos(), false, 0);
        }
        if (cursor == null || cursor.nextIndex() > index) {
            cursor = production.frames(false);
        }
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
