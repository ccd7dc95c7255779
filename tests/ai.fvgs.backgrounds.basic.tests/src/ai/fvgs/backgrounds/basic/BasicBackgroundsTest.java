package ai.fvgs.backgrounds.basic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import ai.fvgs.sdk.RgbaImage;

class BasicBackgroundsTest {

    @Test
    void solidFillsEveryPixelWithStudioWhite() {
        RgbaImage img = new RgbaImage(7, 5);
        new SolidBackground().paint(img, 3.0);
        for (int p : img.pixels()) {
            assertEquals(SolidBackground.STUDIO_WHITE, p);
        }
    }

    @Test
    void cycloramaIsOpaqueLighterOnTheFloorAndDarkerAtTheEdges() {
        RgbaImage img = new RgbaImage(160, 90);
        new CycloramaBackground().paint(img, 0);
        for (int p : img.pixels()) {
            assertEquals(0xFF, p >>> 24);
        }
        int top = img.get(80, 2) & 0xFF;
        int floor = img.get(80, 80) & 0xFF;
        int corner = img.get(0, 2) & 0xFF;
        assertTrue(floor > top, "floor " + floor + " brighter than the top of the wall " + top);
        assertTrue(corner < top, "vignette darkens the corners");
    }

    @Test
    void cycloramaIsDeterministic() {
        RgbaImage a = new RgbaImage(64, 64);
        RgbaImage b = new RgbaImage(64, 64);
        new CycloramaBackground().paint(a, 0);
        new CycloramaBackground().paint(b, 10);
        assertArrayEquals(a.pixels(), b.pixels());
    }
}
