package ai.fvgs.backgrounds.basic;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;

import ai.fvgs.sdk.RgbaImage;
import ai.fvgs.sdk.background.BackgroundView;
import ai.fvgs.sdk.background.BackgroundView.Vec3;

/**
 * Milliseconds per frame of the procedural backgrounds on one thread, along the benchmark scene's tracking
 * camera: the camera at {@code (0, 1.3, z + 6)} looks at {@code (0, 0.87, z)} with a 30 degree field of view,
 * {@code z} stepping from -4 to 4 over the frames of a run. The runway uses the reference scene's parameters
 * ({@code length} 12, the rest default); {@code runway (first version)} is {@link RunwayReference}, the ray
 * tracer the fast one replaced, for comparison. Each background gets warm-up runs, then timed runs; the table
 * gives the median, fastest and slowest run and the CPU time per frame, because other processes on the
 * machine slow it down. Not a test: run it with {@code tests/benchmarks/backgrounds.sh} (see
 * docs/performance.md).
 *
 * <pre>
 * BackgroundBenchmark [--sizes 1280x720,1920x1080] [--runs 7] [--frames 30] [--warmup 3] [--only runway]
 * </pre>
 */
public final class BackgroundBenchmark {

    private List<int[]> sizes = List.of(new int[] { 1280, 720 }, new int[] { 1920, 1080 });
    private int runs = 7;
    private int frames = 30;
    private int warmup = 3;
    private String only = "";

    private BackgroundBenchmark() {
    }

    /** @param args options as in the class comment */
    public static void main(String[] args) {
        BackgroundBenchmark b = new BackgroundBenchmark();
        b.parse(args);
        b.run();
    }

    private void parse(String[] args) {
        for (int i = 0; i + 1 < args.length; i += 2) {
            String v = args[i + 1];
            switch (args[i]) {
                case "--sizes" -> sizes = Arrays.stream(v.split(","))
                        .map(s -> Arrays.stream(s.split("x")).mapToInt(Integer::parseInt).toArray()).toList();
                case "--runs" -> runs = Integer.parseInt(v);
                case "--frames" -> frames = Integer.parseInt(v);
                case "--warmup" -> warmup = Integer.parseInt(v);
                case "--only" -> only = v;
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + "; allowed: --sizes, --runs, --frames, --warmup, --only");
            }
        }
        if (runs < 1 || frames < 1 || warmup < 0) {
            throw new IllegalArgumentException("--runs and --frames must be 1 or more, --warmup 0 or more");
        }
    }

    private static Map<String, BiConsumer<RgbaImage, BackgroundView>> backgrounds() {
        Map<String, String> scene = Map.of("length", "12");
        var runway = new RunwayBackground().configure(scene, Path.of(""));
        var reference = RunwayReference.of(scene);
        var cyclorama = new CycloramaBackground();
        var solid = new SolidBackground();
        Map<String, BiConsumer<RgbaImage, BackgroundView>> all = new LinkedHashMap<>();
        all.put("runway", runway::paint);
        all.put("runway (first version)", reference::paint);
        all.put("cyclorama", cyclorama::paint);
        all.put("solid", solid::paint);
        return all;
    }

    private void run() {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        System.out.printf(Locale.ROOT, "%s, %d cores, load %.1f; %d runs of %d frames after %d warm-up runs, one thread%n%n",
                System.getProperty("java.vm.name") + " " + System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                runs, frames, warmup);
        System.out.println("| background | size | median ms/frame | fastest | slowest | CPU ms/frame |");
        System.out.println("| --- | --- | --- | --- | --- | --- |");
        for (int[] size : sizes) {
            for (var e : backgrounds().entrySet()) {
                if (!only.isEmpty() && !e.getKey().equals(only)) {
                    continue;
                }
                RgbaImage image = new RgbaImage(size[0], size[1]);
                for (int i = 0; i < warmup; i++) {
                    run(e.getValue(), image);
                }
                double[] ms = new double[runs];
                long cpu = mx.getCurrentThreadCpuTime();
                for (int i = 0; i < runs; i++) {
                    long start = System.nanoTime();
                    run(e.getValue(), image);
                    ms[i] = (System.nanoTime() - start) / 1e6 / frames;
                }
                double cpuMs = (mx.getCurrentThreadCpuTime() - cpu) / 1e6 / runs / frames;
                Arrays.sort(ms);
                System.out.printf(Locale.ROOT, "| %s | %dx%d | %.2f | %.2f | %.2f | %.2f |%n", e.getKey(), size[0], size[1],
                        ms[runs / 2], ms[0], ms[runs - 1], cpuMs);
            }
        }
    }

    private void run(BiConsumer<RgbaImage, BackgroundView> background, RgbaImage image) {
        for (int f = 0; f < frames; f++) {
            background.accept(image, trackingView(frames == 1 ? 0 : -4 + 8.0 * f / (frames - 1)));
        }
    }

    /**
     * @param z where along the runway the tracked model is
     * @return the benchmark scene's tracking camera for that position
     */
    static BackgroundView trackingView(double z) {
        return new BackgroundView(0, new Vec3(0, 1.3, z + 6), new Vec3(0, 0.87, z), new Vec3(0, 1, 0), 30, false);
    }
}
