package ai.fvgs.production;

import java.io.IOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import ai.fvgs.render.Camera;
import ai.fvgs.render.FrameBuffers;
import ai.fvgs.render.Renderer;
import ai.fvgs.scene.Scene;
import ai.fvgs.sdk.Progress;
import ai.fvgs.sdk.RgbaImage;
import ai.fvgs.video.PngSequenceWriter;
import ai.fvgs.video.VideoFormat;
import ai.fvgs.video.VideoSpec;
import ai.fvgs.video.VideoWriter;

/**
 * Renders a {@link Production} to its outputs: a video, a PNG sequence and the guidance sequences. Frames are
 * posed in order on the calling thread (skinning, cloth) while a painter thread paints the next frame's background
 * and a writer thread encodes the previous frames, so painting and encoding overlap rendering. With one thread the
 * calling thread also rasterizes each frame; with N threads, N single-threaded renderers each rasterize a whole
 * frame, N frames at once (each posed into its own slot of the {@link FrameSequence}), which keeps every core busy
 * without the per-stage barriers of splitting one frame into tiles. Frames are the same either way: the renderer
 * is bit-exact for any thread count, and the writer takes them in order. Each frame is rendered in place onto its painted background (no copy of it), and
 * only into the colour buffer when no guidance is written. Every output appears only
 * when complete: the video is renamed from a temporary file, the folders from hidden staging folders. On
 * failure or cancellation nothing is left behind.
 */
public final class RenderJob {

    /** Frames in flight besides those rendering: one being painted, and up to two queued for or in the writer. */
    private static final int IN_FLIGHT_BESIDES_RENDERING = 3;
    /** Most frames rendered at once; more threads than this also split each frame into tiles. */
    static final int MAX_FRAMES_RENDERING = 8;
    /** Bytes per pixel of a canvas with all five buffers: colour, depth, three normal components, part id, alpha. */
    private static final int GUIDANCE_BYTES_PER_PIXEL = 4 + 4 + 12 + 4 + 4;

    private final Production production;
    private final RenderOptions options;

    /**
     * @param production the prepared scene
     * @param options    outputs and threads
     */
    public RenderJob(Production production, RenderOptions options) {
        this.production = production;
        this.options = options;
    }

    /**
     * Runs the render.
     *
     * @param progress receives the fraction done and a message per frame; cancels when asked
     * @return frame count and timings
     * @throws IOException           if an output cannot be written (nothing is left behind)
     * @throws CancellationException if cancelled (nothing is left behind)
     */
    public RenderResult run(Progress progress) throws IOException {
        long start = System.nanoTime();
        Scene.Output out = production.scene().output();
        int w = out.width(), h = out.height(), n = production.frameCount();
        if (options.video() != null) {
            VideoSpec.of(VideoFormat.ofFile(options.video()), w, h, out.fps()); // fails early on a size the codec refuses
        }
        if (options.pngDir() != null) {
            StagedDirectory.checkReplaceable(options.pngDir().toAbsolutePath().normalize());
        }
        if (options.guidance() != null) {
            StagedDirectory.checkReplaceable(options.guidance().toAbsolutePath().normalize());
        }
        Outputs outputs = new Outputs(w, h, out.fps());
        // each frame is rendered in place onto its painted background; without a guidance folder only the colour is
        // kept, and the renderer skips the other four buffers
        boolean guidance = options.guidance() != null;
        int slots = framesInFlight(options.threads(), (long) w * h * (guidance ? GUIDANCE_BYTES_PER_PIXEL : 4),
                Runtime.getRuntime().maxMemory());
        int tileThreads = Math.max(1, options.threads() / slots);
        int canvases = slots + IN_FLIGHT_BESIDES_RENDERING;
        BlockingQueue<Canvas> free = new ArrayBlockingQueue<>(canvases);
        for (int i = 0; i < canvases; i++) {
            free.add(new Canvas(new RgbaImage(w, h), guidance));
        }
        ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "fvgs-render-writer");
            t.setDaemon(true);
            return t;
        });
        ExecutorService painter = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "fvgs-render-background");
            t.setDaemon(true);
            return t;
        });
        // an MP4 has no alpha channel: a transparent background then paints its opaque fallback colour
        boolean keepsAlpha = options.video() == null || VideoFormat.ofFile(options.video()).supportsAlpha();
        FrameSequence frames = production.frames(keepsAlpha, slots);
        ExecutorService renderPool = slots == 1 ? null : Executors.newFixedThreadPool(slots, new ThreadFactory() {
            private final AtomicInteger count = new AtomicInteger();

            @Override
            public Thread newThread(Runnable r) {
                Thread t = new Thread(r, "fvgs-render-frame-" + count.incrementAndGet());
                t.setDaemon(true);
                return t;
            }
        });
        Renderer[] renderers = new Renderer[slots];
        @SuppressWarnings("unchecked")
        Future<double[]>[] rendering = new Future[slots];
        AtomicLong renderNanos = new AtomicLong();
        long[] paintNanos = new long[2];
        double prepareMillis = (System.nanoTime() - start) / 1e6;
        long animate = 0, cloth = 0, paint = 0, render = 0, animateCpu = 0;
        long cpuStart = CpuClock.allThreads();
        long cpuEnd = cpuStart;
        Future<?> last = null;
        boolean ok = false;
        try {
            for (int slot = 0; slot < slots; slot++) {
                renderers[slot] = new Renderer(tileThreads, options.settings());
            }
            Future<Canvas> painted = paint(painter, frames, 0, free, paintNanos);
            for (int i = 0; i < n; i++) {
                if (progress.isCancelled()) {
                    throw new CancellationException("render cancelled at frame " + (i + 1) + " of " + n);
                }
                Canvas canvas = painted.get();
                if (i + 1 < n) {
                    // the next frame's background is painted onto a free canvas while this one renders
                    painted = paint(painter, frames, i + 1, free, paintNanos);
                }
                int slot = i % slots;
                if (rendering[slot] != null) {
                    rendering[slot].get(); // the slot's meshes are free again once its last frame has rendered
                }
                long a0 = CpuClock.currentThread();
                ai.fvgs.render.Scene frame = frames.nextOver(canvas.image, slot);
                animateCpu += CpuClock.currentThread() - a0;
                animate += frames.animateNanos();
                cloth += frames.clothNanos();
                Camera camera = frames.camera();
                double[] world = frames.worldKeypoints();
                if (i == 0) {
                    outputs.open(options, production, hasTransparency(canvas.image));
                }
                Renderer renderer = renderers[slot];
                Callable<double[]> work = () -> {
                    long r0 = System.nanoTime();
                    renderer.render(frame, canvas.buffers);
                    renderNanos.addAndGet(System.nanoTime() - r0);
                    return guidance ? PoseKeypointProjector.project(world, camera, canvas.buffers) : null;
                };
                Future<double[]> rendered = renderPool == null ? CompletableFuture.completedFuture(work.call()) : renderPool.submit(work);
                rendering[slot] = rendered;
                if (last != null && last.isDone()) {
                    last.get(); // a failed write stops the render now
                }
                last = writer.submit(() -> {
                    try {
                        outputs.write(canvas.buffers, await(rendered));
                    } finally {
                        free.add(canvas);
                    }
                    return null;
                });
                progress.report((i + 1) / (double) n, "frame " + (i + 1) + " of " + n);
            }
            if (last != null) {
                last.get();
            }
            writer.submit(() -> {
                outputs.commit();
                return null;
            }).get();
            cpuEnd = CpuClock.allThreads();
            ok = true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("render interrupted");
        } catch (ExecutionException e) {
            throw cause(e);
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) { // only from Callable.call on this thread; rendering throws no checked exception
            throw new IllegalStateException(e);
        } finally {
            painter.shutdownNow();
            if (renderPool != null) {
                renderPool.shutdownNow();
                awaitQuietly(renderPool);
            }
            for (Renderer r : renderers) {
                if (r != null) {
                    r.close();
                }
            }
            if (!ok) {
                writer.shutdownNow();
                awaitQuietly(writer);
                outputs.abort();
            }
            writer.shutdown();
        }
        paint = paintNanos[0];
        double total = (System.nanoTime() - start) / 1e6;
        RenderResult.Cpu cpu = new RenderResult.Cpu((cpuEnd - cpuStart) / 1e6, animateCpu / 1e6, paintNanos[1] / 1e6,
                outputs.writeCpuNanos / 1e6);
        render = renderNanos.get();
        return new RenderResult(n, total, prepareMillis, animate / 1e6, cloth / 1e6, paint / 1e6, render / 1e6, outputs.writeNanos / 1e6,
                cpu);
    }

    /**
     * How many frames render at once: one per thread, at most {@link #MAX_FRAMES_RENDERING}, and no more than a quarter
     * of the heap holds (each frame in flight needs its own canvas).
     *
     * @param threads        render threads asked for
     * @param canvasBytes    bytes of one canvas
     * @param maxHeapBytes   the heap's limit
     * @return 1 to {@code min(threads, MAX_FRAMES_RENDERING)}
     */
    static int framesInFlight(int threads, long canvasBytes, long maxHeapBytes) {
        long affordable = maxHeapBytes / 4 / Math.max(1, canvasBytes) - IN_FLIGHT_BESIDES_RENDERING;
        return (int) Math.max(1, Math.min(Math.min(threads, MAX_FRAMES_RENDERING), affordable));
    }

    /** @return the result of a frame's rendering, with the failure's own exception if it failed */
    private static double[] await(Future<double[]> rendered) throws IOException, InterruptedException {
        try {
            return rendered.get();
        } catch (ExecutionException e) {
            throw cause(e);
        }
    }

    /**
     * @return the failure of a stage on another thread as an {@code IOException} to throw: its own if it was one,
     *         else wrapped
     * @throws RuntimeException the failure itself, if it was one
     * @throws Error            the failure itself, if it was one
     */
    private static IOException cause(ExecutionException e) {
        Throwable c = e.getCause();
        if (c instanceof RuntimeException re) {
            throw re;
        }
        if (c instanceof Error err) {
            throw err;
        }
        return c instanceof IOException io ? io : new IOException(c);
    }

    private static void awaitQuietly(ExecutorService pool) {
        try {
            pool.awaitTermination(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Paints frame {@code frame}'s background onto the next free canvas (waiting for one) and returns the canvas. */
    private static Future<Canvas> paint(ExecutorService painter, FrameSequence frames, int frame, BlockingQueue<Canvas> free,
            long[] nanos) {
        return painter.submit(() -> {
            Canvas canvas = free.take();
            long t0 = System.nanoTime();
            long c0 = CpuClock.currentThread();
            frames.paintBackground(frame, canvas.image);
            nanos[0] += System.nanoTime() - t0;
            nanos[1] += CpuClock.currentThread() - c0;
            return canvas;
        });
    }

    /** An image that a frame's background is painted onto and the frame then rendered onto, in place. */
    private static final class Canvas {
        final RgbaImage image;
        final FrameBuffers buffers;

        Canvas(RgbaImage image, boolean guidance) {
            this.image = image;
            this.buffers = FrameBuffers.onto(image, guidance);
        }
    }

    private static boolean hasTransparency(RgbaImage image) {
        for (int p : image.pixels()) {
            if (p >>> 24 != 0xFF) {
                return true;
            }
        }
        return false;
    }

    /** The open outputs; used by the writer thread only (and by abort after it stopped). */
    private static final class Outputs {
        private final int width;
        private final int height;
        private final int fps;
        private VideoWriter video;
        private StagedDirectory pngStage;
        private PngSequenceWriter png;
        private StagedDirectory guidanceStage;
        private GuidanceWriter guidance;
        private volatile long writeNanos;
        private volatile long writeCpuNanos;

        Outputs(int width, int height, int fps) {
            this.width = width;
            this.height = height;
            this.fps = fps;
        }

        void open(RenderOptions options, Production production, boolean transparent) throws IOException {
            if (options.video() != null) {
                VideoFormat format = VideoFormat.ofFile(options.video());
                VideoSpec spec = VideoSpec.of(format, width, height, fps).withAlpha(transparent && format.supportsAlpha());
                video = VideoWriter.open(options.video().toAbsolutePath().normalize(), spec);
            }
            if (options.pngDir() != null) {
                pngStage = StagedDirectory.create(options.pngDir());
                png = PngSequenceWriter.open(pngStage.folder(),
                        VideoSpec.of(VideoFormat.PNG_SEQUENCE, width, height, fps).withAlpha(transparent));
            }
            if (options.guidance() != null) {
                guidanceStage = StagedDirectory.create(options.guidance());
                double[] range = production.depthRange();
                guidance = new GuidanceWriter(guidanceStage.folder(), width, height, fps, range[0], range[1],
                        production.segmentClasses());
            }
        }

        void write(FrameBuffers buffers, double[] keypoints) throws IOException {
            long t0 = System.nanoTime();
            long c0 = CpuClock.currentThread();
            if (video != null) {
                video.write(buffers.color(), width, height);
            }
            if (png != null) {
                png.write(buffers.color(), width, height);
            }
            if (guidance != null) {
                guidance.write(buffers, keypoints);
            }
            writeNanos += System.nanoTime() - t0;
            writeCpuNanos += CpuClock.currentThread() - c0;
        }

        void commit() throws IOException {
            if (video != null) {
                video.close();
            }
            if (png != null) {
                png.close();
            }
            if (guidance != null) {
                guidance.close();
            }
            if (pngStage != null) {
                pngStage.commit();
            }
            if (guidanceStage != null) {
                guidanceStage.commit();
            }
        }

        void abort() {
            if (video != null) {
                video.abort();
            }
            if (png != null) {
                png.abort();
            }
            if (pngStage != null) {
                pngStage.discard();
            }
            if (guidanceStage != null) {
                guidanceStage.discard();
            }
        }
    }
}
