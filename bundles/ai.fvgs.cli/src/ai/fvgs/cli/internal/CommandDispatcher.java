package ai.fvgs.cli.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import ai.fvgs.cli.CliCommand;
import ai.fvgs.cli.CommandContext;
import ai.fvgs.cli.UsageException;

/**
 * Interprets {@code fvgs [--help | --version | <command> [args]]} against the commands installed now and
 * returns the exit code. Independent of OSGi, so it is easy to test and reason about.
 */
final class CommandDispatcher {

    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;

    private final Function<String, Optional<CliCommand>> lookup;
    private final java.util.function.Supplier<List<CliCommand>> all;
    private final String versionText;

    CommandDispatcher(Function<String, Optional<CliCommand>> lookup, java.util.function.Supplier<List<CliCommand>> all,
            String versionText) {
        this.lookup = lookup;
        this.all = all;
        this.versionText = versionText;
    }

    int run(List<String> args, CommandContext ctx) {
        if (args.isEmpty()) {
            ctx.err().println("fvgs: no command given");
            ctx.err().print(overview());
            return USAGE;
        }
        String first = args.get(0);
        switch (first) {
            case "--help", "-h", "help" -> {
                if (args.size() > 1 && !first.startsWith("-")) {
                    return helpFor(args.get(1), ctx);
                }
                ctx.out().print(overview());
                return OK;
            }
            case "--version", "-V" -> {
                ctx.out().print(versionText);
                return OK;
            }
            default -> {
                // handled below
            }
        }
        if (first.startsWith("-")) {
            ctx.err().println("fvgs: unknown option '" + first + "'");
            ctx.err().print(overview());
            return USAGE;
        }
        Optional<CliCommand> command = lookup.apply(first);
        if (command.isEmpty()) {
            ctx.err().println("fvgs: unknown command '" + first + "'; commands: " + String.join(", ", names()));
            ctx.err().print(overview());
            return USAGE;
        }
        List<String> rest = args.subList(1, args.size());
        if (rest.contains("--help") || rest.contains("-h")) {
            ctx.out().print(command.get().usage());
            return OK;
        }
        try {
            return command.get().run(rest, ctx);
        } catch (UsageException e) {
            ctx.err().println("fvgs " + first + ": " + e.getMessage());
            ctx.err().print(command.get().usage());
            return USAGE;
        } catch (Exception e) {
            ctx.err().println("fvgs " + first + ": " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            System.getLogger(CommandDispatcher.class.getName()).log(System.Logger.Level.DEBUG, "command failed", e);
            return FAILED;
        }
    }

    private int helpFor(String name, CommandContext ctx) {
        Optional<CliCommand> command = lookup.apply(name);
        if (command.isEmpty()) {
            ctx.err().println("fvgs help: unknown command '" + name + "'; commands: " + String.join(", ", names()));
            return USAGE;
        }
        ctx.out().print(command.get().usage());
        return OK;
    }

    private List<String> names() {
        return all.get().stream().map(CliCommand::name).sorted().toList();
    }

    String overview() {
        StringBuilder b = new StringBuilder();
        b.append("Usage: fvgs [--data-dir DIR] [--dropins DIR] <command> [options]\n");
        b.append("       fvgs                 open the workbench\n");
        b.append("       fvgs --help          show this help; fvgs <command> --help for one command\n");
        b.append("       fvgs --version       show versions\n\n");
        b.append("Commands:\n");
        List<CliCommand> commands = all.get().stream().sorted(Comparator.comparing(CliCommand::name)).toList();
        int width = commands.stream().mapToInt(c -> c.name().length()).max().orElse(8);
        for (CliCommand c : commands) {
            b.append("  ").append(c.name()).append(" ".repeat(width - c.name().length() + 3)).append(c.summary()).append('\n');
        }
        b.append("\nGlobal options (before the command):\n");
        b.append("  --data-dir DIR   data directory for this run (default: settings file, then ~/.fvgs)\n");
        b.append("  --dropins DIR    folder watched for extension bundles (default: <data dir>/dropins)\n\n");
        b.append("Exit codes: 0 success, 1 failure, 2 invalid command line.\n");
        return b.toString();
    }
}
