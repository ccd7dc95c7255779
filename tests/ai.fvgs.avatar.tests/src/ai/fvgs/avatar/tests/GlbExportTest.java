package ai.fvgs.avatar.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import ai.fvgs.avatar.AvatarBuilder;
import ai.fvgs.avatar.AvatarProfile;
import ai.fvgs.avatar.BodyShape;
import ai.fvgs.avatar.BodyTemplate;
import ai.fvgs.avatar.Hair;
import ai.fvgs.avatar.HairStyle;
import ai.fvgs.avatar.SizeClass;
import ai.fvgs.avatar.SkinTone;
import ai.fvgs.avatar.gltf.GlbWriter;

/** Exported .glb files pass the Khronos glTF validator with no errors. */
class GlbExportTest {

    @ParameterizedTest(name = "{0} {1} {2} {3} MST {4}")
    @CsvSource({ "FEMININE, M, HOURGLASS, LONG_WAVY, 1", "MASCULINE, XXXXXL, APPLE, SHORT_CROP, 10", "NEUTRAL, XXS, RECTANGLE, PONYTAIL, 6",
            "FEMININE, XXL, PEAR, COILY_AFRO, 9", "FEMININE, S, INVERTED_TRIANGLE, BUN, 3", "MASCULINE, L, RECTANGLE, CURLY, 7",
            "NEUTRAL, XL, HOURGLASS, BOB, 5", "FEMININE, XS, HOURGLASS, LONG_STRAIGHT, 4" })
    void exportedAvatarIsValidGltf(BodyTemplate template, SizeClass size, BodyShape shape, HairStyle hair, int monk) throws Exception {
        AvatarProfile profile = AvatarProfile.preset(template, size, shape).withHair(new Hair(hair, 0x2B1D16)).withSkin(SkinTone.monk(monk));
        Path dir = Files.createDirectories(Path.of(System.getProperty("fvgs.test.output", "target/avatars")));
        Path glb = dir.resolve(template + "-" + size + "-" + hair + ".glb");
        GlbWriter.write(AvatarBuilder.build(profile), glb);

        byte[] bytes = Files.readAllBytes(glb);
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        assertEquals(0x46546C67, b.getInt(0), "glTF magic");
        assertEquals(2, b.getInt(4), "glTF version 2");
        assertEquals(bytes.length, b.getInt(8), "declared length");
        try (var files = Files.list(dir)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".part")), "no temporary file is left");
        }

        String report = validate(glb);
        assertTrue(report.startsWith("0 errors"), "the Khronos validator reports: " + report);
    }

    private static String validate(Path glb) throws Exception {
        Path modules = Path.of(System.getProperty("fvgs.gltf.validator", "missing"));
        if (!Files.isDirectory(modules.resolve("gltf-validator"))) {
            throw new AssertionError("gltf-validator is not installed at " + modules + " (the build installs it with npm)");
        }
        String script = "const v=require('gltf-validator');const fs=require('fs');"
                + "v.validateBytes(new Uint8Array(fs.readFileSync(process.argv[1]))).then(r=>{"
                + "console.log(r.issues.numErrors+' errors, '+r.issues.numWarnings+' warnings');"
                + "for(const m of r.issues.messages){if(m.severity<2)console.log(m.code+' '+m.pointer+' '+m.message)}})"
                + ".catch(e=>{console.log('validator failed: '+e);process.exit(1)})";
        ProcessBuilder pb = new ProcessBuilder("node", "-e", script, glb.toString()).redirectErrorStream(true);
        pb.environment().put("NODE_PATH", modules.toString());
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "validator finished");
        return out.strip();
    }
}
