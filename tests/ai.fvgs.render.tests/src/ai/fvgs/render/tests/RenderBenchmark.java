package ai.fvgs.render.tests;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import ai.fvgs.render.Antialiasing;
import ai.fvgs.render.FrameBuffers;
import ai.fvgs.render.RenderSettings;
import ai.fvgs.render.Renderer;
import ai.fvgs.render.Scene;

/**
 * Frames per second of the renderer on the {@link ReferenceScene} (or, with {@code --scene production}, the
 * {@link ProductionScene}): for each frame size and thread count,
 * warm-up frames, then several timed runs; prints the median, slowest and fastest run as a Markdown table, with
 * the CPU time per frame and the system load average, because other processes on the machine slow the renderer
 * down.
 * Not a test: run it with {@code tests/benchmarks/render.sh} (see docs/performance.md).
 *
 * <pre>
 * RenderBenchmark [--sizes 1280x720,1920x1080] [--threads 1,2] [--runs 7] [--frames 30] [--warmup 40]
 *                 [--antialiasing four-rooks|none] [--shadow-map 1024] [--shadows on|off] [--textures on|off]
 *                 [--scene reference|production] [--guidance on|off] [--parallel tiles|frames]
 * </pre>
 * With {@code --parallel tiles} (the default) one renderer with N threads renders each frame, its tiles split among
 * the threads; with {@code --parallel frames} N single-threaded renderers render N frames at once, each into its own
 * buffers, as a video render does (frames per second are then frames finished per second).
 * With {@code --guidance off} the frames go into {@linkplain FrameBuffers#colorOnly colour-only} buffers, as for a
 * render that writes only a video.
 */
public final class RenderBenchmark {

    private List<int[]> sizes = List.of(new int[] {1280, 720}, new int[] {1920, 1080});
    private int[] threads = {1, 2};
    private int runs = 7;
    private int frames = 30;
    private int warmup = 40;
    private RenderSettings settings = RenderSettings.DEFAULT;
    private boolean shadows = true;
    private boolean textures = true;
    private boolean production;
    private boolean guidance = true;
    private boolean frameParallel;

    private RenderBenchmark() {
    }

    /**
     * @param args options as in the class comment
     */
    public static void main(String[] args) {
        RenderBenchmark b = new RenderBenchmark();
        b.parse(args);
        b.run();
    }

    private void parse(String[] args) {
        for (int i = 0; i + 1 < args.length; i += 2) {
            String v = args[i + 1];
            switch (args[i]) {
                case "--sizes" -> sizes = Arrays.stream(v.split(","))
                        .map(s -> Arrays.stream(s.split("x")).mapToInt(Integer::parseInt).toArray()).toList();
                case "--threads" -> threads = Arrays.stream(v.split(",")).mapToInt(Integer::parseInt).toArray();
                case "--runs" -> runs = Integer.parseInt(v);
                case "--frames" -> frames = Integer.parseInt(v);
                case "--warmup" -> warmup = Integer.parseInt(v);
                case "--antialiasing" -> settings = settings.withAntialiasing(
                        "none".equals(v) ? Antialiasing.NONE : Antialiasing.FOUR_ROOKS);
                case "--shadow-map" -> settings = settings.withShadowMapSize(Integer.parseInt(v));
                case "--shadows" -> shadows = !"off".equals(v);
                case "--textures" -> textures = !"off".equals(v);
                case "--guidance" -> guidance = !"off".equals(v);
                case "--parallel" -> frameParallel = switch (v) {
                    case "frames" -> true;
                    case "tiles" -> false;
                    default -> throw new IllegalArgumentException("--parallel " + v + " is not allowed; allowed: tiles, frames");
                };
                case "--scene" -> production = switch (v) {
                    case "production" -> true;
                    case "reference" -> false;
                    default -> throw new IllegalArgumentException("--scene " + v + " is not allowed; allowed: reference, production");
                };
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
    }

    private void run() {
        ReferenceScene reference = production ? null : new ReferenceScene();
        ProductionScene frame = production ? new ProductionScene() : null;
        System.out.printf(Locale.ROOT,
                "%s scene: %,d triangles, %s anti-aliasing, shadows %s (%d map), textures %s, guidance buffers %s, Java %s, %d CPUs%n",
                production ? "production" : "reference",
                production ? frame.triangleCount() : reference.triangleCount(), settings.antialiasing(), shadows ? "on" : "off", settings.shadowMapSize(),
                textures ? "on" : "off", guidance ? "on" : "off", System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
        System.out.println("tiles of a frame split among the threads" + (frameParallel ? "; no: one frame per thread" : ""));
        System.out.println("| frame | threads | median fps | slowest run | fastest run | median ms/frame | CPU ms/frame "
                + "| load average |");
        System.out.println("| --- | --- | --- | --- | --- | --- | --- | --- |");
        for (int[] size : sizes) {
            Scene scene = production
                    ? frame.scene(size[0], size[1], ProductionScene.background(size[0], size[1]), shadows, textures)
                    : reference.scene(size[0], size[1], ReferenceScene.studioBackground(size[0], size[1]), shadows,
                            textures);
            for (int t : threads) {
                double[] cpu = new double[runs];
                double[] fps = frameParallel ? measureFrames(scene, t, cpu) : measure(scene, t, cpu);
                // the machine's load while measuring: other processes take CPU time from the renderer
                double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
                System.out.printf(Locale.ROOT, "| %dx%d | %d | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f |%n", size[0], size[1], t,
                        fps[fps.length / 2], fps[0], fps[fps.length - 1], 1000 / fps[fps.length / 2], cpu[cpu.length / 2], load);
            }
        }
    }

    /**
     * @param cpuMillis receives, sorted, the CPU time per frame of each run, summed over the JVM's threads: unlike
     *                  the wall-clock time, it hardly changes when other processes compete for the cores
     * @return frames per second of each timed run, sorted
     */
    private double[] measure(Scene scene, int threadCount, double[] cpuMillis) {
        List<Double> result = new ArrayList<>();
        try (Renderer renderer = new Renderer(threadCount, settings)) {
            FrameBuffers target = guidance ? new FrameBuffers(scene.width(), scene.height())
                    : FrameBuffers.colorOnly(scene.width(), scene.height());
            for (int i = 0; i < warmup; i++) {
                renderer.render(scene, target);
            }
            if (guidance) {
                int covered = 0;
                for (float a : target.alpha()) {
                    covered += a > 0 ? 1 : 0;
                }
                System.err.printf(Locale.ROOT, "%dx%d: surfaces cover %.1f %% of the pixels%n", scene.width(), scene.height(),
                        100.0 * covered / target.alpha().length);
            }
            for (int r = 0; r < runs; r++) {
                long cpu = cpuTime();
                long start = System.nanoTime();
                for (int i = 0; i < frames; i++) {
                    renderer.render(scene, target);
                }
                result.add(frames * 1e9 / (System.nanoTime() - start));
                cpuMillis[r] = (cpuTime() - cpu) / 1e6 / frames;
            }
        }
        Arrays.sort(cpuMillis);
        return result.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    }

    /**
     * Like {@link #measure}, but {@code threadCount} single-threaded renderers render whole frames at once, each on its
     * own thread into its own buffers; a run's frames are shared out as the threads become free.
     */
    private double[] measureFrames(Scene scene, int threadCount, double[] cpuMillis) {
        List<Double> result = new ArrayList<>();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threadCount);
        Renderer[] renderers = new Renderer[threadCount];
        FrameBuffers[] targets = new FrameBuffers[threadCount];
        try {
            for (int t = 0; t < threadCount; t++) {
                renderers[t] = new Renderer(1, settings);
                targets[t] = guidance ? new FrameBuffers(scene.width(), scene.height())
                        : FrameBuffers.colorOnly(scene.width(), scene.height());
            }
            renderConcurrently(pool, scene, renderers, targets, warmup);
            for (int r = 0; r < runs; r++) {
                long cpu = cpuTime();
                long start = System.nanoTime();
                renderConcurrently(pool, scene, renderers, targets, frames);
                result.add(frames * 1e9 / (System.nanoTime() - start));
                cpuMillis[r] = (cpuTime() - cpu) / 1e6 / frames;
            }
        } finally {
            pool.shutdownNow();
            for (Renderer renderer : renderers) {
                if (renderer != null) {
                    renderer.close();
                }
            }
        }
        Arrays.sort(cpuMillis);
        return result.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    }

    private static void renderConcurrently(java.util.concurrent.ExecutorService pool, Scene scene, Renderer[] renderers,
            FrameBuffers[] targets, int frames) {
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
        List<java.util.concurrent.Future<?>> running = new ArrayList<>();
        for (int t = 0; t < renderers.length; t++) {
            int slot = t;
            running.add(pool.submit(() -> {
                while (next.getAndIncrement() < frames) {
                    renderers[slot].render(scene, targets[slot]);
                }
            }));
        }
        try {
            for (java.util.concurrent.Future<?> f : running) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    /** @return CPU time used so far by all live threads of this JVM, in nanoseconds */
    private static long cpuTime() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long sum = 0;
        for (long id : threads.getAllThreadIds()) {
            sum += Math.max(0, threads.getThreadCpuTime(id));
        }
        return sum;
    }
}
