package ai.fvgs.dataset.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import ai.fvgs.cli.Arguments;
import ai.fvgs.cli.CommandContext;
import ai.fvgs.cli.UsageException;
import ai.fvgs.dataset.Consent;
import ai.fvgs.dataset.DatasetStore;
import ai.fvgs.dataset.ImportOptions;
import ai.fvgs.dataset.ImportProblem;
import ai.fvgs.dataset.ImportReport;
import ai.fvgs.dataset.Provenance;
import ai.fvgs.settings.WorkbenchSettings;

/** {@code fvgs dataset import --coco FILE --images DIR [--labeller NAME] [--licence L --source S --creator C] [--db URL]}. */
final class CocoImportCommand {

    static final String USAGE = "fvgs dataset import --coco FILE --images DIR [--labeller NAME] [--licence L] [--source S] [--creator C] [--db URL]";

    private final WorkbenchSettings settings;

    CocoImportCommand(WorkbenchSettings settings) {
        this.settings = settings;
    }

    /**
     * @param args the arguments after {@code import}
     * @return whether they ask for a COCO import: {@code --coco}, or a {@code .json} file with {@code --images}
     */
    static boolean applies(List<String> args) {
        boolean images = false;
        boolean json = false;
        for (String s : args) {
            if (s.equals("--coco") || s.startsWith("--coco=")) {
                return true;
            }
            images |= s.equals("--images") || s.startsWith("--images=");
            json |= !s.startsWith("-") && s.toLowerCase(Locale.ROOT).endsWith(".json");
        }
        return images && json;
    }

    int run(List<String> args, CommandContext context) throws Exception {
        Arguments a = Arguments.parse(args, Set.of(), Set.of("--db", "--coco", "--images", "--labeller", "--licence", "--source", "--creator"));
        List<String> p = a.positional();
        String coco = a.value("--coco");
        if (coco == null && p.size() == 1) {
            coco = p.get(0);
        } else if (!p.isEmpty()) {
            throw new UsageException("unexpected argument '" + p.get(0) + "'; usage: " + USAGE);
        }
        if (coco == null) {
            throw new UsageException("missing --coco FILE; usage: " + USAGE);
        }
        if (a.value("--images") == null) {
            throw new UsageException("missing --images DIR, the folder the images' file_name are relative to; usage: " + USAGE);
        }
        Path file = context.workingDirectory().resolve(coco);
        Path images = context.workingDirectory().resolve(a.value("--images"));
        if (!Files.isRegularFile(file)) {
            throw new UsageException("COCO file '" + coco + "' does not exist");
        }
        if (!Files.isDirectory(images)) {
            throw new UsageException("images folder '" + a.value("--images") + "' does not exist");
        }
        String user = System.getProperty("user.name", "cli");
        String labeller = a.value("--labeller") != null ? a.value("--labeller") : user;
        ImportOptions options;
        try {
            options = ImportOptions.defaults(user)
                    .withProvenance(new Provenance(a.value("--source"), a.value("--licence"), null, Consent.UNKNOWN, a.value("--creator"), null));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        ImportReport r;
        try (DatasetStore store = DatasetStore.open(DatasetSearchCommand.url(settings, a), DatasetStore.defaultMediaRoot(settings.dataDirectory()))) {
            if (store.user(labeller).isEmpty()) {
                throw new UsageException("labeller '" + labeller + "' is not a user of this dataset; add one with: fvgs dataset users add " + labeller
                        + " --role labeller, or name another with --labeller");
            }
            r = store.importer().runCoco(file, images, labeller, options, ai.fvgs.sdk.Progress.NONE);
        }
        var out = context.out();
        out.printf(Locale.ROOT, "COCO import batch %d%s: %d images, %d entries imported, %d already imported, %d duplicates, %d errors%n", r.batchId(),
                r.resumed() ? " (continued)" : "", r.filesSeen(), r.entriesCreated(), r.alreadyImported(), r.duplicates().size(), r.errors().size());
        section(out, "duplicates (not imported):", r.duplicates());
        section(out, "errors:", r.errors());
        return r.errors().isEmpty() ? 0 : 1;
    }

    private static void section(java.io.PrintStream out, String title, List<ImportProblem> problems) {
        if (!problems.isEmpty()) {
            out.println(title);
            for (ImportProblem pr : problems) {
                out.println("  " + pr.file() + ": " + pr.reason());
            }
        }
    }
}
