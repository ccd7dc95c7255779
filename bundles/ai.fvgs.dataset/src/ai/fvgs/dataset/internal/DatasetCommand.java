package ai.fvgs.dataset.internal;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.fasterxml.jackson.databind.ObjectMapper;

import ai.fvgs.cli.Arguments;
import ai.fvgs.cli.CliCommand;
import ai.fvgs.cli.CommandContext;
import ai.fvgs.cli.UsageException;
import ai.fvgs.dataset.DatasetException;
import ai.fvgs.dataset.DatasetStore;
import ai.fvgs.dataset.Role;
import ai.fvgs.dataset.User;
import ai.fvgs.settings.WorkbenchSettings;

/** {@code fvgs dataset init | users}: create or migrate the Fashion Media Database and manage its users. */
@Component(service = CliCommand.class)
public final class DatasetCommand implements CliCommand {

    private static final String ALLOWED_SUBCOMMANDS = "init, import, users, search, stats, taxonomy, snapshot, export";

    private final WorkbenchSettings settings;

    /** @param settings gives the data directory and the configured database URL */
    @Activate
    public DatasetCommand(@Reference WorkbenchSettings settings) {
        this.settings = settings;
    }

    @Override
    public String name() {
        return "dataset";
    }

    @Override
    public String summary() {
        return "create the fashion media database, import media, manage its users, search it, count it, snapshot and export it";
    }

    @Override
    public String usage() {
        return """
                Usage: fvgs dataset init [--db URL]
                       fvgs dataset import FOLDER|MANIFEST [--licence L] [--source S] [--creator C]
                                           [--frames N] [--sampling uniform|scene-changes] [--db URL]
                       fvgs dataset users list [--json] [--db URL]
                       fvgs dataset users add NAME --role ROLE [--db URL]
                       fvgs dataset users role NAME ROLE [--db URL]
                       fvgs dataset search [TEXT] [--status S] [--labeller U] [--media image|video|text]
                                           [--licence L] [--from DATE] [--to DATE] [--page N] [--size N] [--json] [--db URL]
                                           [--category LABEL] [--attribute NAME[=VALUE]]
                       fvgs dataset stats [--quality [--from DATE] [--to DATE]] [--json] [--db URL]
                       fvgs dataset taxonomy list [--json] [--db URL]
                       fvgs dataset taxonomy show NAME[@VERSION] [--json] [--db URL]
                       fvgs dataset taxonomy import FILE [--db URL]
                       fvgs dataset import --coco FILE --images DIR [--labeller NAME] [--licence L] [--db URL]
                       fvgs dataset snapshot create NAME [--status S|any] [--text WORDS] [--labeller U] [--media K]
                                           [--licence L] [--from DATE] [--to DATE] [--seed N] [--split 80/10/10]
                                           [--stratify-by category|none] [--db URL]
                       fvgs dataset snapshot list|show NAME|delete NAME [--json] [--db URL]
                       fvgs dataset export SNAPSHOT --format coco|yolo|jsonl -o DIR [--media copy|link|none]
                                           [--yolo-task detect|segment] [--db URL]

                init         creates the database, or migrates it to the newest schema; prints where it is and
                             the schema version
                import       imports a folder (recursively: jpg, png, webp, mp4, mov, webm, mkv with .txt/.json
                             side-cars of the same name) or a .csv/.jsonl manifest; an interrupted import
                             continues when run again; prints entries imported, duplicates and errors
                --licence, --source, --creator  provenance of the imported entries
                --frames, --sampling  how many stills to keep of each video (default 8, at most 100), at even
                             intervals (default) or at scene changes
                users list   lists the users and their roles
                users add    adds a user; ROLE is labeller, reviewer or admin
                users role   changes a user's role
                search       finds entries whose captions, descriptions and tags contain all words of TEXT and
                             that match the filters; S is new, in_progress, submitted, accepted or rejected,
                             DATE is YYYY-MM-DD (UTC; --from and --to are inclusive, on the last change),
                             --page counts from 1, --size is 1 to 1000 (default 20)
                --category   entries with a box, polygon, keypoints, mask or track of that label in any annotation set
                --attribute  entries with that attribute (of that value, if given) in any annotation set
                stats        counts entries by status, media kind and labeller
                stats --quality  adds agreement between labellers (Cohen's kappa, shape IoU), throughput per labeller
                                 (in the --from/--to days, UTC, inclusive) and label counts
                taxonomy list    lists the installed taxonomy versions (built-in, vendor and imported)
                taxonomy show    prints one taxonomy (the latest version unless @VERSION is given); --json
                                 prints it as a taxonomy file
                taxonomy import  installs a taxonomy file (format fvgs-taxonomy/1), or the ontology of your own
                                 copy of a Fashionpedia annotation file as a new version of fashionpedia
                import --coco  imports a COCO JSON file: each image becomes an entry, its annotations the set of
                             the labeller (default: the operating-system user); re-runs skip imported images
                snapshot     freezes the matching entries (default: accepted) with a seeded, stratified
                             train/val/test split and a content hash; list, show and (admins) delete them
                export       writes a snapshot as COCO JSON, YOLO or JSONL into a new folder DIR; media are
                             hard-linked (default), copied or left out

                --db URL     jdbc:postgresql://HOST[:PORT]/DATABASE[?currentSchema=SCHEMA&user=USER] for a shared
                             team database, or jdbc:h2:file:PATH; default: database.url from the settings file,
                             else the embedded H2 database <data dir>/dataset/fvgs
                Changes are recorded in the audit log under the operating-system user's name.
                """;
    }

    @Override
    public int run(List<String> args, CommandContext context) throws Exception {
        if (!args.isEmpty() && args.get(0).equals("search")) {
            return new DatasetSearchCommand(settings).run(args.subList(1, args.size()), context);
        }
        if (!args.isEmpty() && args.get(0).equals("stats")) {
            return new DatasetStatsCommand(settings).run(args.subList(1, args.size()), context);
        }
        if (!args.isEmpty() && args.get(0).equals("taxonomy")) {
            return new TaxonomyCommand(settings).run(args.subList(1, args.size()), context);
        }
        if (!args.isEmpty() && args.get(0).equals("snapshot")) {
            return new SnapshotCommand(settings).run(args.subList(1, args.size()), context);
        }
        if (!args.isEmpty() && args.get(0).equals("export")) {
            return new ExportCommand(settings).run(args.subList(1, args.size()), context);
        }
        if (!args.isEmpty() && args.get(0).equals("import") && CocoImportCommand.applies(args.subList(1, args.size()))) {
            return new CocoImportCommand(settings).run(args.subList(1, args.size()), context);
        }
        Arguments a = Arguments.parse(args, Set.of("--json"), Set.of("--db", "--role", "--licence", "--source", "--creator", "--frames", "--sampling"));
        List<String> p = a.positional();
        if (p.isEmpty()) {
            throw new UsageException("missing subcommand; allowed: " + ALLOWED_SUBCOMMANDS);
        }
        switch (p.get(0)) {
            case "init" -> {
                expect(p, 1, "fvgs dataset init [--db URL]");
                rejectOptions(a, "init", "--role", "--json");
                try (DatasetStore store = open(a)) {
                    context.out().printf(Locale.ROOT, "%s database %s%nmedia store %s%nschema version %d%n", store.databaseName(), store.url(),
                            store.media().root(), store.schemaVersion());
                }
                return 0;
            }
            case "import" -> {
                return ImportCommand.run(a, () -> open(a), context);
            }
            case "users" -> {
                return users(a, context);
            }
            default -> throw new UsageException("unknown subcommand '" + p.get(0) + "'; allowed: " + ALLOWED_SUBCOMMANDS);
        }
    }

    private int users(Arguments a, CommandContext context) throws Exception {
        List<String> p = a.positional();
        if (p.size() < 2) {
            throw new UsageException("missing users subcommand; allowed: list, add, role");
        }
        String actor = System.getProperty("user.name", "cli");
        switch (p.get(1)) {
            case "list" -> {
                expect(p, 2, "fvgs dataset users list [--json] [--db URL]");
                rejectOptions(a, "users list", "--role");
                try (DatasetStore store = open(a)) {
                    printUsers(store.users(), a.has("--json"), context);
                }
            }
            case "add" -> {
                expect(p, 3, "fvgs dataset users add NAME --role ROLE [--db URL]");
                rejectOptions(a, "users add", "--json");
                if (a.value("--role") == null) {
                    throw new UsageException("missing --role ROLE; allowed: labeller, reviewer, admin");
                }
                Role role = role(a.value("--role"));
                String name = name(p.get(2));
                try (DatasetStore store = open(a)) {
                    User u = store.addUser(name, role, actor);
                    context.out().println("added user " + u.name() + " (" + u.role().label() + ")");
                }
            }
            case "role" -> {
                expect(p, 4, "fvgs dataset users role NAME ROLE [--db URL]");
                rejectOptions(a, "users role", "--json", "--role");
                Role role = role(p.get(3));
                try (DatasetStore store = open(a)) {
                    User u = store.setRole(p.get(2), role, actor);
                    context.out().println("user " + u.name() + " is now " + u.role().label());
                }
            }
            default -> throw new UsageException("unknown users subcommand '" + p.get(1) + "'; allowed: list, add, role");
        }
        return 0;
    }

    private static void printUsers(List<User> users, boolean json, CommandContext context) throws Exception {
        if (json) {
            ObjectMapper mapper = new ObjectMapper();
            var array = mapper.createArrayNode();
            for (User u : users) {
                array.addObject().put("name", u.name()).put("role", u.role().label()).put("created", u.createdAt().toString());
            }
            context.out().println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(array));
            return;
        }
        if (users.isEmpty()) {
            context.out().println("no users; add one with: fvgs dataset users add NAME --role ROLE");
            return;
        }
        int width = Math.max(4, users.stream().mapToInt(u -> u.name().length()).max().orElse(4));
        context.out().printf(Locale.ROOT, "%-" + width + "s  %s%n", "NAME", "ROLE");
        for (User u : users) {
            context.out().printf(Locale.ROOT, "%-" + width + "s  %s%n", u.name(), u.role().label());
        }
    }

    private DatasetStore open(Arguments a) throws DatasetException {
        String url = a.value("--db");
        if (url == null) {
            url = settings.databaseUrl(); // database.url from the settings file, else DatasetStore.defaultUrl(data dir)
        }
        return DatasetStore.open(url, DatasetStore.defaultMediaRoot(settings.dataDirectory()));
    }

    private static void expect(List<String> positional, int count, String usage) throws UsageException {
        if (positional.size() < count) {
            throw new UsageException("missing argument; usage: " + usage);
        }
        if (positional.size() > count) {
            throw new UsageException("unexpected argument '" + positional.get(count) + "'; usage: " + usage);
        }
    }

    private static void rejectOptions(Arguments a, String subcommand, String... options) throws UsageException {
        for (String o : options) {
            if (a.has(o)) {
                throw new UsageException("option " + o + " does not apply to '" + subcommand + "'");
            }
        }
    }

    private static Role role(String value) throws UsageException {
        try {
            return Role.parse(value);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private static String name(String value) throws UsageException {
        try {
            return User.checkName(value);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }
}
