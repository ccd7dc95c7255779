package ai.fvgs.dataset.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import ai.fvgs.cli.Arguments;
import ai.fvgs.cli.CommandContext;
import ai.fvgs.cli.UsageException;
import ai.fvgs.dataset.DatasetStats;
import ai.fvgs.dataset.DatasetStore;
import ai.fvgs.dataset.EntryStatus;
import ai.fvgs.dataset.LabellerStats;
import ai.fvgs.settings.WorkbenchSettings;

/** {@code fvgs dataset stats [--json] [--db URL]}: counts by status, media kind and labeller. */
final class DatasetStatsCommand {

    static final String USAGE = "fvgs dataset stats [--json] [--db URL]";

    private final WorkbenchSettings settings;

    DatasetStatsCommand(WorkbenchSettings settings) {
        this.settings = settings;
    }

    int run(List<String> args, CommandContext context) throws Exception {
        Arguments a = Arguments.parse(args, Set.of("--json"), Set.of("--db"));
        if (!a.positional().isEmpty()) {
            throw new UsageException("unexpected argument '" + a.positional().get(0) + "'; usage: " + USAGE);
        }
        DatasetStats s;
        try (DatasetStore store = DatasetStore.open(DatasetSearchCommand.url(settings, a), DatasetStore.defaultMediaRoot(settings.dataDirectory()))) {
            s = store.search().stats();
        }
        if (a.has("--json")) {
            context.out().println(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(json(s)));
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
        return 0;
    }

    private static void row(java.io.PrintStream out, String name, Map<EntryStatus, Long> counts) {
        out.printf(Locale.ROOT, "  %-12s", name);
        counts.values().forEach(v -> out.printf(Locale.ROOT, " %11d", v));
        out.println();
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
