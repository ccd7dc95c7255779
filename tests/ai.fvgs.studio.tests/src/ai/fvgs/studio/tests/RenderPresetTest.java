package ai.fvgs.studio.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import ai.fvgs.scene.Scene;
import ai.fvgs.studio.RenderPreset;

/** Render sizes: the short side from the preset, the long side from the aspect ratio, always even. */
class RenderPresetTest {

    @Test
    void presetsKeepTheAspectRatioAndEvenSides() {
        assertEquals(new Scene.Output(320, 180, "16:9", 30, 2), RenderPreset.LOW.apply(new Scene.Output(1280, 720, "16:9", 30, 10), 2));
        assertEquals(new Scene.Output(180, 320, "9:16", 25, 2), RenderPreset.LOW.apply(new Scene.Output(720, 1280, "9:16", 25, 10), 2));
        assertEquals(new Scene.Output(360, 360, "1:1", 30, 4), RenderPreset.PREVIEW.apply(new Scene.Output(1080, 1080, "1:1", 30, 10), 4));
        Scene.Output portrait = RenderPreset.LOW.apply(new Scene.Output(1080, 1350, "4:5", 30, 10), 1);
        assertEquals(180, portrait.width());
        assertEquals(0, portrait.height() % 2, "H.264 needs even sides: " + portrait.height());
        assertTrue(Math.abs(portrait.height() - 225) <= 1, "4:5 within a pixel: " + portrait.height());
        assertEquals(new Scene.Output(1920, 1080, "16:9", 60, 3), RenderPreset.FULL_HD.apply(new Scene.Output(1280, 720, "16:9", 60, 10), 3));
    }

    @Test
    void theScenePresetKeepsTheScenesSizeAndOnlyTheDurationChanges() {
        assertEquals(new Scene.Output(1280, 720, "16:9", 30, 2.5), RenderPreset.SCENE.apply(new Scene.Output(1280, 720, "16:9", 30, 10), 2.5));
        assertEquals(75, RenderPreset.SCENE.apply(new Scene.Output(1280, 720, "16:9", 30, 10), 2.5).frames());
    }

    @Test
    void aDurationOutsideTheSceneFormatsRangeIsRefusedWithItsValue() {
        Scene.Output out = new Scene.Output(1280, 720, "16:9", 30, 10);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RenderPreset.LOW.apply(out, 0));
        assertEquals("duration 0.0 s is not allowed; allowed: above 0 up to 600 s", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> RenderPreset.HD.apply(out, 600.5));
    }
}
