package ai.fvgs.cloth.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import ai.fvgs.cloth.ClothMaterial;
import ai.fvgs.cloth.ClothSettings;
import ai.fvgs.cloth.ClothSolver;
import ai.fvgs.cloth.Colliders;

/** A free sheet falls onto the floor and comes to rest on it. */
class FloorTest {

    @Test
    void fallingSheetRestsOnTheFloor() {
        ClothShapes sheet = ClothShapes.horizontalSheet(30, 30, 0.8f, 0.8f, 0.6f);
        ClothSettings settings = ClothSettings.DEFAULT;
        ClothSolver solver = new ClothSolver(sheet.positions(), sheet.triangles(), ClothMaterial.COTTON_JERSEY,
                settings);
        Colliders colliders = new Colliders(0);
        float floor = 0.1f;
        colliders.floor(floor);
        // tilt the sheet so it does not land flat all at once
        float[] start = sheet.positions().clone();
        for (int i = 0; i < sheet.particleCount(); i++) {
            start[3 * i + 1] += 0.15f * start[3 * i];
        }
        solver.reset(start);
        float[] before = solver.positions().clone();
        double lastMove = 0;
        for (int f = 0; f < 90; f++) {
            System.arraycopy(solver.positions(), 0, before, 0, before.length);
            solver.step(1 / 30.0, null, colliders);
            float[] x = solver.positions();
            for (int i = 0; i < solver.particleCount(); i++) {
                assertTrue(x[3 * i + 1] >= floor - settings.thickness(),
                        "frame " + f + ": particle " + i + " at y = " + x[3 * i + 1] + " is below the floor");
            }
            lastMove = ClothMeasures.maxMove(before, x);
        }
        float[] x = solver.positions();
        double mean = 0;
        double lowest = Double.POSITIVE_INFINITY;
        for (int i = 0; i < solver.particleCount(); i++) {
            mean += x[3 * i + 1] / solver.particleCount();
            lowest = Math.min(lowest, x[3 * i + 1]);
        }
        // Landing at a slant leaves a few wrinkles standing; the sheet as a whole lies on the floor.
        assertTrue(lowest < floor + settings.thickness() + 1e-4, "the sheet touches the floor, lowest " + lowest);
        assertTrue(mean < floor + 0.02, "after 3 s the sheet lies on the floor; its mean height is " + mean);
        assertTrue(lastMove < 0.001, "after 3 s the sheet rests; a particle still moved " + lastMove + " m");
    }
}
