package ai.fvgs.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** {@code fvgs avatar new | measure | export} through the product's launch script. */
class AvatarCommandTest {

    @TempDir
    Path home;
    private Fvgs fvgs;

    @BeforeEach
    void setUp() {
        fvgs = new Fvgs(home);
    }

    @Test
    void newMeasureAndExportAPlusSizeProfile() throws Exception {
        Path profile = home.resolve("ada.json");
        Fvgs.Result created = fvgs.run("avatar", "new", "-o", profile.toString(), "--size", "3XL", "--shape", "pear", "--skin", "10",
                "--hair", "coily-afro", "--name", "Ada");
        assertEquals(0, created.exitCode(), created.toString());
        JsonNode json = new ObjectMapper().readTree(profile.toFile());
        assertEquals("fvgs-avatar-profile", json.get("format").asText());
        assertEquals(10, json.at("/skin/monk").asInt());
        assertEquals("coily-afro", json.at("/hair/style").asText());

        Fvgs.Result measured = fvgs.run("avatar", "measure", profile.toString());
        assertEquals(0, measured.exitCode(), measured.toString());
        for (String line : measured.out().split("\n")) {
            if (!line.startsWith("MEASUREMENT")) {
                double diff = Double.parseDouble(line.trim().split("\\s+")[3]);
                assertTrue(Math.abs(diff) <= 1.0, "within 1 cm: " + line);
            }
        }

        Path glb = home.resolve("out/ada.glb");
        Fvgs.Result exported = fvgs.run("avatar", "export", profile.toString(), "-o", glb.toString());
        assertEquals(0, exported.exitCode(), exported.toString());
        byte[] bytes = Files.readAllBytes(glb);
        assertEquals(0x46546C67, ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).getInt(0), "a glTF binary");
        assertTrue(exported.err().contains("triangles"), exported.toString());
    }

    @Test
    void invalidProfileNamesThePathAndLeavesNoOutput() throws Exception {
        Path bad = home.resolve("bad.json");
        Files.writeString(bad, "{\"format\":\"fvgs-avatar-profile\",\"preset\":{\"size\":\"M\"},\"measurements\":{\"waist\":300}}");
        Path glb = home.resolve("bad.glb");
        Fvgs.Result r = fvgs.run("avatar", "export", bad.toString(), "-o", glb.toString());
        assertEquals(2, r.exitCode(), r.toString());
        assertTrue(r.err().contains("$.measurements: measurement waist = 300.0 cm is out of range; allowed 45.0 to 180.0 cm"), r.toString());
        assertFalse(Files.exists(glb), "no output file");
        try (var files = Files.list(home)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".part")), "no temporary file left");
        }
    }

    @Test
    void badOptionsExitWith2() throws Exception {
        assertEquals(2, fvgs.run("avatar", "new", "-o", home.resolve("x.json").toString(), "--skin", "11").exitCode());
        assertEquals(2, fvgs.run("avatar", "new", "-o", home.resolve("x.json").toString(), "--size", "XXXXXXL").exitCode());
        assertEquals(2, fvgs.run("avatar", "export", "missing.json", "-o", home.resolve("x.glb").toString()).exitCode());
        assertEquals(2, fvgs.run("avatar", "export", "missing.json", "-o", home.resolve("x.obj").toString()).exitCode());
        assertEquals(2, fvgs.run("avatar", "dance").exitCode());
    }
}
