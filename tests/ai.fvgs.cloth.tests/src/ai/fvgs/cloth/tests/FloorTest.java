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
        int flat = 0;
        for (int i = 0; i < solver.particleCount(); i++) {
            if (x[3 * i + 1] < floor + 0.02) {
                flat++;
            }
        }
        // Landing at a slant leaves a wrinkle or two standing; the rest of the sheet lies flat.
        assertTrue(flat > 0.8 * solver.particleCount(), "after 3 s the sheet lies on the floor; only " + flat
                + " of " + solver.particleCount() + " particles are within 2 cm of it");
        assertTrue(lastMove < 0.001, "after 3 s the sheet rests; a particle still moved " + lastMove + " m");
    }
}
