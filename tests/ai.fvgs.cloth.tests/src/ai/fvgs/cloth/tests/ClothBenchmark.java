package ai.fvgs.cloth.tests;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;

import ai.fvgs.cloth.ClothMaterial;
import ai.fvgs.cloth.ClothSettings;
import ai.fvgs.cloth.ClothSolver;
import ai.fvgs.cloth.Colliders;

/**
 * Milliseconds per frame of the cloth solver on the reference case: a conical skirt (by default 96 x 32 =
 * 3,072 particles) pinned at its waistband on the 20-capsule {@link WalkingBody}, with the floor, at 30
 * frames/s. Warm-up frames, then several timed runs; prints the median, slowest and fastest run as a Markdown
 * table with the CPU time per frame and the system load average, because other processes on the machine slow the
 * solver down. Not a test: run it with {@code tests/benchmarks/cloth.sh} (see
 * docs/performance.md).
 *
 * <pre>
 * ClothBenchmark [--sizes 96x32,128x32] [--substeps 8] [--iterations 1] [--fps 30] [--runs 7] [--frames 60]
 *                [--warmup 150] [--material silk|jersey|denim|leather]
 * </pre>
 */
public final class ClothBenchmark {

    private int[][] sizes = {{64, 24}, {96, 32}, {128, 32}};
    private int substeps = ClothSettings.DEFAULT.substeps();
    private int iterations = ClothSettings.DEFAULT.iterations();
    private double fps = 30;
    private int runs = 7;
    private int frames = 60;
    private int warmup = 150;
    private String materialName = "silk";

    private ClothBenchmark() {
    }

    /**
     * @param args options as in the class comment
     */
    public static void main(String[] args) {
        ClothBenchmark b = new ClothBenchmark();
        b.parse(args);
        b.run();
    }

    private void parse(String[] args) {
        for (int i = 0; i + 1 < args.length; i += 2) {
            String v = args[i + 1];
            switch (args[i]) {
                case "--sizes" -> sizes = Arrays.stream(v.split(","))
                        .map(s -> Arrays.stream(s.split("x")).mapToInt(Integer::parseInt).toArray())
                        .toArray(int[][]::new);
                case "--substeps" -> substeps = Integer.parseInt(v);
                case "--iterations" -> iterations = Integer.parseInt(v);
                case "--fps" -> fps = Double.parseDouble(v);
                case "--runs" -> runs = Integer.parseInt(v);
                case "--frames" -> frames = Integer.parseInt(v);
                case "--warmup" -> warmup = Integer.parseInt(v);
                case "--material" -> materialName = v;
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
    }

    private static ClothMaterial material(String name) {
        return switch (name) {
            case "silk" -> ClothMaterial.SILK;
            case "jersey" -> ClothMaterial.COTTON_JERSEY;
            case "denim" -> ClothMaterial.DENIM;
            case "leather" -> ClothMaterial.LEATHER;
            default -> throw new IllegalArgumentException("--material must be silk, jersey, denim or leather, got "
                    + name);
        };
    }

    private void run() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        System.out.printf(Locale.ROOT, "walking body: %d capsules and the floor; %s; %d substeps x %d iterations; "
                + "%.0f frames/s; Java %s%n", WalkingBody.CAPSULES, materialName, substeps, iterations, fps,
                System.getProperty("java.version"));
        System.out.println("| skirt | particles | stretch | bending | median ms/frame | fastest run | slowest run "
                + "| median CPU ms/frame | load average |");
        System.out.println("| --- | --- | --- | --- | --- | --- | --- | --- | --- |");
        for (int[] size : sizes) {
            ClothShapes skirt = WalkingBody.skirt(size[0], size[1]);
            ClothSolver solver = new ClothSolver(skirt.positions(), skirt.triangles(), material(materialName),
                    ClothSettings.DEFAULT.withSubsteps(substeps).withIterations(iterations));
            solver.setPinWeights(WalkingBody.waistbandWeights(skirt));
            WalkingBody body = new WalkingBody();
            Colliders colliders = new Colliders(WalkingBody.CAPSULES);
            float[] targets = skirt.positions().clone();
            double dt = 1 / fps;
            int frame = 0;
            for (int i = 0; i < warmup; i++, frame++) {
                step(solver, body, skirt, colliders, targets, frame, dt);
            }
            double[] ms = new double[runs];
            double[] cpu = new double[runs];
            for (int r = 0; r < runs; r++) {
                long cpu0 = threads.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                for (int i = 0; i < frames; i++, frame++) {
                    step(solver, body, skirt, colliders, targets, frame, dt);
                }
                ms[r] = (System.nanoTime() - t0) / 1e6 / frames;
                cpu[r] = (threads.getCurrentThreadCpuTime() - cpu0) / 1e6 / frames;
            }
            check(solver);
            Arrays.sort(ms);
            Arrays.sort(cpu);
            // the machine's load while measuring: other processes take CPU time and cache from the solver
            double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            System.out.printf(Locale.ROOT, "| %dx%d | %,d | %,d | %,d | %.2f | %.2f | %.2f | %.2f | %.1f |%n",
                    size[0], size[1], solver.particleCount(), solver.stretchConstraintCount(),
                    solver.bendingConstraintCount(), ms[runs / 2], ms[0], ms[runs - 1], cpu[runs / 2], load);
        }
    }

    private static void step(ClothSolver solver, WalkingBody body, ClothShapes skirt, Colliders colliders,
            float[] targets, int frame, double dt) {
        double t = (frame + 1) * dt;
        body.pose(t, colliders);
        body.waistbandTargets(t, skirt, targets);
        solver.step(dt, targets, colliders);
    }

    private static void check(ClothSolver solver) {
        for (float f : solver.positions()) {
            if (!Float.isFinite(f)) {
                throw new IllegalStateException("the simulation produced a non-finite position");
            }
        }
    }
}
