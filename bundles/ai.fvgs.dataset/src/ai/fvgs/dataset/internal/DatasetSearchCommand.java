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
import ai.fvgs.dataset.DatasetEntry;
import ai.fvgs.dataset.DatasetStore;
import ai.fvgs.dataset.EntryStatus;
import ai.fvgs.dataset.EntryText;
import ai.fvgs.dataset.MediaItem;
import ai.fvgs.dataset.MediaKind;
import ai.fvgs.dataset.SearchPage;
import ai.fvgs.dataset.SearchQuery;
import ai.fvgs.dataset.TextKind;
import ai.fvgs.settings.WorkbenchSettings;

/**
 * {@code fvgs dataset search [TEXT] [--status S] [--labeller U] [--media image|video|text] [--licence L]
 * [--category LABEL] [--attribute NAME[=VALUE]] [--from DATE] [--to DATE] [--page N] [--size N] [--json] [--db URL]}.
 */
final class DatasetSearchCommand {

    static final String USAGE = "fvgs dataset search [TEXT] [--status S] [--labeller U] [--media image|video|text] [--licence L] "
            + "[--category LABEL] [--attribute NAME[=VALUE]] [--from DATE] [--to DATE] [--page N] [--size N] [--json] [--db URL]";

    private final WorkbenchSettings settings;

    DatasetSearchCommand(WorkbenchSettings settings) {
        this.settings = settings;
    }

    int run(List<String> args, CommandContext context) throws Exception {
        Arguments a = Arguments.parse(args, Set.of("--json"),
                Set.of("--db", "--status", "--labeller", "--media", "--licence", "--category", "--attribute", "--from", "--to", "--page", "--size"));
        SearchQuery q = query(a);
        try (DatasetStore store = DatasetStore.open(url(settings, a), DatasetStore.defaultMediaRoot(settings.dataDirectory()))) {
            if (q.labeller() != null && store.user(q.labeller()).isEmpty()) {
                throw new UsageException("--labeller '" + q.labeller() + "' is not a user of this dataset; see: fvgs dataset users list");
            }
            SearchPage page = store.search().search(q);
            if (a.has("--json")) {
                context.out().println(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(json(page)));
            } else {
                print(page, context);
            }
        }
        return 0;
    }

    static String url(WorkbenchSettings settings, Arguments a) {
        String url = a.value("--db");
        return url != null ? url : settings.databaseUrl();
    }

    private static SearchQuery query(Arguments a) throws UsageException {
        List<String> words = a.positional();
        SearchQuery q = SearchQuery.all().withText(words.isEmpty() ? null : String.join(" ", words));
        try {
            if (a.value("--status") != null) {
                q = q.withStatus(EntryStatus.parse(a.value("--status")));
            }
            if (a.value("--media") != null) {
                q = q.withMedia(MediaKind.parse(a.value("--media")));
            }
            if (a.value("--category") != null) {
                q = q.withCategory(a.value("--category"));
            }
            String attribute = a.value("--attribute");
            if (attribute != null) {
                int eq = attribute.indexOf('=');
                q = eq < 0 ? q.withAttribute(attribute, null) : q.withAttribute(attribute.substring(0, eq), attribute.substring(eq + 1));
            }
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        if (a.value("--labeller") != null) {
            q = q.withLabeller(a.value("--labeller"));
        }
        if (a.value("--licence") != null) {
            q = q.withLicence(a.value("--licence"));
        }
        Instant from = a.value("--from") == null ? null : day(a, "--from");
        Instant to = a.value("--to") == null ? null : day(a, "--to").plusSeconds(86_400); // --to is inclusive: up to the end of that day
        int page = number(a, "--page", 1, Integer.MAX_VALUE, 1);
        int size = number(a, "--size", 1, SearchQuery.MAX_PAGE_SIZE, SearchQuery.DEFAULT_PAGE_SIZE);
        try {
            return q.withChangedBetween(from, to).withPage(page, size);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    static Instant day(Arguments a, String option) throws UsageException {
        try {
            return LocalDate.parse(a.value(option)).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException e) {
            throw new UsageException(option + " '" + a.value(option) + "' is not a date; allowed: YYYY-MM-DD (a day in UTC)");
        }
    }

    private static int number(Arguments a, String option, int min, int max, int fallback) throws UsageException {
        String v = a.value(option);
        if (v == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(v);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException(option + " '" + v + "' is not allowed; allowed: a whole number from " + min + " to " + max);
    }

    private static void print(SearchPage page, CommandContext context) {
        context.out().printf(Locale.ROOT, "%d entries, page %d of %d%n", page.total(), page.page(), page.pages());
        for (DatasetEntry e : page.entries()) {
            context.out().printf(Locale.ROOT, "%8d  %-11s  %-12s  %-11s  %s%n", e.id(), e.status().label(), e.assignee() == null ? "-" : e.assignee(),
                    kinds(e), firstText(e));
        }
    }

    private static String kinds(DatasetEntry e) {
        String k = e.media().stream().map(m -> m.kind().label()).distinct().sorted().reduce((x, y) -> x + "," + y).orElse("-");
        return k;
    }

    private static String firstText(DatasetEntry e) {
        String t = e.texts().stream().filter(x -> x.kind() == TextKind.CAPTION).findFirst().or(() -> e.texts().stream().findFirst())
                .map(EntryText::text).orElse("");
        t = t.replaceAll("\\s+", " ");
        return t.length() > 60 ? t.substring(0, 59) + "…" : t;
    }

    private static ObjectNode json(SearchPage page) {
        ObjectMapper m = new ObjectMapper();
        ObjectNode root = m.createObjectNode();
        root.put("total", page.total()).put("page", page.page()).put("size", page.size()).put("pages", page.pages());
        ArrayNode entries = root.putArray("entries");
        for (DatasetEntry e : page.entries()) {
            ObjectNode o = entries.addObject();
            o.put("id", e.id()).put("status", e.status().label()).put("version", e.version()).put("assignee", e.assignee())
                    .put("reviewComment", e.reviewComment()).put("sourceKey", e.sourceKey()).put("licence", e.provenance().licence())
                    .put("created", e.createdAt().toString()).put("updated", e.updatedAt().toString());
            ArrayNode media = o.putArray("media");
            for (MediaItem mi : e.media()) {
                media.addObject().put("kind", mi.kind().label()).put("sha256", mi.sha256()).put("mime", mi.mimeType()).put("name", mi.originalName());
            }
            ArrayNode texts = o.putArray("texts");
            for (EntryText t : e.texts()) {
                texts.addObject().put("kind", t.kind().label()).put("language", t.language()).put("text", t.text());
            }
        }
        return root;
    }
}
