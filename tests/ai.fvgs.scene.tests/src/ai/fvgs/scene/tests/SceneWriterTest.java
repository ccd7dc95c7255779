package ai.fvgs.scene.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import ai.fvgs.avatar.AvatarProfile;
import ai.fvgs.avatar.BodyShape;
import ai.fvgs.avatar.BodyTemplate;
import ai.fvgs.avatar.SizeClass;
import ai.fvgs.avatar.SkinTone;
import ai.fvgs.motion.CatwalkSettings;
import ai.fvgs.scene.Material;
import ai.fvgs.scene.Scene;
import ai.fvgs.scene.SceneFiles;

/** {@link SceneFiles#write}: what it writes reads back equal, and it writes atomically. */
class SceneWriterTest {

    private static final Path EXAMPLES = Path.of(System.getProperty("fvgs.examples", "examples"));

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = { "runway-classic.json", "plus-size-deepest-tone.json", "vertical-9x16.json", "inline-avatar-square.json" })
    void exampleScenesReadBackEqualAfterWriting(String name) throws Exception {
        Scene scene = SceneFiles.read(EXAMPLES.resolve("scenes").resolve(name));
        Path file = dir.resolve(name);
        SceneFiles.write(scene, file);
        assertEquals(scene, SceneFiles.read(file));
    }

    @Test
    void aWrittenSceneIsReadableByOthersLikeAnyNewFile() throws Exception {
        Path plain = Files.writeString(dir.resolve("plain.txt"), "x");
        Path file = dir.resolve("scene.json");
        SceneFiles.write(SceneFiles.read(EXAMPLES.resolve("scenes/vertical-9x16.json")), file);
        assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(file));
    }

    @Test
    void everyFieldSurvivesARoundTrip() throws Exception {
        Path image = Files.write(dir.resolve("tile.png"), new byte[] { 1 });
        AvatarProfile avatar = AvatarProfile.preset(BodyTemplate.NEUTRAL, SizeClass.XXXL, BodyShape.APPLE).withSkin(SkinTone.custom(0x8a5a3c));
        Scene scene = new Scene(avatar,
                List.of(new Scene.Garment("ai.fvgs.garment.shirt", Map.of("length", 71.5, "collar", "band"),
                        new Scene.Fabric(0x123456, Material.DENIM, new Scene.Pattern("image", 0xabcdef, 0.25, image))),
                        new Scene.Garment("ai.fvgs.garment.trousers", Map.of(), new Scene.Fabric(0xEDEAE4, Material.WOOL, Scene.Pattern.NONE))),
                new Scene.Background("ai.fvgs.background.solid", Map.of("colour", "#102030")),
                new Scene.Motion("catwalk", new CatwalkSettings(1.1, 0.61, 7.5, 12.25, 0.05, 11, 2.5), null),
                new Scene.Camera("orbit", 42.5, 7.25, 1.6),
                new Scene.Lights(new Scene.Light(1.5, -20, 55, 0xffeedd, false), new Scene.Light(0, 10, 5, 0x000001, true),
                        new Scene.Light(2, 180, -10, 0xffffff, true), 0.33),
                new Scene.Output(1080, 1920, "9:16", 25, 3.2));
        Path file = dir.resolve("all.json");
        SceneFiles.write(scene, file);
        assertEquals(scene, SceneFiles.read(file));
        String text = Files.readString(file);
        assertTrue(text.contains("\"image\" : \"tile.png\""), "the pattern image is written relative to the scene file: " + text);
    }

    @Test
    void pathsOutsideTheFolderAreWrittenAbsolute() throws Exception {
        Scene scene = SceneFiles.read(EXAMPLES.resolve("scenes/runway-classic.json"));
        Path image = Files.write(dir.resolve("tile.png"), new byte[] { 1 });
        Scene.Garment g = scene.outfit().get(0);
        Scene patterned = new Scene(scene.avatar(),
                List.of(new Scene.Garment(g.style(), g.parameters(), new Scene.Fabric(g.fabric().rgb(), g.fabric().material(),
                        new Scene.Pattern("image", 0, 0.1, image)))),
                scene.background(), scene.motion(), scene.camera(), scene.lights(), scene.output());
        Path file = dir.resolve("sub/deeper/scene.json");
        SceneFiles.write(patterned, file);
        assertTrue(Files.readString(file).contains(image.toAbsolutePath().toString()));
        assertEquals(patterned, SceneFiles.read(file));
    }

    @Test
    void aFailedWriteLeavesTheOldFileAndNoTemporaryFile() throws Exception {
        Scene scene = SceneFiles.read(EXAMPLES.resolve("scenes/vertical-9x16.json"));
        Path file = dir.resolve("scene.json");
        SceneFiles.write(scene, file);
        byte[] before = Files.readAllBytes(file);
        Path blocked = dir.resolve("blocked");
        Files.createDirectories(blocked.resolve("x.json").resolve("child"));
        assertThrows(IOException.class, () -> SceneFiles.write(scene, blocked.resolve("x.json")));
        try (var files = Files.list(blocked)) {
            assertEquals(List.of(blocked.resolve("x.json")), files.toList(), "no temporary file is left behind");
        }
        assertEquals(new String(before), Files.readString(file));
        try (var files = Files.list(dir)) {
            assertFalse(files.anyMatch(p -> p.getFileName().toString().endsWith(".part")));
        }
    }
}
