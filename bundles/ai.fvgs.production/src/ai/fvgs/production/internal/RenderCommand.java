package ai.fvgs.production.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CancellationException;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ai.fvgs.cli.Arguments;
import ai.fvgs.cli.CliCommand;
import ai.fvgs.cli.CommandContext;
import ai.fvgs.cli.UsageException;
import ai.fvgs.extensions.BackgroundRegistry;
import ai.fvgs.extensions.ExtensionCatalog;
import ai.fvgs.extensions.GarmentStyleRegistry;
import ai.fvgs.production.Production;
import ai.fvgs.production.ProductionException;
import ai.fvgs.production.RenderJob;
import ai.fvgs.production.RenderOptions;
import ai.fvgs.production.RenderResult;
import ai.fvgs.render.RenderSettings;
import ai.fvgs.scene.Scene;
import ai.fvgs.scene.SceneException;
import ai.fvgs.scene.SceneFiles;
import ai.fvgs.sdk.Progress;

/** {@code fvgs render SCENE.json -o OUT.(mp4|webm) [--png-dir DIR] [--guidance DIR] [--threads N]}. */
@Component(service = CliCommand.class)
public final class RenderCommand implements CliCommand {

    private static final Duration DROPINS_SETTLE = Duration.ofSeconds(5);

    private final ExtensionCatalog catalog;
    private final GarmentStyleRegistry garments;
    private final BackgroundRegistry backgrounds;

    /**
     * @param catalog     to wait for vendor bundles in the dropins folder
     * @param garments    installed garment styles
     * @param backgrounds installed backgrounds
     */
    @Activate
    public RenderCommand(@Reference ExtensionCatalog catalog, @Reference GarmentStyleRegistry garments,
            @Reference BackgroundRegistry backgrounds) {
        this.catalog = catalog;
        this.garments = garments;
        this.backgrounds = backgrounds;
    }

    @Override
    public String name() {
        return "render";
    }

    @Override
    public String summary() {
        return "render a scene file to a video, PNG frames and guidance sequences";
    }

    @Override
    public String usage() {
        return """
                Usage: fvgs render SCENE.json -o OUT.mp4|OUT.webm [--png-dir DIR] [--guidance DIR] [--threads N]
                       fvgs render SCENE.json --png-dir DIR [--guidance DIR] [--threads N]

                Renders the scene's catwalk video. Progress goes to stderr. Every output appears only when it is
                complete (written under a temporary name, then renamed); an invalid scene writes nothing and
                exits with code 2.

                Options:
                  -o, --output FILE   the video: .mp4 (H.264) or .webm (VP9; with alpha when the background is
                                      transparent)
                  --png-dir DIR       also write every frame as PNG (frame_000001.png, ...); DIR must be new or empty
                  --guidance DIR      also write the guidance sequences: OpenPose keypoint JSON (COCO-18) and
                                      skeleton images, depth, normals, segmentation and alpha matte per frame,
                                      with guidance.json describing them; DIR must be new or empty
                  --threads N         render threads, one frame each (default: one per processor)
                  --no-antialiasing   one sample per pixel (faster previews)
                  --stats             print where the time went (wall-clock and processor milliseconds per frame for each stage)
                """;
    }

    @Override
    public int run(List<String> args, CommandContext context) throws Exception {
        Arguments a = Arguments.parse(args, Set.of("--no-antialiasing", "--stats"), Set.of("-o", "--output", "--png-dir", "--guidance", "--threads"));
        if (a.positional().isEmpty()) {
            throw new UsageException("missing SCENE.json");
        }
        if (a.positional().size() > 1) {
            throw new UsageException("unexpected argument '" + a.positional().get(1) + "'; give one scene file");
        }
        if (a.value("-o") != null && a.value("--output") != null) {
            throw new UsageException("give the output once, with -o or --output");
        }
        String output = a.value("-o") != null ? a.value("-o") : a.value("--output");
        Path base = context.workingDirectory();
        Path video = output == null ? null : base.resolve(output);
        Path png = a.value("--png-dir") == null ? null : base.resolve(a.value("--png-dir"));
        Path guidance = a.value("--guidance") == null ? null : base.resolve(a.value("--guidance"));
        if (video == null && png == null) {
            throw new UsageException("missing -o OUT.mp4|OUT.webm (or --png-dir DIR)");
        }
        int threads = Runtime.getRuntime().availableProcessors();
        if (a.value("--threads") != null) {
            try {
                threads = Integer.parseInt(a.value("--threads"));
            } catch (NumberFormatException e) {
                throw new UsageException("--threads: '" + a.value("--threads") + "' is not a whole number; allowed: 1 to "
                        + RenderOptions.MAX_THREADS);
            }
        }
        try {
            new RenderOptions(video, png, guidance, threads, RenderSettings.DEFAULT);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        String file = a.positional().get(0);
        Path scenePath = base.resolve(file);
        Scene scene;
        try {
            scene = SceneFiles.read(scenePath);
        } catch (SceneException e) {
            context.err().println(e.getMessage());
            return 2;
        } catch (NoSuchFileException e) {
            context.err().println(file + ": file not found");
            return 2;
        }
        if (!catalog.awaitDropins(DROPINS_SETTLE)) {
            context.err().println("warning: the dropins folder has not settled; vendor extensions still installing may be missing");
        }
        RenderSettings settings = RenderOptions.settingsFor(scene.output().height());
        if (a.has("--no-antialiasing")) {
            settings = settings.withAntialiasing(ai.fvgs.render.Antialiasing.NONE);
        }
        RenderOptions options = new RenderOptions(video, png, guidance, threads, settings);
        Production production;
        try {
            production = Production.prepare(scene, scenePath.toAbsolutePath().getParent(), new RegistryLookup(garments, backgrounds));
        } catch (ProductionException e) {
            context.err().println(file + ": " + e.getMessage().substring(e.getMessage().indexOf(':') + 2));
            return 2;
        }
        Scene.Output o = scene.output();
        context.err().printf(Locale.ROOT, "render: %s, %dx%d at %d fps, %d frames, %d threads%n", file, o.width(), o.height(), o.fps(),
                o.frames(), threads);
        ProgressLine line = new ProgressLine(context.err(), System.console() != null);
        RenderResult result;
        try {
            result = new RenderJob(production, options).run(line);
        } catch (CancellationException e) {
            line.finish();
            context.err().println("render: " + e.getMessage());
            return 1;
        } catch (IOException e) {
            line.finish();
            context.err().println("render: failed, nothing was written: " + e.getMessage());
            return 1;
        }
        line.finish();
        context.err().printf(Locale.ROOT, "render: %d frames in %.1f s (%.1f frames/s)%n", result.frames(), result.totalMillis() / 1000,
                result.framesPerSecond());
        if (a.has("--stats")) {
            double n = Math.max(1, result.frames());
            context.err().printf(Locale.ROOT,
                    "render: stats: prepare %.0f ms; per frame: animate %.2f ms (cloth %.2f ms), background %.2f ms, render %.2f ms, "
                            + "write %.2f ms (writer thread); end to end %.2f ms%n",
                    result.prepareMillis(), result.animateMillis() / n, result.clothMillis() / n, result.backgroundMillis() / n,
                    result.renderMillis() / n, result.writeMillis() / n, result.totalMillis() / n);
            RenderResult.Cpu cpu = result.cpu();
            context.err().printf(Locale.ROOT,
                    "render: cpu: per frame: all threads %.2f ms: animate %.2f ms, background %.2f ms, write %.2f ms, "
                            + "render and other %.2f ms%n",
                    cpu.totalMillis() / n, cpu.animateMillis() / n, cpu.backgroundMillis() / n, cpu.writeMillis() / n,
                    cpu.renderAndOtherMillis() / n);
        }
        for (Path p : new Path[] { video, png, guidance }) {
            if (p != null) {
                context.out().println(p.toAbsolutePath().normalize());
            }
        }
        return 0;
    }

    /** Prints progress: rewriting one line on a terminal (4 times a second), else one line per second. */
    private static final class ProgressLine implements Progress {
        private final PrintStream err;
        private final boolean terminal;
        private final long start = System.nanoTime();
        private long lastPrint;
        private boolean printed;

        ProgressLine(PrintStream err, boolean terminal) {
            this.err = err;
            this.terminal = terminal;
        }

        @Override
        public void report(double fraction, String message) {
            long now = System.nanoTime();
            if (fraction < 1 && now - lastPrint < (terminal ? 250_000_000L : 1_000_000_000L)) {
                return;
            }
            lastPrint = now;
            double seconds = (now - start) / 1e9;
            double left = fraction > 0 ? seconds * (1 - fraction) / fraction : 0;
            String text = String.format(Locale.ROOT, "render: %s (%3.0f %%), %.0f s elapsed, %.0f s left", message, 100 * fraction, seconds, left);
            if (terminal) {
                err.print("\r" + text + "   ");
            } else {
                err.println(text);
            }
            printed = true;
        }

        @Override
        public boolean isCancelled() {
            return Thread.currentThread().isInterrupted();
        }

        void finish() {
            if (terminal && printed) {
                err.println();
            }
        }
    }
}
