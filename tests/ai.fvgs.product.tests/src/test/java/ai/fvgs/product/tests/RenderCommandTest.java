package ai.fvgs.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** {@code fvgs render} through the product's launch script: real files, checked with ffprobe. */
class RenderCommandTest {

    @TempDir
    Path home;

    private static Path scenes() {
        return Path.of(System.getProperty("fvgs.root", "../..")).resolve("examples/scenes").toAbsolutePath();
    }

    /** A copy of an example scene, shrunk to a short, small video. */
    private Path smallScene(String example, String output) throws Exception {
        ObjectMapper m = new ObjectMapper();
        com.fasterxml.jackson.databind.node.ObjectNode scene = (com.fasterxml.jackson.databind.node.ObjectNode) m
                .readTree(scenes().resolve(example).toFile());
        scene.remove("$schema");
        scene.set("output", m.readTree(output));
        JsonNode avatar = scene.path("avatar");
        if (avatar.has("profile")) {
            ((com.fasterxml.jackson.databind.node.ObjectNode) avatar).put("profile",
                    scenes().resolve(avatar.path("profile").asText()).normalize().toString());
        }
        Path file = home.resolve("small-" + example);
        m.writeValue(file.toFile(), scene);
        return file;
    }

    @Test
    void rendersAWebmWithGuidanceAndReportsProgress() throws Exception {
        Fvgs fvgs = new Fvgs(home);
        Path scene = smallScene("runway-classic.json", "{\"width\":320,\"height\":180,\"aspect\":\"16:9\",\"fps\":24,\"duration\":0.5}");
        Path video = home.resolve("out/walk.webm");
        Path guidance = home.resolve("out/guidance");
        Fvgs.Result r = fvgs.run("render", scene.toString(), "-o", video.toString(), "--guidance", guidance.toString(), "--threads", "2",
                "--stats");
        assertEquals(0, r.exitCode(), r.toString());
        assertTrue(r.err().contains("render: frame 12 of 12 (100 %)"), r.toString());
        assertTrue(r.err().contains("render: stats:"), r.toString());
        assertTrue(r.out().contains(video.toString()), r.toString());
        JsonNode stream = probe(video).path("streams").get(0);
        assertEquals("vp9", stream.path("codec_name").asText());
        assertEquals(320, stream.path("width").asInt());
        assertEquals(12, stream.path("nb_read_frames").asInt());
        assertTrue(Files.exists(guidance.resolve("guidance.json")));
        assertTrue(Files.exists(guidance.resolve("openpose/frame_000012_keypoints.json")));
    }

    /** The example vendor's glTF waistcoat and SDK 1.0 sunset background render from the dropins folder. */
    @Test
    void vendorExtensionsRenderFromTheDropinsFolder() throws Exception {
        Fvgs fvgs = new Fvgs(home);
        Path dropins = Files.createDirectories(home.resolve("vendor-dropins"));
        Files.copy(Path.of(System.getProperty("fvgs.example.jar")), dropins.resolve("example.jar"));
        Path scene = smallScene("vendor-atelier.json", "{\"width\":256,\"height\":144,\"aspect\":\"16:9\",\"fps\":24,\"duration\":0.5}");
        Path video = home.resolve("atelier.mp4");
        Fvgs.Result r = fvgs.run("--dropins", dropins.toString(), "render", scene.toString(), "-o", video.toString());
        assertEquals(0, r.exitCode(), r.toString());
        JsonNode stream = probe(video).path("streams").get(0);
        assertEquals("h264", stream.path("codec_name").asText());
        assertEquals(12, stream.path("nb_read_frames").asInt());

        Fvgs.Result without = fvgs.run("render", scene.toString(), "-o", home.resolve("none.mp4").toString());
        assertEquals(2, without.exitCode(), without.toString());
        assertTrue(without.err().contains("$.outfit[2].garment: \"example.atelier.waistcoat\" is not an installed garment style"),
                without.toString());
        assertFalse(Files.exists(home.resolve("none.mp4")));
    }

    @Test
    void invalidScenesAndMissingExtensionsExitWithTwoAndWriteNothing() throws Exception {
        Fvgs fvgs = new Fvgs(home);
        Path bad = home.resolve("bad.json");
        Files.writeString(bad, "{\"format\":\"fvgs-scene\",\"version\":1,\"avatar\":{\"format\":\"fvgs-avatar-profile\","
                + "\"preset\":{\"size\":\"M\"}},\"output\":{\"fps\":29}}");
        Path video = home.resolve("bad.mp4");
        Fvgs.Result r = fvgs.run("render", bad.toString(), "-o", video.toString());
        assertEquals(2, r.exitCode(), r.toString());
        assertTrue(r.err().contains("$.output.fps: 29 is not allowed; allowed: 24, 25, 30, 60"), r.toString());

        Path missing = home.resolve("missing.json");
        Files.writeString(missing, "{\"format\":\"fvgs-scene\",\"version\":1,\"avatar\":{\"format\":\"fvgs-avatar-profile\","
                + "\"preset\":{\"size\":\"M\"}},\"background\":{\"id\":\"vendor.nowhere\"},"
                + "\"output\":{\"width\":160,\"height\":90,\"aspect\":\"16:9\",\"fps\":24,\"duration\":0.5}}");
        Fvgs.Result m = fvgs.run("render", missing.toString(), "-o", video.toString());
        assertEquals(2, m.exitCode(), m.toString());
        assertTrue(m.err().contains("$.background.id: \"vendor.nowhere\" is not an installed background"), m.toString());

        Fvgs.Result usage = fvgs.run("render", missing.toString(), "-o", home.resolve("walk.avi").toString());
        assertEquals(2, usage.exitCode(), usage.toString());
        assertTrue(usage.err().contains("must end in .mp4 or .webm"), usage.toString());

        try (Stream<Path> s = Files.list(home)) {
            List<String> names = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".mp4") || n.endsWith(".avi")
                    || n.startsWith(".")).toList();
            assertTrue(names.stream().noneMatch(n -> n.contains("bad") || n.contains("walk")), names.toString());
        }
        assertFalse(Files.exists(video));
    }

    private static JsonNode probe(Path file) throws Exception {
        Process p = new ProcessBuilder("ffprobe", "-v", "error", "-show_streams", "-count_frames", "-of", "json", file.toString())
                .redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), new String(out, java.nio.charset.StandardCharsets.UTF_8));
        return new ObjectMapper().readTree(out);
    }
}
