package ai.fvgs.scene.internal;

import java.nio.file.NoSuchFileException;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.osgi.service.component.annotations.Component;

import ai.fvgs.cli.Arguments;
import ai.fvgs.cli.CliCommand;
import ai.fvgs.cli.CommandContext;
import ai.fvgs.cli.UsageException;
import ai.fvgs.scene.Scene;
import ai.fvgs.scene.SceneException;
import ai.fvgs.scene.SceneFiles;

/** {@code fvgs scene check FILE | schema}: validate scene files and print their JSON Schema. */
@Component(service = CliCommand.class)
public final class SceneCommand implements CliCommand {

    @Override
    public String name() {
        return "scene";
    }

    @Override
    public String summary() {
        return "check scene files and print the scene JSON Schema";
    }

    @Override
    public String usage() {
        return """
                Usage: fvgs scene check SCENE.json [SCENE.json ...]
                       fvgs scene schema

                check    reads each scene completely and lists every problem with its JSON path, the value and
                         what is allowed; exit code 2 if any scene is invalid
                schema   prints the JSON Schema (draft 2020-12) of the scene format
                """;
    }

    @Override
    public int run(List<String> args, CommandContext context) throws Exception {
        Arguments a = Arguments.parse(args, Set.of(), Set.of());
        if (a.positional().isEmpty()) {
            throw new UsageException("missing subcommand; allowed: check, schema");
        }
        switch (a.positional().get(0)) {
            case "schema" -> {
                context.out().print(SceneFiles.schema());
                return 0;
            }
            case "check" -> {
                if (a.positional().size() < 2) {
                    throw new UsageException("missing SCENE.json");
                }
                int code = 0;
                for (String file : a.positional().subList(1, a.positional().size())) {
                    code = Math.max(code, check(file, context));
                }
                return code;
            }
            default -> throw new UsageException("unknown subcommand '" + a.positional().get(0) + "'; allowed: check, schema");
        }
    }

    private static int check(String file, CommandContext context) throws Exception {
        try {
            Scene s = SceneFiles.read(context.workingDirectory().resolve(file));
            context.out().printf(Locale.ROOT, "%s: valid: %s, %d garment(s), %s, %dx%d %s at %d fps, %.1f s (%d frames)%n", file,
                    s.avatar().name(), s.outfit().size(), s.motion().type(), s.output().width(), s.output().height(), s.output().aspect(),
                    s.output().fps(), s.output().duration(), s.output().frames());
            return 0;
        } catch (SceneException e) {
            context.err().println(e.getMessage());
            return 2;
        } catch (NoSuchFileException e) {
            context.err().println(file + ": file not found");
            return 2;
        }
    }
}
