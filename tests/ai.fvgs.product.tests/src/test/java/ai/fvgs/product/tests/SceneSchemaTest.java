package ai.fvgs.product.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

/**
 * The published JSON Schema of scene files, checked with an independent validator (networknt,
 * draft 2020-12): it accepts every example scene and rejects what the scene reader rejects.
 */
class SceneSchemaTest {

    private static final Path ROOT = Path.of(System.getProperty("fvgs.root", "../.."));
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static Schema schema() throws Exception {
        String text = Files.readString(ROOT.resolve("bundles/ai.fvgs.scene/schema/scene.schema.json"));
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(text);
    }

    @ParameterizedTest
    @ValueSource(strings = { "runway-classic.json", "plus-size-deepest-tone.json", "vertical-9x16.json", "inline-avatar-square.json" })
    void examplesConformToTheSchema(String name) throws Exception {
        JsonNode scene = MAPPER.readTree(ROOT.resolve("examples/scenes").resolve(name).toFile());
        List<Error> errors = schema().validate(scene);
        assertTrue(errors.isEmpty(), name + ": " + errors);
    }

    @ParameterizedTest
    @ValueSource(strings = { "{\"output\":{\"fps\":29}}", "{\"output\":{\"width\":4096}}", "{\"output\":{\"aspect\":\"21:9\"}}",
            "{\"camera\":{\"preset\":\"drone\"}}", "{\"motion\":{\"style\":\"moonwalk\"}}", "{\"motion\":{\"speed\":9}}",
            "{\"lights\":{\"key\":{\"colour\":\"red\"}}}", "{\"outfit\":[{\"garment\":\"x\",\"fabric\":{\"material\":\"vinyl\"}}]}",
            "{\"outfit\":[{\"fabric\":{}}]}", "{\"colour\":\"#fff\"}", "{\"version\":2}" })
    void theSchemaRejectsWhatTheReaderRejects(String extra) throws Exception {
        ObjectNode scene = (ObjectNode) MAPPER.readTree(
                "{\"format\":\"fvgs-scene\",\"version\":1,\"avatar\":{\"format\":\"fvgs-avatar-profile\",\"preset\":{\"size\":\"M\"}}}");
        scene.setAll((ObjectNode) MAPPER.readTree(extra));
        assertFalse(schema().validate(scene).isEmpty(), "the schema should reject " + extra);
    }
}
