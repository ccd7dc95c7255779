package ai.fvgs.dataset.internal;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import ai.fvgs.cli.Arguments;
import ai.fvgs.cli.CommandContext;
import ai.fvgs.cli.UsageException;
import ai.fvgs.dataset.DatasetQuality;
import ai.fvgs.dataset.DatasetStats;
import ai.fvgs.dataset.DatasetStore;
import ai.fvgs.dataset.EntryStatus;
import ai.fvgs.dataset.LabellerStats;
import ai.fvgs.settings.WorkbenchSettings;

/**
 * {@code fvgs dataset stats [--quality [--from DATE] [--to DATE]] [--json] [--db URL]}: counts by status, media kind
 * and labeller; with {@code --quality} also agreement, throughput and label distributions.
 */
final class DatasetStatsCommand {

    static final String USAGE = "fvgs dataset stats [--quality [--from DATE] [--to DATE]] [--json] [--db URL]";

    private final WorkbenchSettings settings;

    DatasetStatsCommand(WorkbenchSettings settings) {
        this.settings = settings;
    }

    int run(List<String> args, CommandContext context) throws Exception {
        Arguments a = Arguments.parse(args, Set.of("--json", "--quality"), Set.of("--db", "--from", "--to"));
        if (!a.positional().isEmpty()) {
            throw new UsageException("unexpected argument '" + a.positional().get(0) + "'; usage: " + USAGE);
        }
        boolean quality = a.has("--quality");
        if (!quality && (a.value("--from") != null || a.value("--to") != null)) {
            throw new UsageException("--from and --to apply to the throughput of --quality only; usage: " + USAGE);
        }
        Instant from = a.value("--from") == null ? null : DatasetSearchCommand.day(a, "--from");
        Instant to = a.value("--to") == null ? null : DatasetSearchCommand.day(a, "--to").plusSeconds(86_400); // inclusive
        if (from != null && to != null && !from.isBefore(to)) {
            throw new UsageException("--from " + a.value("--from") + " is after --to " + a.value("--to") + "; the range would be empty");
        }
        DatasetStats s;
        QualityReport q = null;
        try (DatasetStore store = DatasetStore.open(DatasetSearchCommand.url(settings, a), DatasetStore.defaultMediaRoot(settings.dataDirectory()))) {
            s = store.search().stats();
            if (quality) {
                DatasetQuality dq = store.quality();
                q = new QualityReport(dq.agreement(), dq.throughput(from, to), dq.labels());
            }
        }
        if (a.has("--json")) {
            ObjectNode root = json(s);
            if (q != null) {
                QualityOutput.json(q, root.putObject("quality"));
            }
            context.out().println(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(root));
            return 0;
        }
        var out = context.out();
        out.printf(Locale.ROOT, "entries  %d%n", s.entries());
        out.println("by status");
        s.byStatus().forEach((k, v) -> out.printf(Locale.ROOT, "  %-12s %d%n", k.label(), v));
        out.println("by media kind  entries  items");
        s.entriesByMedia().forEach((k, v) -> out.printf(Locale.ROOT, "  %-12s %7d  %5d%n", k.label(), v, s.mediaItemsByKind().get(k)));
        out.print("by labeller   ");
        for (EntryStatus st : EntryStatus.values()) {
            out.printf(Locale.ROOT, " %11s", st.label());
        }
        out.println();
        for (LabellerStats l : s.byLabeller()) {
            row(out, l.labeller(), l.byStatus());
        }
        row(out, "(unassigned)", s.unassignedByStatus());
        if (q != null) {
            QualityOutput.print(q, out);
        }
        return 0;
    }

    private static void row(java.io.PrintStream out, String name, Map<EntryStatus, Long> counts) {
        out.printf(Locale.ROOT, "  %-12s", name);
        counts.values().forEach(v -> out.printf(Locale.ROOT, " %11d", v));
        out.println();
    }

    /** The three quality figures, read together. */
    record QualityReport(ai.fvgs.dataset.Agreement agreement, List<ai.fvgs.dataset.Throughput> throughput, List<ai.fvgs.dataset.LabelCount> labels) {
    }

    private static ObjectNode json(DatasetStats s) {
        ObjectNode root = new ObjectMapper().createObjectNode();
        root.put("entries", s.entries());
        ObjectNode status = root.putObject("byStatus");
        s.byStatus().forEach((k, v) -> status.put(k.label(), v));
        ObjectNode media = root.putObject("entriesByMedia");
        s.entriesByMedia().forEach((k, v) -> media.put(k.label(), v));
        ObjectNode items = root.putObject("mediaItemsByKind");
        s.mediaItemsByKind().forEach((k, v) -> items.put(k.label(), v));
        ObjectNode labellers = root.putObject("byLabeller");
        for (LabellerStats l : s.byLabeller()) {
            ObjectNode o = labellers.putObject(l.labeller());
            l.byStatus().forEach((k, v) -> o.put(k.label(), v));
        }
        ObjectNode unassigned = root.putObject("unassigned");
        s.unassignedByStatus().forEach((k, v) -> unassigned.put(k.label(), v));
        return root;
    }
}
