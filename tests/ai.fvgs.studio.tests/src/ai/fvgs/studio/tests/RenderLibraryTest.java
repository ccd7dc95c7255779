package ai.fvgs.studio.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ai.fvgs.scene.Scene;
import ai.fvgs.scene.SceneFiles;
import ai.fvgs.studio.RenderLibrary;
import ai.fvgs.studio.RenderPreset;
import ai.fvgs.studio.RenderRecord;
import ai.fvgs.studio.SceneEdits;

/**
 * The list of finished renders: named after the model and the time, listed only once complete, found again by a
 * library opened afresh (as after a restart) also in other folders rendered into, and deleted with all their files.
 * The videos here are stand-in bytes; RenderUITest renders real ones.
 */
class RenderLibraryTest {

    @TempDir
    Path dir;

    private final Scene scene = withOutput(SceneEdits.defaultScene(), RenderPreset.LOW.apply(SceneEdits.defaultScene().output(), 2));

    @Test
    void aRenderIsListedOnlyOnceCompleteAndAfterARestart() throws Exception {
        RenderLibrary library = new RenderLibrary(dir.resolve("renders"));
        AtomicInteger changes = new AtomicInteger();
        library.addListener(changes::incrementAndGet);
        RenderLibrary.Plan plan = library.plan(scene, library.home(), true);
        assertTrue(plan.name().matches("new-model-\\d{8}-\\d{6}"), plan.name());
        assertEquals(library.home().resolve(plan.name() + ".mp4"), plan.video());
        assertEquals(library.home().resolve(plan.name() + "-guidance"), plan.guidance());
        Files.write(plan.video(), new byte[2048]);
        assertEquals(List.of(), library.list(), "a video without its side-car is not listed (the render is not complete)");

        RenderRecord record = library.complete(plan);
        assertEquals(1, changes.get());
        assertEquals("New model", record.sceneName());
        assertEquals(320, record.width());
        assertEquals(180, record.height());
        assertEquals(60, record.frames());
        assertEquals(2048, record.size());
        assertEquals(scene, SceneFiles.read(record.scene()), "the scene is kept with the render");

        List<RenderRecord> again = new RenderLibrary(dir.resolve("renders")).list();
        assertEquals(1, again.size());
        assertEquals(record.video(), again.get(0).video());
        assertEquals(record.guidance(), again.get(0).guidance());
        assertEquals(record.created(), again.get(0).created());
    }

    @Test
    void aSecondRenderInTheSameSecondGetsANumberAndOtherFoldersAreRemembered() throws Exception {
        RenderLibrary library = new RenderLibrary(dir.resolve("renders"));
        Path elsewhere = dir.resolve("client-a");
        RenderLibrary.Plan first = library.plan(scene, elsewhere, false);
        Files.write(first.video(), new byte[10]);
        RenderRecord a = library.complete(first);
        assertNull(a.guidance());
        RenderLibrary.Plan second = library.plan(scene, elsewhere, false);
        if (second.name().startsWith(first.name())) {
            assertEquals(first.name() + "-2", second.name());
        }
        Files.write(second.video(), new byte[20]);
        library.complete(second);
        RenderLibrary fresh = new RenderLibrary(dir.resolve("renders"));
        assertEquals(List.of(dir.resolve("renders"), elsewhere), fresh.folders());
        assertEquals(2, fresh.list().size(), "renders in a folder the user chose are listed after a restart");
    }

    @Test
    void deleteRemovesTheVideoSceneSideCarAndGuidance() throws Exception {
        RenderLibrary library = new RenderLibrary(dir.resolve("renders"));
        RenderLibrary.Plan plan = library.plan(scene, library.home(), true);
        Files.write(plan.video(), new byte[10]);
        Files.createDirectories(plan.guidance().resolve("pose"));
        Files.write(plan.guidance().resolve("pose").resolve("frame_000001.png"), new byte[1]);
        RenderRecord record = library.complete(plan);
        library.delete(record);
        assertEquals(List.of(), library.list());
        for (Path p : List.of(record.video(), record.scene(), record.metadata(), record.guidance())) {
            assertFalse(Files.exists(p), p + " is gone");
        }
    }

    @Test
    void aDamagedSideCarIsLeftOutAndTheRestIsListed() throws Exception {
        RenderLibrary library = new RenderLibrary(dir.resolve("renders"));
        RenderLibrary.Plan plan = library.plan(scene, library.home(), false);
        Files.write(plan.video(), new byte[10]);
        library.complete(plan);
        Files.writeString(library.home().resolve("broken" + RenderLibrary.METADATA_SUFFIX), "{ not json");
        assertEquals(1, library.list().size());
    }

    private static Scene withOutput(Scene s, Scene.Output o) {
        return new Scene(s.avatar(), s.outfit(), s.background(), s.motion(), s.camera(), s.lights(), o);
    }
}
