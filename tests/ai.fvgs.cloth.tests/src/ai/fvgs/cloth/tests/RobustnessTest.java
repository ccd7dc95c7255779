package ai.fvgs.cloth.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import ai.fvgs.cloth.ClothMaterial;
import ai.fvgs.cloth.ClothSettings;
import ai.fvgs.cloth.ClothSolver;
import ai.fvgs.cloth.Colliders;

/** Colliders that jump and unusual input do not make the cloth explode; normals face outwards. */
class RobustnessTest {

    @Test
    void jumpingColliderDoesNotFlingTheCloth() {
        ClothShapes sheet = ClothShapes.verticalSheet(20, 20, 0.6f, 0.6f, 1.5f);
        ClothSolver solver = new ClothSolver(sheet.positions(), sheet.triangles(), ClothMaterial.SILK,
                ClothSettings.DEFAULT);
        float[] weights = new float[sheet.particleCount()];
        for (int c = 0; c < 20; c++) {
            weights[c] = 1;
        }
        solver.setPinWeights(weights);
        Colliders colliders = new Colliders(1);
        float[] before = new float[solver.positions().length];
        for (int f = 1; f <= 90; f++) {
            colliders.clear();
            if (f >= 20 && f < 40) {
                // a ball that appears inside the sheet, then teleports through it every frame
                float z = f % 2 == 0 ? -0.05f : 0.05f;
                colliders.capsule(0, 1.2f, z, 0.15f, 0.1f, 1.2f, z, 0.15f);
            }
            System.arraycopy(solver.positions(), 0, before, 0, before.length);
            solver.step(1 / 30.0, sheet.positions(), colliders);
            assertTrue(ClothMeasures.allFinite(solver.positions()), "frame " + f);
            double move = ClothMeasures.maxMove(before, solver.positions());
            assertTrue(move <= ClothSolver.MAX_SPEED / 30.0 + 1e-4, "frame " + f + ": a particle moved " + move
                    + " m in one frame, faster than the speed limit");
        }
        double strain = ClothMeasures.maxStrain(sheet.positions(), solver.positions(), sheet.triangles());
        assertTrue(strain < 0.1, "after the collider is gone the sheet recovers its shape, strain " + strain);
    }

    @Test
    void normalsFaceOutwards() {
        ClothShapes skirt = WalkingBody.skirt(32, 10);
        ClothSolver solver = new ClothSolver(skirt.positions(), skirt.triangles(), ClothMaterial.DENIM,
                ClothSettings.DEFAULT);
        float[] x = solver.positions();
        float[] n = solver.normals();
        for (int i = 0; i < solver.particleCount(); i++) {
            double radial = Math.hypot(x[3 * i], x[3 * i + 2]);
            double out = (n[3 * i] * x[3 * i] + n[3 * i + 2] * x[3 * i + 2]) / radial;
            double length = Math.sqrt(n[3 * i] * n[3 * i] + n[3 * i + 1] * n[3 * i + 1] + n[3 * i + 2] * n[3 * i + 2]);
            assertTrue(out > 0.8, "normal of particle " + i + " points outwards (" + out + ")");
            assertTrue(Math.abs(length - 1) < 1e-5, "normal of particle " + i + " has unit length");
        }
        ClothShapes sheet = ClothShapes.horizontalSheet(5, 5, 1, 1, 0);
        ClothSolver flat = new ClothSolver(sheet.positions(), sheet.triangles(), ClothMaterial.DENIM,
                ClothSettings.DEFAULT);
        for (int i = 0; i < flat.particleCount(); i++) {
            assertTrue(flat.normals()[3 * i + 1] > 0.9999f, "a sheet facing +y has normals (0, 1, 0)");
        }
    }

    @Test
    void flatSheetWithoutGravityStaysFlatAndStill() {
        ClothShapes sheet = ClothShapes.horizontalSheet(12, 12, 0.5f, 0.5f, 1);
        ClothSolver solver = new ClothSolver(sheet.positions(), sheet.triangles(), ClothMaterial.LEATHER,
                new ClothSettings(8, 2, 0, 0.004));
        for (int f = 0; f < 30; f++) {
            solver.step(1 / 30.0, null, null);
        }
        assertTrue(ClothMeasures.maxMove(sheet.positions(), solver.positions()) < 1e-5,
                "a sheet at rest with no force on it does not move");
    }

    @Test
    void softPinFollowsItsTargetGradually() {
        ClothShapes sheet = ClothShapes.horizontalSheet(3, 3, 0.2f, 0.2f, 1);
        ClothSolver solver = new ClothSolver(sheet.positions(), sheet.triangles(), ClothMaterial.SILK,
                new ClothSettings(8, 1, 0, 0.004));
        float[] weights = new float[9];
        java.util.Arrays.fill(weights, 0.5f);
        solver.setPinWeights(weights);
        float[] targets = sheet.positions().clone();
        for (int i = 0; i < 9; i++) {
            targets[3 * i + 1] += 0.1f;
        }
        solver.step(1 / 30.0, targets, null);
        float y = solver.positions()[4 * 3 + 1];
        assertTrue(y > 1.0 && y < 1.1, "half-weight pins move part of the way in one frame, y = " + y);
        for (int f = 0; f < 60; f++) {
            solver.step(1 / 30.0, targets, null);
        }
        y = solver.positions()[4 * 3 + 1];
        assertTrue(Math.abs(y - 1.1) < 0.002, "and reach their targets in the end, y = " + y);
    }

    @Test
    void resetTeleportsAndStopsTheCloth() {
        ClothShapes sheet = ClothShapes.verticalSheet(6, 6, 0.3f, 0.3f, 1);
        ClothSolver solver = new ClothSolver(sheet.positions(), sheet.triangles(), ClothMaterial.SILK,
                new ClothSettings(8, 1, 0, 0.004));
        float[] weights = new float[36];
        weights[0] = 1;
        solver.setPinWeights(weights);
        float[] targets = sheet.positions().clone();
        targets[0] += 0.2f;
        for (int f = 0; f < 10; f++) {
            solver.step(1 / 30.0, targets, null);   // drag the corner: the sheet moves
        }
        float[] moved = sheet.positions().clone();
        for (int i = 0; i < moved.length; i += 3) {
            moved[i] += 1;
        }
        solver.reset(moved);
        assertTrue(java.util.Arrays.equals(moved, solver.positions()), "reset places every particle");
        solver.step(1 / 30.0, moved, null);
        assertTrue(ClothMeasures.maxMove(moved, solver.positions()) < 1e-6,
                "after a reset, with no gravity and the pin where it is, nothing moves");
    }
}
