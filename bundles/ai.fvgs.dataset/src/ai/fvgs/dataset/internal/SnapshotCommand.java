package ai.fvgs.dataset.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import ai.fvgs.cli.Arguments;
import ai.fvgs.cli.CommandContext;
import ai.fvgs.cli.UsageException;
import ai.fvgs.dataset.DatasetException;
import ai.fvgs.dataset.DatasetStore;
import ai.fvgs.dataset.EntryStatus;
import ai.fvgs.dataset.MediaKind;
import ai.fvgs.dataset.SearchQuery;
import ai.fvgs.dataset.Snapshot;
import ai.fvgs.dataset.SnapshotLabel;
import ai.fvgs.dataset.SnapshotOptions;
import ai.fvgs.dataset.Split;
import ai.fvgs.dataset.SplitRatios;
import ai.fvgs.dataset.Stratification;
import ai.fvgs.settings.WorkbenchSettings;

/** {@code fvgs dataset snapshot create | list | show | delete}. */
final class SnapshotCommand {

    static final String USAGE = "fvgs dataset snapshot create NAME [--status S|any] [--text WORDS] [--labeller U] [--media K] [--licence L] "
            + "[--from DATE] [--to DATE] [--seed N] [--split 80/10/10] [--stratify-by category|none] [--db URL]\n"
            + "       fvgs dataset snapshot list [--json] [--db URL]\n"
            + "       fvgs dataset snapshot show NAME [--json] [--db URL]\n"
            + "       fvgs dataset snapshot delete NAME [--db URL]";

    private final WorkbenchSettings settings;

    SnapshotCommand(WorkbenchSettings settings) {
        this.settings = settings;
    }

    int run(List<String> args, CommandContext context) throws Exception {
        Arguments a = Arguments.parse(args, Set.of("--json"), Set.of("--db", "--status", "--text", "--labeller", "--media", "--licence", "--from",
                "--to", "--seed", "--split", "--stratify-by"));
        List<String> p = a.positional();
        if (p.isEmpty()) {
            throw new UsageException("missing snapshot subcommand; allowed: create, list, show, delete; usage: " + USAGE);
        }
        String sub = p.get(0);
        switch (sub) {
            case "create" -> {
                expect(p, 2);
                only(a, sub, "--json");
                SnapshotOptions options = options(a);
                String name = name(p.get(1));
                try (DatasetStore store = open(a)) {
                    if (options.filter().labeller() != null && store.user(options.filter().labeller()).isEmpty()) {
                        throw new UsageException("--labeller '" + options.filter().labeller() + "' is not a user of this dataset; see: fvgs dataset users list");
                    }
                    Snapshot s = store.snapshots().create(name, options, System.getProperty("user.name", "cli"));
                    context.out().printf(Locale.ROOT, "snapshot %s: %d entries (train %d, val %d, test %d), content hash %s%n", s.name(), s.entryCount(),
                            s.splitCounts().get(Split.TRAIN), s.splitCounts().get(Split.VAL), s.splitCounts().get(Split.TEST), s.contentHash());
                }
            }
            case "list" -> {
                expect(p, 1);
                onlyListOptions(a, sub);
                try (DatasetStore store = open(a)) {
                    List<Snapshot> all = store.snapshots().list();
                    if (a.has("--json")) {
                        ArrayNode array = new ObjectMapper().createArrayNode();
                        for (Snapshot s : all) {
                            array.add(json(s));
                        }
                        context.out().println(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(array));
                    } else if (all.isEmpty()) {
                        context.out().println("no snapshots; make one with: fvgs dataset snapshot create NAME");
                    } else {
                        int width = Math.max(4, all.stream().mapToInt(s -> s.name().length()).max().orElse(4));
                        context.out().printf(Locale.ROOT, "%-" + width + "s  %7s  %-8s  %-12s  %s%n", "NAME", "ENTRIES", "SPLIT", "HASH", "CREATED");
                        for (Snapshot s : all) {
                            context.out().printf(Locale.ROOT, "%-" + width + "s  %7d  %-8s  %-12s  %s%n", s.name(), s.entryCount(), s.split(),
                                    s.contentHash().substring(0, 12), s.createdAt());
                        }
                    }
                }
            }
            case "show" -> {
                expect(p, 2);
                onlyListOptions(a, sub);
                try (DatasetStore store = open(a)) {
                    Snapshot s = store.snapshots().find(p.get(1)).orElseThrow(() -> new DatasetException("snapshot '" + p.get(1)
                            + "' does not exist; see: fvgs dataset snapshot list"));
                    List<SnapshotLabel> categories = store.snapshots().categories(s.name());
                    List<SnapshotLabel> attributes = store.snapshots().attributes(s.name());
                    if (a.has("--json")) {
                        ObjectNode o = json(s);
                        labels(o.putArray("categories"), categories);
                        labels(o.putArray("attributes"), attributes);
                        context.out().println(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(o));
                    } else {
                        var out = context.out();
                        out.printf(Locale.ROOT, "snapshot      %s%ncontent hash  %s%nentries       %d (train %d, val %d, test %d)%n", s.name(), s.contentHash(),
                                s.entryCount(), s.splitCounts().get(Split.TRAIN), s.splitCounts().get(Split.VAL), s.splitCounts().get(Split.TEST));
                        out.printf(Locale.ROOT, "split         %s, seed %d, stratified by %s%nfilter        %s%ncreated       %s by %s%n", s.split(), s.seed(),
                                s.stratifyBy().label(), s.filter(), s.createdAt(), s.createdBy());
                        out.println("categories    " + names(categories));
                        out.println("attributes    " + names(attributes));
                    }
                }
            }
            case "delete" -> {
                expect(p, 2);
                only(a, sub, "--json");
                try (DatasetStore store = open(a)) {
                    store.snapshots().delete(p.get(1), System.getProperty("user.name", "cli"));
                    context.out().println("deleted snapshot " + p.get(1));
                }
            }
            default -> throw new UsageException("unknown snapshot subcommand '" + sub + "'; allowed: create, list, show, delete");
        }
        return 0;
    }

    private DatasetStore open(Arguments a) throws DatasetException {
        return DatasetStore.open(DatasetSearchCommand.url(settings, a), DatasetStore.defaultMediaRoot(settings.dataDirectory()));
    }

    private static SnapshotOptions options(Arguments a) throws UsageException {
        SearchQuery q = SearchQuery.all().withText(a.value("--text"));
        try {
            String status = a.value("--status");
            q = q.withStatus(status == null ? EntryStatus.ACCEPTED : status.equals("any") ? null : EntryStatus.parse(status));
            if (a.value("--media") != null) {
                q = q.withMedia(MediaKind.parse(a.value("--media")));
            }
            q = q.withLabeller(a.value("--labeller")).withLicence(a.value("--licence"));
            Instant from = a.value("--from") == null ? null : day(a, "--from");
            Instant to = a.value("--to") == null ? null : day(a, "--to").plusSeconds(86_400);
            q = q.withChangedBetween(from, to);
            SnapshotOptions o = SnapshotOptions.defaults().withFilter(q);
            if (a.value("--split") != null) {
                o = o.withSplit(SplitRatios.parse(a.value("--split")));
            }
            if (a.value("--stratify-by") != null) {
                o = o.withStratifyBy(Stratification.parse(a.value("--stratify-by")));
            }
            if (a.value("--seed") != null) {
                try {
                    o = o.withSeed(Long.parseLong(a.value("--seed")));
                } catch (NumberFormatException e) {
                    throw new UsageException("--seed '" + a.value("--seed") + "' is not allowed; give a whole number");
                }
            }
            return o;
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage() + (e.getMessage().startsWith("status") ? " (or any)" : ""));
        }
    }

    private static Instant day(Arguments a, String option) throws UsageException {
        try {
            return LocalDate.parse(a.value(option)).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException e) {
            throw new UsageException(option + " '" + a.value(option) + "' is not a date; allowed: YYYY-MM-DD (a day in UTC)");
        }
    }

    private static String name(String value) throws UsageException {
        try {
            return Snapshot.checkName(value);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private static void expect(List<String> p, int count) throws UsageException {
        if (p.size() < count) {
            throw new UsageException("missing argument; usage: " + USAGE);
        }
        if (p.size() > count) {
            throw new UsageException("unexpected argument '" + p.get(count) + "'; usage: " + USAGE);
        }
    }

    private static void only(Arguments a, String sub, String... rejected) throws UsageException {
        for (String o : rejected) {
            if (a.has(o)) {
                throw new UsageException("option " + o + " does not apply to 'snapshot " + sub + "'");
            }
        }
    }

    private static void onlyListOptions(Arguments a, String sub) throws UsageException {
        only(a, sub, "--status", "--text", "--labeller", "--media", "--licence", "--from", "--to", "--seed", "--split", "--stratify-by");
    }

    private static ObjectNode json(Snapshot s) {
        ObjectNode o = new ObjectMapper().createObjectNode();
        o.put("name", s.name()).put("contentHash", s.contentHash()).put("entries", s.entryCount());
        ObjectNode splits = o.putObject("splits");
        for (Split sp : Split.values()) {
            splits.put(sp.label(), s.splitCounts().get(sp));
        }
        o.put("split", s.split().toString()).put("seed", s.seed()).put("stratifyBy", s.stratifyBy().label());
        try {
            o.set("filter", new ObjectMapper().readTree(s.filter()));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            o.put("filter", s.filter());
        }
        o.put("created", s.createdAt().toString()).put("createdBy", s.createdBy());
        return o;
    }

    private static void labels(ArrayNode array, List<SnapshotLabel> labels) {
        for (SnapshotLabel l : labels) {
            ObjectNode o = array.addObject().put("id", l.id()).put("name", l.name()).put("supercategory", l.supercategory());
            if (l.taxonomy() != null) {
                o.put("taxonomy", l.taxonomy()).put("taxonomyVersion", l.taxonomyVersion());
            }
            if (l.layout() != null) {
                o.put("keypointLayout", l.layout());
            }
        }
    }

    private static String names(List<SnapshotLabel> labels) {
        if (labels.isEmpty()) {
            return "-";
        }
        StringBuilder b = new StringBuilder();
        for (SnapshotLabel l : labels) {
            b.append(b.isEmpty() ? "" : ", ").append(l.id()).append(' ');
            b.append(l.supercategory().equals(LabelIds.NO_SUPERCATEGORY) ? l.name() : l.supercategory() + "/" + l.name());
        }
        return b.toString();
    }
}
