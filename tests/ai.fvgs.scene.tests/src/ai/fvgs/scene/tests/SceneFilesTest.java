package ai.fvgs.scene.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.ObjectMapper;

import ai.fvgs.scene.Material;
import ai.fvgs.scene.Scene;
import ai.fvgs.scene.SceneException;
import ai.fvgs.scene.SceneFiles;

/** Example scenes read; invalid scenes report every problem with its JSON path, value and what is allowed. */
class SceneFilesTest {

    private static final Path EXAMPLES = Path.of(System.getProperty("fvgs.examples", "examples"));

    @ParameterizedTest
    @ValueSource(strings = { "runway-classic.json", "plus-size-deepest-tone.json", "vertical-9x16.json", "inline-avatar-square.json" })
    void exampleScenesAreValid(String name) throws Exception {
        Scene scene = SceneFiles.read(EXAMPLES.resolve("scenes").resolve(name));
        assertTrue(scene.output().frames() > 0);
        assertTrue(!scene.outfit().isEmpty());
    }

    @Test
    void examplesCoverPlusSizeTheDarkestAndLightestTonesAndVertical() throws Exception {
        Scene plus = SceneFiles.read(EXAMPLES.resolve("scenes/plus-size-deepest-tone.json"));
        assertEquals(10, plus.avatar().skin().monk());
        assertTrue(plus.avatar().measurements().get(ai.fvgs.sdk.body.Measurement.BUST) >= 110, "plus size");
        assertEquals(Material.SILK, plus.outfit().get(0).fabric().material());
        assertEquals(1, SceneFiles.read(EXAMPLES.resolve("scenes/runway-classic.json")).avatar().skin().monk());
        Scene vertical = SceneFiles.read(EXAMPLES.resolve("scenes/vertical-9x16.json"));
        assertEquals("9:16", vertical.output().aspect());
        assertEquals(240, vertical.output().frames());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "{\"output\":{\"fps\":29}}                                  | $.output.fps: 29 is not allowed; allowed: 24, 25, 30, 60",
        "{\"output\":{\"width\":4096,\"height\":2304}}              | $.output.width: 4096 is not allowed; allowed: a whole number from 16 to 3840",
        "{\"output\":{\"width\":1280,\"height\":1280}}              | $.output: 1280x1280 does not have the aspect 16:9",
        "{\"output\":{\"aspect\":\"21:9\"}}                         | $.output.aspect: \"21:9\" is not allowed; allowed: 16:9, 9:16, 1:1, 4:5",
        "{\"camera\":{\"preset\":\"drone\"}}                        | $.camera.preset: \"drone\" is not allowed; allowed: front, tracking, orbit, dolly",
        "{\"motion\":{\"style\":\"moonwalk\"}}                      | $.motion.style: \"moonwalk\" is not allowed; allowed: classic, power, relaxed",
        "{\"motion\":{\"speed\":9}}                                 | $.motion.speed: 9 is not allowed; allowed: a number from 0.5 to 2",
        "{\"lights\":{\"key\":{\"colour\":\"red\"}}}                | $.lights.key.colour: \"red\" is not allowed; allowed: a colour #rrggbb",
        "{\"outfit\":[{\"garment\":\"x\",\"fabric\":{\"material\":\"vinyl\"}}]} | $.outfit[0].fabric.material: \"vinyl\" is not allowed; allowed: cotton, denim, silk, wool, leather",
        "{\"outfit\":[{\"fabric\":{}}]}                             | $.outfit[0].garment: missing",
        "{\"colour\":\"#fff\"}                                      | $.colour: unknown field",
        "{\"motion\":{\"type\":\"bvh\",\"file\":\"none.bvh\"}}      | $.motion.file: 'none.bvh' does not exist",
    })
    void invalidScenesNameThePathTheValueAndWhatIsAllowed(String extra, String expected) throws Exception {
        String json = base(extra);
        SceneException e = assertThrows(SceneException.class, () -> SceneFiles.parse(new ObjectMapper().readTree(json), EXAMPLES, "t.json"));
        assertTrue(e.problems().stream().anyMatch(p -> p.startsWith(expected.strip())), "problems: " + e.problems());
    }

    @Test
    void everyProblemIsReportedAtOnce() throws Exception {
        String json = base("{\"output\":{\"fps\":29,\"width\":5000},\"camera\":{\"fov\":1}}");
        SceneException e = assertThrows(SceneException.class, () -> SceneFiles.parse(new ObjectMapper().readTree(json), EXAMPLES, "t.json"));
        assertTrue(e.problems().size() >= 3, e.problems().toString());
        assertTrue(e.getMessage().startsWith("t.json: "), e.getMessage());
    }

    @Test
    void avatarProblemsArePrefixedWithTheAvatarPath() throws Exception {
        String json = "{\"format\":\"fvgs-scene\",\"version\":1,\"avatar\":{\"format\":\"fvgs-avatar-profile\",\"preset\":{\"size\":\"M\"},"
                + "\"skin\":{\"monk\":12}}}";
        SceneException e = assertThrows(SceneException.class, () -> SceneFiles.parse(new ObjectMapper().readTree(json), EXAMPLES, "t.json"));
        assertTrue(e.problems().get(0).contains("$.avatar.skin.monk"), e.problems().toString());
        Path missing = EXAMPLES.resolve("nope.json");
        assertTrue(!Files.exists(missing));
    }

    @Test
    void theSchemaShipsWithTheBundle() throws Exception {
        var schema = new ObjectMapper().readTree(SceneFiles.schema());
        assertEquals("https://json-schema.org/draft/2020-12/schema", schema.get("$schema").asText());
        assertEquals(List.of("format", "version", "avatar"), List.of(schema.get("required").get(0).asText(),
                schema.get("required").get(1).asText(), schema.get("required").get(2).asText()));
    }

    /** A valid minimal scene with the members of {@code extra} merged in. */
    private static String base(String extra) throws Exception {
        var mapper = new ObjectMapper();
        var node = (com.fasterxml.jackson.databind.node.ObjectNode) mapper.readTree(
                "{\"format\":\"fvgs-scene\",\"version\":1,\"avatar\":{\"format\":\"fvgs-avatar-profile\",\"preset\":{\"size\":\"M\"}}}");
        node.setAll((com.fasterxml.jackson.databind.node.ObjectNode) mapper.readTree(extra));
        return mapper.writeValueAsString(node);
    }
}
