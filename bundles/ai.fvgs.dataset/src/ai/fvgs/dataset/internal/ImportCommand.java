package ai.fvgs.dataset.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import ai.fvgs.cli.Arguments;
import ai.fvgs.cli.CommandContext;
import ai.fvgs.cli.UsageException;
import ai.fvgs.dataset.Consent;
import ai.fvgs.dataset.DatasetStore;
import ai.fvgs.dataset.FrameSampling;
import ai.fvgs.dataset.ImportOptions;
import ai.fvgs.dataset.ImportProblem;
import ai.fvgs.dataset.ImportReport;
import ai.fvgs.dataset.Provenance;
import ai.fvgs.sdk.Progress;

/** {@code fvgs dataset import FOLDER|MANIFEST [--licence L --source S --creator C] [--db URL]}. */
final class ImportCommand {

    static final String USAGE = "fvgs dataset import FOLDER|MANIFEST [--licence L] [--source S] [--creator C] [--frames N] "
            + "[--sampling uniform|scene-changes] [--db URL]";

    private ImportCommand() {
    }

    /**
     * @param a       the parsed arguments; positional: {@code import SOURCE}
     * @param store   opens the dataset
     * @param context output and working directory
     * @return 0 when every file was imported or reported as a duplicate, 1 when some files had errors
     * @throws Exception UsageException for bad arguments, DatasetException when the import cannot run
     */
    static int run(Arguments a, StoreOpener store, CommandContext context) throws Exception {
        List<String> p = a.positional();
        if (p.size() != 2) {
            throw new UsageException(p.size() < 2 ? "missing FOLDER or MANIFEST; usage: " + USAGE
                    : "unexpected argument '" + p.get(2) + "'; usage: " + USAGE);
        }
        for (String o : List.of("--role", "--json")) {
            if (a.has(o)) {
                throw new UsageException("option " + o + " does not apply to 'import'");
            }
        }
        Path source = context.workingDirectory().resolve(p.get(1));
        if (!Files.exists(source)) {
            throw new UsageException("import source '" + p.get(1) + "' does not exist; give a folder, or a manifest ending in .csv or .jsonl");
        }
        ImportOptions options;
        try {
            options = ImportOptions.defaults(System.getProperty("user.name", "cli"))
                    .withProvenance(new Provenance(a.value("--source"), a.value("--licence"), null, Consent.UNKNOWN, a.value("--creator"), null));
            String frames = a.value("--frames");
            String sampling = a.value("--sampling");
            if (frames != null || sampling != null) {
                int n;
                try {
                    n = frames == null ? ImportOptions.DEFAULT_SAMPLED_FRAMES : Integer.parseInt(frames);
                } catch (NumberFormatException e) {
                    throw new UsageException("--frames '" + frames + "' is not a number; keep 1 to " + ImportOptions.MAX_SAMPLED_FRAMES
                            + " stills per video");
                }
                options = options.withFrames(sampling == null ? FrameSampling.UNIFORM : FrameSampling.parse(sampling), n);
            }
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        ImportReport report;
        try (DatasetStore s = store.open()) {
            report = s.importer().run(source, options, new PrintedProgress(context));
        }
        print(report, context);
        return report.errors().isEmpty() ? 0 : 1;
    }

    private static void print(ImportReport r, CommandContext context) {
        var out = context.out();
        out.printf(Locale.ROOT, "import batch %d%s: %d files, %d entries imported, %d already imported, %d duplicates, %d near duplicates, "
                + "%d errors%n", r.batchId(), r.resumed() ? " (continued)" : "", r.filesSeen(), r.entriesCreated(), r.alreadyImported(),
                r.duplicates().size(), r.nearDuplicates().size(), r.errors().size());
        section(out, "duplicates (not imported)", r.duplicates());
        section(out, "near duplicates (imported)", r.nearDuplicates());
        section(out, "errors", r.errors());
    }

    private static void section(java.io.PrintStream out, String title, List<ImportProblem> problems) {
        if (!problems.isEmpty()) {
            out.println(title + ":");
            for (ImportProblem pr : problems) {
                out.println("  " + pr.file() + ": " + pr.reason());
            }
        }
    }

    /** Opens the store the command works on. */
    @FunctionalInterface
    interface StoreOpener {
        /** @return the open store @throws ai.fvgs.dataset.DatasetException if it cannot be opened */
        DatasetStore open() throws ai.fvgs.dataset.DatasetException;
    }

    /** Prints a line on the error stream at every tenth of the work. */
    private static final class PrintedProgress implements Progress {
        private final CommandContext context;
        private int lastTenth = -1;

        PrintedProgress(CommandContext context) {
            this.context = context;
        }

        @Override
        public void report(double fraction, String message) {
            int tenth = (int) Math.floor(fraction * 10);
            if (tenth > lastTenth) {
                lastTenth = tenth;
                context.err().printf(Locale.ROOT, "%3d%% %s%n", tenth * 10, message);
            }
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    }
}
