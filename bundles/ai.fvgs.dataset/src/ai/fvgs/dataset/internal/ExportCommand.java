package ai.fvgs.dataset.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import ai.fvgs.cli.Arguments;
import ai.fvgs.cli.CommandContext;
import ai.fvgs.cli.UsageException;
import ai.fvgs.dataset.DatasetStore;
import ai.fvgs.dataset.ExportFormat;
import ai.fvgs.dataset.ExportMedia;
import ai.fvgs.dataset.ExportOptions;
import ai.fvgs.dataset.ExportReport;
import ai.fvgs.dataset.YoloTask;
import ai.fvgs.settings.WorkbenchSettings;

/** {@code fvgs dataset export SNAPSHOT --format coco|yolo|jsonl -o DIR [--media copy|link|none] [--yolo-task detect|segment] [--db URL]}. */
final class ExportCommand {

    static final String USAGE = "fvgs dataset export SNAPSHOT --format coco|yolo|jsonl -o DIR [--media copy|link|none] "
            + "[--yolo-task detect|segment] [--db URL]";

    private final WorkbenchSettings settings;

    ExportCommand(WorkbenchSettings settings) {
        this.settings = settings;
    }

    int run(List<String> args, CommandContext context) throws Exception {
        Arguments a = Arguments.parse(args, Set.of(), Set.of("--db", "--format", "-o", "--output", "--media", "--yolo-task"));
        List<String> p = a.positional();
        if (p.size() != 1) {
            throw new UsageException((p.isEmpty() ? "missing SNAPSHOT" : "unexpected argument '" + p.get(1) + "'") + "; usage: " + USAGE);
        }
        if (a.value("--format") == null) {
            throw new UsageException("missing --format; allowed: coco, yolo, jsonl");
        }
        String out = a.value("-o") != null ? a.value("-o") : a.value("--output");
        if (out == null) {
            throw new UsageException("missing -o DIR, the folder to write; usage: " + USAGE);
        }
        ExportOptions options;
        try {
            options = ExportOptions.of(ExportFormat.parse(a.value("--format")));
            if (a.value("--media") != null) {
                options = options.withMedia(ExportMedia.parse(a.value("--media")));
            }
            if (a.value("--yolo-task") != null) {
                if (options.format() != ExportFormat.YOLO) {
                    throw new UsageException("option --yolo-task applies only to --format yolo");
                }
                options = options.withYoloTask(YoloTask.parse(a.value("--yolo-task")));
            }
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        Path dir = context.workingDirectory().resolve(out);
        try (DatasetStore store = DatasetStore.open(DatasetSearchCommand.url(settings, a), DatasetStore.defaultMediaRoot(settings.dataDirectory()))) {
            ExportReport r = store.exporter().export(p.get(0), dir, options);
            context.out().printf(Locale.ROOT, "exported snapshot %s as %s to %s: %d files, %d media, %d annotations, %d skipped%n", p.get(0),
                    options.format().label(), r.directory(), r.files().size(), r.media(), r.annotations(), r.skipped());
        }
        return 0;
    }
}
