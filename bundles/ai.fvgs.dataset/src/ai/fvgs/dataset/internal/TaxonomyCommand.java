package ai.fvgs.dataset.internal;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import ai.fvgs.cli.Arguments;
import ai.fvgs.cli.CommandContext;
import ai.fvgs.cli.UsageException;
import ai.fvgs.dataset.DatasetException;
import ai.fvgs.dataset.DatasetStore;
import ai.fvgs.dataset.InstalledTaxonomy;
import ai.fvgs.dataset.TaxonomyStore;
import ai.fvgs.sdk.taxonomy.AttributeGroup;
import ai.fvgs.sdk.taxonomy.CategoryKind;
import ai.fvgs.sdk.taxonomy.KeypointSkeleton;
import ai.fvgs.sdk.taxonomy.LabelGroup;
import ai.fvgs.sdk.taxonomy.LabelValue;
import ai.fvgs.sdk.taxonomy.Taxonomy;
import ai.fvgs.sdk.taxonomy.TaxonomyCategory;

/**
 * {@code fvgs dataset taxonomy list | show | import}: the installed taxonomies, one version in full, and
 * installing a taxonomy file or the ontology of the user's Fashionpedia annotation file.
 */
final class TaxonomyCommand {

    static final String USAGE_LIST = "fvgs dataset taxonomy list [--json] [--db URL]";
    static final String USAGE_SHOW = "fvgs dataset taxonomy show NAME[@VERSION] [--json] [--db URL]";
    static final String USAGE_IMPORT = "fvgs dataset taxonomy import FILE [--db URL]";
    private static final String ALLOWED = "list, show, import";

    private final ai.fvgs.settings.WorkbenchSettings settings;

    TaxonomyCommand(ai.fvgs.settings.WorkbenchSettings settings) {
        this.settings = settings;
    }

    int run(List<String> args, CommandContext context) throws Exception {
        Arguments a = Arguments.parse(args, Set.of("--json"), Set.of("--db"));
        List<String> p = a.positional();
        if (p.isEmpty()) {
            throw new UsageException("missing taxonomy subcommand; allowed: " + ALLOWED);
        }
        switch (p.get(0)) {
            case "list" -> {
                expect(p, 1, USAGE_LIST);
                try (DatasetStore store = open(a)) {
                    warn(store, context);
                    list(store.taxonomies().list(), a.has("--json"), context.out());
                }
            }
            case "show" -> {
                expect(p, 2, USAGE_SHOW);
                String[] key = p.get(1).split("@", 2);
                try (DatasetStore store = open(a)) {
                    warn(store, context);
                    Optional<Taxonomy> t = key.length == 1 ? store.taxonomies().latest(key[0]) : store.taxonomies().get(key[0], key[1]);
                    if (t.isEmpty()) {
                        List<String> installed = store.taxonomies().list().stream().map(i -> i.taxonomy().key()).toList();
                        throw new DatasetException("taxonomy " + p.get(1) + " is not installed; installed: "
                                + (installed.isEmpty() ? "none" : String.join(", ", installed)));
                    }
                    if (a.has("--json")) {
                        context.out().print(TaxonomyStore.toJson(t.get()));
                    } else {
                        show(t.get(), context.out());
                    }
                }
            }
            case "import" -> {
                expect(p, 2, USAGE_IMPORT);
                if (a.has("--json")) {
                    throw new UsageException("option --json does not apply to 'taxonomy import'");
                }
                Path file = context.workingDirectory().resolve(p.get(1));
                if (!Files.isRegularFile(file)) {
                    throw new UsageException("taxonomy file '" + p.get(1) + "' does not exist or is not a file");
                }
                Taxonomy t = TaxonomyStore.isTaxonomyFile(file) ? TaxonomyStore.readFile(file) : TaxonomyStore.readFashionpedia(file);
                String actor = System.getProperty("user.name", "cli");
                try (DatasetStore store = open(a)) {
                    warn(store, context);
                    boolean added = store.taxonomies().install(t, "file:" + file.getFileName(), actor);
                    context.out().println((added ? "installed " : "already installed ") + t.key() + " (" + counts(t) + ")"
                            + (added ? "" : ", same content"));
                }
            }
            default -> throw new UsageException("unknown taxonomy subcommand '" + p.get(0) + "'; allowed: " + ALLOWED);
        }
        return 0;
    }

    private DatasetStore open(Arguments a) throws DatasetException {
        return DatasetStore.open(DatasetSearchCommand.url(settings, a), DatasetStore.defaultMediaRoot(settings.dataDirectory()));
    }

    private static void warn(DatasetStore store, CommandContext context) {
        store.taxonomies().vendorProblems().forEach(problem -> context.err().println("warning: " + problem));
    }

    private static void expect(List<String> positional, int count, String usage) throws UsageException {
        if (positional.size() < count) {
            throw new UsageException("missing argument; usage: " + usage);
        }
        if (positional.size() > count) {
            throw new UsageException("unexpected argument '" + positional.get(count) + "'; usage: " + usage);
        }
    }

    static String counts(Taxonomy t) {
        long attributes = t.attributes().count();
        return t.count(CategoryKind.CATEGORY) + " categories, " + t.count(CategoryKind.PART) + " parts, " + attributes + " attributes in "
                + t.attributeGroups().size() + " groups, " + t.labelGroups().size() + " label groups, " + t.skeletons().size() + " skeletons";
    }

    private static void list(List<InstalledTaxonomy> all, boolean json, PrintStream out) throws Exception {
        if (json) {
            ObjectMapper mapper = new ObjectMapper();
            ArrayNode array = mapper.createArrayNode();
            for (InstalledTaxonomy i : all) {
                Taxonomy t = i.taxonomy();
                ObjectNode o = array.addObject();
                o.put("name", t.name()).put("version", t.version()).put("label", t.label()).put("licence", t.licence());
                o.put("categories", t.count(CategoryKind.CATEGORY)).put("parts", t.count(CategoryKind.PART));
                o.put("attributes", t.attributes().count()).put("attributeGroups", t.attributeGroups().size());
                o.put("labelGroups", t.labelGroups().size()).put("skeletons", t.skeletons().size());
                o.put("origin", i.origin()).put("sha256", i.sha256()).put("installedAt", i.installedAt().toString()).put("installedBy", i.installedBy());
            }
            out.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(array));
            return;
        }
        if (all.isEmpty()) {
            out.println("no taxonomies installed");
            return;
        }
        String[] head = { "NAME", "VERSION", "CATEGORIES", "PARTS", "ATTRIBUTES", "LABEL GROUPS", "SKELETONS", "ORIGIN", "LABEL" };
        List<String[]> rows = new java.util.ArrayList<>();
        rows.add(head);
        for (InstalledTaxonomy i : all) {
            Taxonomy t = i.taxonomy();
            rows.add(new String[] { t.name(), t.version(), String.valueOf(t.count(CategoryKind.CATEGORY)), String.valueOf(t.count(CategoryKind.PART)),
                    String.valueOf(t.attributes().count()), String.valueOf(t.labelGroups().size()), String.valueOf(t.skeletons().size()), i.origin(),
                    t.label() });
        }
        int[] widths = new int[head.length];
        rows.forEach(r -> {
            for (int c = 0; c < r.length; c++) {
                widths[c] = Math.max(widths[c], r[c].length());
            }
        });
        for (String[] r : rows) {
            StringBuilder b = new StringBuilder();
            for (int c = 0; c < r.length; c++) {
                b.append(r[c]);
                if (c < r.length - 1) {
                    b.append(" ".repeat(widths[c] - r[c].length() + 2));
                }
            }
            out.println(b);
        }
    }

    private static void show(Taxonomy t, PrintStream out) {
        out.printf(Locale.ROOT, "%s %s: %s%n", t.name(), t.version(), t.label());
        out.println("licence      " + t.licence());
        if (!t.source().isEmpty()) {
            out.println("source       " + t.source());
        }
        if (!t.attribution().isEmpty()) {
            out.println("attribution  " + t.attribution());
        }
        out.println(counts(t));
        if (!t.categories().isEmpty()) {
            out.println("categories and parts (id, name, supercategory, kind)");
            for (TaxonomyCategory c : t.categories()) {
                out.printf(Locale.ROOT, "  %4d  %s  [%s, %s]%n", c.id(), c.name(), c.supercategory(), c.kind().id());
            }
        }
        for (AttributeGroup g : t.attributeGroups()) {
            out.println("attribute group " + g.name() + ": "
                    + String.join(", ", g.attributes().stream().map(x -> x.name() + " (" + x.id() + ")").toList()));
        }
        for (LabelGroup g : t.labelGroups()) {
            out.println("label group " + g.name() + ": " + String.join(", ", g.values().stream().map(LabelValue::name).toList()));
        }
        for (KeypointSkeleton s : t.skeletons()) {
            out.println("skeleton " + s.name() + ": " + s.points().size() + " points, " + s.edges().size() + " edges"
                    + (s.categories().isEmpty() ? "" : ", for " + String.join(", ", s.categories())));
        }
    }
}
