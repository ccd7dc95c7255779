package ai.fvgs.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;

/** {@code fvgs scene check | schema} through the product's launch script. */
class SceneCommandTest {

    @TempDir
    Path home;

    @Test
    void examplesAreValidAndBadScenesListEveryProblem() throws Exception {
        Fvgs fvgs = new Fvgs(home);
        Path scenes = Path.of(System.getProperty("fvgs.root", "../..")).resolve("examples/scenes").toAbsolutePath();
        Fvgs.Result ok = fvgs.run("scene", "check", scenes.resolve("runway-classic.json").toString(),
                scenes.resolve("vertical-9x16.json").toString());
        assertEquals(0, ok.exitCode(), ok.toString());
        assertTrue(ok.out().contains("1080x1920 9:16 at 30 fps"), ok.toString());

        Path bad = home.resolve("bad.json");
        Files.writeString(bad, "{\"format\":\"fvgs-scene\",\"version\":1,\"avatar\":{\"format\":\"fvgs-avatar-profile\","
                + "\"preset\":{\"size\":\"M\"}},\"output\":{\"fps\":29},\"camera\":{\"preset\":\"drone\"}}");
        Fvgs.Result r = fvgs.run("scene", "check", bad.toString());
        assertEquals(2, r.exitCode(), r.toString());
        assertTrue(r.err().contains("$.output.fps: 29 is not allowed; allowed: 24, 25, 30, 60"), r.toString());
        assertTrue(r.err().contains("$.camera.preset: \"drone\" is not allowed"), r.toString());

        Fvgs.Result schema = fvgs.run("scene", "schema");
        assertEquals(0, schema.exitCode());
        assertEquals("https://json-schema.org/draft/2020-12/schema", new ObjectMapper().readTree(schema.out()).get("$schema").asText());
    }
}
