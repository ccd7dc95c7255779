package ai.fvgs.avatar.internal;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.osgi.service.component.annotations.Component;

import ai.fvgs.avatar.Avatar;
import ai.fvgs.avatar.AvatarBuilder;
import ai.fvgs.avatar.AvatarProfile;
import ai.fvgs.avatar.AvatarProfiles;
import ai.fvgs.avatar.BodyShape;
import ai.fvgs.avatar.BodyTemplate;
import ai.fvgs.avatar.Hair;
import ai.fvgs.avatar.HairStyle;
import ai.fvgs.avatar.SizeClass;
import ai.fvgs.avatar.SkinTone;
import ai.fvgs.avatar.TapeMeasure;
import ai.fvgs.avatar.gltf.GlbWriter;
import ai.fvgs.cli.Arguments;
import ai.fvgs.cli.CliCommand;
import ai.fvgs.cli.CommandContext;
import ai.fvgs.cli.UsageException;
import ai.fvgs.sdk.body.Measurement;

/** {@code fvgs avatar new | export | measure}: the Fashion Model Builder on the command line. */
@Component(service = CliCommand.class)
public final class AvatarCommand implements CliCommand {

    @Override
    public String name() {
        return "avatar";
    }

    @Override
    public String summary() {
        return "create, measure and export virtual fashion models (glTF 2.0)";
    }

    @Override
    public String usage() {
        return """
                Usage: fvgs avatar new -o PROFILE.json [--template T] [--size S] [--shape B] [--skin N|#rrggbb]
                                       [--hair STYLE] [--hair-colour #rrggbb] [--name NAME]
                       fvgs avatar export PROFILE.json -o AVATAR.glb
                       fvgs avatar measure PROFILE.json

                new       writes a profile from the size chart (defaults: feminine, M, hourglass, Monk 5, long-straight)
                export    builds the model and writes glTF 2.0 binary (skinned mesh, skeleton, materials)
                measure   builds the model and prints each measurement as requested and as measured on the mesh

                Templates: feminine, masculine, neutral. Sizes: XXS, XS, S, M, L, XL, 2XL, 3XL, 4XL, 5XL.
                Shapes: hourglass, pear, rectangle, apple, inverted-triangle. Skin: Monk scale 1-10 or #rrggbb.
                Hair: short-crop, bob, long-straight, long-wavy, curly, coily-afro, bun, ponytail.
                """;
    }

    @Override
    public int run(List<String> args, CommandContext context) throws Exception {
        Arguments a = Arguments.parse(args, Set.of(), Set.of("-o", "--output", "--template", "--size", "--shape", "--skin", "--hair",
                "--hair-colour", "--name"));
        if (a.positional().isEmpty()) {
            throw new UsageException("missing subcommand; allowed: new, export, measure");
        }
        String sub = a.positional().get(0);
        try {
            return switch (sub) {
                case "new" -> create(a, context);
                case "export" -> export(a, context);
                case "measure" -> measure(a, context);
                default -> throw new UsageException("unknown subcommand '" + sub + "'; allowed: new, export, measure");
            };
        } catch (IllegalArgumentException e) {
            context.err().println("fvgs avatar " + sub + ": " + e.getMessage());
            return 2;
        } catch (NoSuchFileException e) {
            context.err().println("fvgs avatar " + sub + ": " + e.getFile() + ": file not found");
            return 2;
        }
    }

    private int create(Arguments a, CommandContext context) throws Exception {
        Path out = output(a, context, ".json");
        expectPositional(a, 1);
        BodyTemplate template = BodyTemplate.ofId(option(a, "--template", "feminine"));
        AvatarProfile p = AvatarProfile.preset(template, SizeClass.ofLabel(option(a, "--size", "M")),
                BodyShape.ofId(option(a, "--shape", "hourglass")));
        String skin = option(a, "--skin", "5");
        try {
            p = p.withSkin(skin.startsWith("#") ? SkinTone.custom(hex("--skin", skin)) : SkinTone.monk(integer("--skin", skin)));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(e.getMessage().startsWith("--skin") ? e.getMessage() : "--skin: " + e.getMessage(), e);
        }
        p = p.withHair(new Hair(HairStyle.ofId(option(a, "--hair", p.hair().style().id())),
                hex("--hair-colour", option(a, "--hair-colour", String.format(Locale.ROOT, "#%06x", p.hair().rgb())))));
        p = new AvatarProfile(option(a, "--name", p.name()), p.template(), p.measurements(), p.skin(), p.hair(),
                ai.fvgs.avatar.Face.natural(p.skin(), p.hair()));
        AvatarProfiles.write(p, out);
        context.err().println("wrote " + out);
        return 0;
    }

    private int export(Arguments a, CommandContext context) throws IOException, UsageException {
        expectPositional(a, 2);
        Path out = output(a, context, ".glb");
        long start = System.nanoTime();
        Avatar avatar = AvatarBuilder.build(AvatarProfiles.read(context.workingDirectory().resolve(a.positional().get(1))));
        GlbWriter.write(avatar, out);
        context.err().printf(Locale.ROOT, "wrote %s: %d triangles, %d joints, %.0f ms%n", out, avatar.mesh().triangleCount(),
                avatar.skeleton().joints().size(), (System.nanoTime() - start) / 1e6);
        return 0;
    }

    private int measure(Arguments a, CommandContext context) throws IOException, UsageException {
        expectPositional(a, 2);
        AvatarProfile profile = AvatarProfiles.read(context.workingDirectory().resolve(a.positional().get(1)));
        Map<Measurement, Double> measured = TapeMeasure.measure(AvatarBuilder.build(profile));
        context.out().printf("%-15s %10s %10s %8s%n", "MEASUREMENT", "REQUESTED", "MEASURED", "DIFF");
        for (Measurement m : Measurement.values()) {
            double want = profile.measurements().get(m);
            double got = measured.get(m);
            context.out().printf(Locale.ROOT, "%-15s %10.1f %10.2f %+8.2f%n", m.key(), want, got, got - want);
        }
        return 0;
    }

    private static Path output(Arguments a, CommandContext context, String extension) throws UsageException {
        String o = a.value("-o") != null ? a.value("-o") : a.value("--output");
        if (o == null) {
            throw new UsageException("missing -o FILE" + extension);
        }
        if (!o.toLowerCase(Locale.ROOT).endsWith(extension)) {
            throw new UsageException("output '" + o + "' must end in " + extension);
        }
        return context.workingDirectory().resolve(o);
    }

    private static void expectPositional(Arguments a, int count) throws UsageException {
        if (a.positional().size() < count) {
            throw new UsageException("missing PROFILE.json");
        }
        if (a.positional().size() > count) {
            throw new UsageException("unexpected argument '" + a.positional().get(count) + "'");
        }
    }

    private static String option(Arguments a, String name, String fallback) {
        String v = a.value(name);
        return v == null ? fallback : v;
    }

    private static int hex(String option, String text) {
        if (!text.matches("#[0-9A-Fa-f]{6}")) {
            throw new IllegalArgumentException(option + ": '" + text + "' is not a colour; allowed: #rrggbb");
        }
        return Integer.parseInt(text.substring(1), 16);
    }

    private static int integer(String option, String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + ": '" + text + "' is not allowed; allowed: 1 to 10 or #rrggbb");
        }
    }
}
