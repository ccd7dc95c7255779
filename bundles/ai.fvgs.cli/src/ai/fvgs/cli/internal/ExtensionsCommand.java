package ai.fvgs.cli.internal;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import ai.fvgs.cli.Arguments;
import ai.fvgs.cli.CliCommand;
import ai.fvgs.cli.CommandContext;
import ai.fvgs.cli.UsageException;
import ai.fvgs.extensions.ExtensionCatalog;
import ai.fvgs.extensions.ExtensionRecord;
import ai.fvgs.sdk.ExtensionKind;

/** {@code fvgs extensions list [--json] [--kind KIND]}: the installed extensions and their state. */
@Component(service = CliCommand.class)
public final class ExtensionsCommand implements CliCommand {

    private static final Duration DROPINS_SETTLE = Duration.ofSeconds(5);

    private final ExtensionCatalog catalog;

    /** @param catalog every installed extension */
    @Activate
    public ExtensionsCommand(@Reference ExtensionCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public String name() {
        return "extensions";
    }

    @Override
    public String summary() {
        return "list installed extensions (garment styles, backgrounds, inference backends, taxonomies)";
    }

    @Override
    public String usage() {
        return """
                Usage: fvgs extensions list [--json] [--kind KIND]

                Lists every installed extension: built-in ones and vendor bundles in the dropins folder,
                including those that failed, with the reason.

                Options:
                  --json        print a JSON array of objects with kind, id, label, vendor, version,
                                bundle, state (plus bundleVersion, description, capabilities, failure)
                  --kind KIND   only this kind: garment-style, background, inference-backend, taxonomy, bundle
                """;
    }

    @Override
    public int run(List<String> args, CommandContext context) throws Exception {
        Arguments a = Arguments.parse(args, Set.of("--json"), Set.of("--kind"));
        if (a.positional().isEmpty()) {
            throw new UsageException("missing subcommand; allowed: list");
        }
        if (!a.positional().get(0).equals("list")) {
            throw new UsageException("unknown subcommand '" + a.positional().get(0) + "'; allowed: list");
        }
        if (a.positional().size() > 1) {
            throw new UsageException("unexpected argument '" + a.positional().get(1) + "'");
        }
        String kind = a.value("--kind");
        if (kind != null && !kind.equals(ExtensionRecord.BUNDLE_KIND)) {
            try {
                ExtensionKind.ofId(kind);
            } catch (IllegalArgumentException e) {
                throw new UsageException("--kind: " + e.getMessage() + ", bundle");
            }
        }
        if (!catalog.awaitDropins(DROPINS_SETTLE)) {
            context.err().println("warning: the dropins folder has not settled; bundles still installing may be missing");
        }
        List<ExtensionRecord> records = catalog.records().stream().filter(r -> kind == null || r.kind().equals(kind)).toList();
        if (a.has("--json")) {
            printJson(records, context);
        } else {
            printTable(records, context);
        }
        return 0;
    }

    private static void printJson(List<ExtensionRecord> records, CommandContext context) throws Exception {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ArrayNode array = mapper.createArrayNode();
        for (ExtensionRecord r : records) {
            ObjectNode o = array.addObject();
            o.put("kind", r.kind());
            o.put("id", r.id());
            o.put("label", r.label());
            o.put("vendor", r.vendor());
            o.put("version", r.version());
            o.put("bundle", r.bundle());
            o.put("bundleVersion", r.bundleVersion());
            o.put("state", r.state().id());
            o.put("description", r.description());
            ArrayNode caps = o.putArray("capabilities");
            r.capabilities().stream().sorted().forEach(caps::add);
            if (!r.failure().isEmpty()) {
                o.put("failure", r.failure());
            }
        }
        context.out().println(mapper.writeValueAsString(array));
    }

    private static void printTable(List<ExtensionRecord> records, CommandContext context) {
        if (records.isEmpty()) {
            context.out().println("No extensions installed.");
            return;
        }
        List<String[]> rows = new java.util.ArrayList<>();
        rows.add(new String[] { "KIND", "ID", "LABEL", "VENDOR", "VERSION", "BUNDLE", "STATE" });
        for (ExtensionRecord r : records) {
            rows.add(new String[] { r.kind(), r.id(), r.label(), r.vendor(), r.version(), r.bundle(), r.state().id() });
        }
        int[] widths = new int[7];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                line.append(row[i]);
                if (i < row.length - 1) {
                    line.append(" ".repeat(widths[i] - row[i].length() + 2));
                }
            }
            context.out().println(line.toString().stripTrailing());
        }
        for (ExtensionRecord r : records) {
            if (!r.failure().isEmpty()) {
                context.out().println("failed: " + r.id() + ": " + r.failure());
            }
        }
    }
}
