package ai.fvgs.studio.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

import ai.fvgs.motion.CatwalkStyle;
import ai.fvgs.scene.Scene;
import ai.fvgs.scene.SceneFiles;
import ai.fvgs.studio.SceneDocument;
import ai.fvgs.studio.SceneEdits;
import ai.fvgs.studio.SceneSetupEdits;

/**
 * The Scene part's edits: background, imported picture or video, catwalk, camera and output, each undoable,
 * each rejecting a bad value with a message naming the field, the value and what is allowed, and each leaving a
 * scene that the scene format reads back equal.
 */
class SceneSetupEditsTest {

    @TempDir
    Path dir;

    private final SceneDocument doc = new SceneDocument(SceneEdits.defaultScene());

    @Test
    void choosingABackgroundAndItsParameterIsUndoable() throws Exception {
        Scene before = doc.scene();
        assertTrue(doc.edit("Background Test plain", SceneSetupEdits.background(TestBackgrounds.plain())));
        assertEquals(new Scene.Background(TestBackgrounds.PLAIN, Map.of()), doc.scene().background());
        assertTrue(doc.edit("Change colour", SceneSetupEdits.backgroundParameter(TestBackgrounds.plain(), "colour", "#102030", dir)));
        assertEquals(Map.of("colour", "#102030"), doc.scene().background().parameters());
        assertTrue(doc.isDirty());
        doc.undo();
        assertEquals(Map.of(), doc.scene().background().parameters());
        doc.undo();
        assertEquals(before, doc.scene());
        assertFalse(doc.isDirty(), "undoing every edit makes the document clean again");
        doc.redo();
        assertEquals(TestBackgrounds.PLAIN, doc.scene().background().id());
        roundTrips();
    }

    @Test
    void aBadBackgroundParameterIsRejectedNamingKeyValueAndWhatIsAllowed() {
        doc.edit("Background", SceneSetupEdits.background(TestBackgrounds.plain()));
        Scene before = doc.scene();
        rejected("colour", "#12", "#rrggbb",
                () -> doc.edit("Change colour", SceneSetupEdits.backgroundParameter(TestBackgrounds.plain(), "colour", "#12", dir)));
        rejected("level", "7", "0", () -> doc.edit("Change level", SceneSetupEdits.backgroundParameter(TestBackgrounds.plain(), "level", "7", dir)));
        assertEquals(before, doc.scene(), "a rejected value never reaches the document");
        rejected("test.background.picture", "file", "import",
                () -> SceneSetupEdits.background(TestBackgrounds.picture()));
    }

    @Test
    void importingAPictureReferencesItByItsAbsolutePathAndTheSavedSceneKeepsIt() throws Exception {
        Path picture = dir.resolve("studio wall.png");
        ImageIO.write(new BufferedImage(32, 18, BufferedImage.TYPE_INT_RGB), "png", picture.toFile());
        assertTrue(doc.edit("Import picture", SceneSetupEdits.importImage(picture)));
        assertEquals(SceneSetupEdits.IMAGE_BACKGROUND, doc.scene().background().id());
        assertEquals(picture.toAbsolutePath().toString(), doc.scene().background().parameters().get("file"));
        doc.saveAs(dir.resolve("scene.json"));
        assertEquals(picture.toAbsolutePath().toString(), SceneFiles.read(dir.resolve("scene.json")).background().parameters().get("file"));
        doc.undo();
        assertEquals("ai.fvgs.background.cyclorama", doc.scene().background().id());

        rejected("notes.txt", ".png", () -> SceneSetupEdits.importImage(Files.writeString(dir.resolve("notes.txt"), "x")));
        rejected("gone.png", "existing", () -> SceneSetupEdits.importImage(dir.resolve("gone.png")));
        rejected("studio wall.png", ".mp4", () -> SceneSetupEdits.importVideo(picture));
        Path video = Files.write(dir.resolve("loop.webm"), new byte[] { 1 });
        assertTrue(doc.edit("Import video", SceneSetupEdits.importVideo(video)));
        assertEquals(SceneSetupEdits.VIDEO_BACKGROUND, doc.scene().background().id());
    }

    @Test
    void catwalkStyleAndSettingsChangeTheMotionAndAreCheckedAgainstTheirRanges() throws Exception {
        doc.edit("Runway", SceneSetupEdits.motionSetting("runwayLength", 12));
        assertTrue(doc.edit("Power walk", SceneSetupEdits.motionStyle(CatwalkStyle.POWER)));
        assertEquals(CatwalkStyle.POWER.settings(12), doc.scene().motion().catwalk(), "the style's values, the runway kept");
        assertTrue(doc.edit("Change speed", SceneSetupEdits.motionSetting("speed", 1.8)));
        assertEquals(1.8, doc.scene().motion().catwalk().speed());
        rejected("motion.speed", "3", "0.5 to 2 m/s", () -> SceneSetupEdits.motionSetting("speed", 3));
        rejected("motion.hipSway", "-1", "0 to 15 degrees", () -> SceneSetupEdits.motionSetting("hipSway", -1));
        rejected("motion.stride", "speed, step", () -> SceneSetupEdits.motionSetting("stride", 1));
        doc.undo();
        assertEquals(CatwalkStyle.POWER.settings(12).speed(), doc.scene().motion().catwalk().speed());
        roundTrips();
    }

    @Test
    void cameraPresetAndSettings() throws Exception {
        assertTrue(doc.edit("Orbit camera", SceneSetupEdits.cameraPreset("orbit")));
        assertTrue(doc.edit("Change distance", SceneSetupEdits.cameraSetting("distance", 9.5)));
        assertEquals(new Scene.Camera("orbit", 30, 9.5, 1.3), doc.scene().camera());
        rejected("camera.preset", "crane", "front, tracking, orbit, dolly", () -> SceneSetupEdits.cameraPreset("crane"));
        rejected("camera.fov", "5", "10 to 90 degrees", () -> SceneSetupEdits.cameraSetting("fov", 5));
        doc.undo();
        doc.undo();
        assertEquals(new Scene.Camera("tracking", 30, 6, 1.3), doc.scene().camera());
    }

    @Test
    void resolutionAspectFpsAndDurationGiveFramesTheFormatAllows() throws Exception {
        doc.edit("1080p", SceneSetupEdits.resolution(1080));
        assertEquals(new Scene.Output(1920, 1080, "16:9", 30, 10), doc.scene().output());
        doc.edit("Portrait", SceneSetupEdits.aspect("9:16"));
        assertEquals(new Scene.Output(1080, 1920, "9:16", 30, 10), doc.scene().output());
        roundTrips();
        rejected("2160x3840", "3840 x 2160", () -> doc.edit("2160p", SceneSetupEdits.resolution(2160)));
        doc.edit("4:5", SceneSetupEdits.aspect("4:5"));
        doc.edit("480p", SceneSetupEdits.resolution(480));
        assertEquals(new Scene.Output(480, 600, "4:5", 30, 10), doc.scene().output());
        doc.edit("16:9", SceneSetupEdits.aspect("16:9"));
        assertEquals(new Scene.Output(854, 480, "16:9", 30, 10), doc.scene().output());
        roundTrips();
        doc.edit("24 fps", SceneSetupEdits.fps(24));
        doc.edit("4 s", SceneSetupEdits.duration(4));
        assertEquals(96, doc.scene().output().frames());
        rejected("output.fps", "29", "24, 25, 30, 60", () -> SceneSetupEdits.fps(29));
        rejected("output.duration", "0", "0.1 to 600 s", () -> SceneSetupEdits.duration(0));
        rejected("output.aspect", "4:3", "16:9, 9:16, 1:1, 4:5", () -> SceneSetupEdits.aspect("4:3"));
        doc.undo();
        assertEquals(10, doc.scene().output().duration());
        roundTrips();
    }

    /** The document's scene is one the scene format writes and reads back equal. */
    private void roundTrips() throws Exception {
        Path file = dir.resolve("round-trip.json");
        SceneFiles.write(doc.scene(), file);
        assertEquals(doc.scene(), SceneFiles.read(file));
    }

    private static void rejected(String a, String b, Executable call) {
        check(call, a, b);
    }

    private static void rejected(String a, String b, String c, Executable call) {
        check(call, a, b, c);
    }

    private static void check(Executable call, String... parts) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        for (String p : parts) {
            assertTrue(e.getMessage().contains(p), "the message names " + p + ": " + e.getMessage());
        }
    }
}
