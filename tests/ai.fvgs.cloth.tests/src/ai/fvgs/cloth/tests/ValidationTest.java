package ai.fvgs.cloth.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import ai.fvgs.cloth.ClothMaterial;
import ai.fvgs.cloth.ClothSettings;
import ai.fvgs.cloth.ClothSolver;
import ai.fvgs.cloth.Colliders;

/** Bad input is rejected with a message that names the field, the value and what is allowed. */
class ValidationTest {

    private static void assertRejected(Executable call, String... fragments) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        for (String fragment : fragments) {
            assertTrue(e.getMessage().contains(fragment), "message '" + e.getMessage() + "' names " + fragment);
        }
    }

    @Test
    void materialValuesOutOfRange() {
        assertRejected(() -> new ClothMaterial(0.01, 0.5, 0.5, 0.1, 0.5), "density", "0.05", "2", "0.01");
        assertRejected(() -> new ClothMaterial(3, 0.5, 0.5, 0.1, 0.5), "density", "3.0");
        assertRejected(() -> new ClothMaterial(0.2, 1.5, 0.5, 0.1, 0.5), "stretchStiffness", "between 0.0 and 1.0",
                "1.5");
        assertRejected(() -> new ClothMaterial(0.2, 0.5, -0.1, 0.1, 0.5), "bendStiffness", "-0.1");
        assertRejected(() -> new ClothMaterial(0.2, 0.5, 0.5, Double.NaN, 0.5), "damping", "NaN");
        assertRejected(() -> new ClothMaterial(0.2, 0.5, 0.5, 0.1, 2), "friction", "2.0");
        assertEquals(0.45, ClothMaterial.DENIM.density());
    }

    @Test
    void settingsOutOfRange() {
        assertRejected(() -> new ClothSettings(0, 1, -9.81, 0.004), "substeps", "1 and 64", "0");
        assertRejected(() -> new ClothSettings(8, 17, -9.81, 0.004), "iterations", "1 and 16", "17");
        assertRejected(() -> new ClothSettings(8, 1, Double.POSITIVE_INFINITY, 0.004), "gravity", "Infinity");
        assertRejected(() -> new ClothSettings(8, 1, -9.81, -0.001), "thickness", "-0.001");
        assertEquals(8, ClothSettings.DEFAULT.substeps());
    }

    @Test
    void meshErrors() {
        ClothMaterial m = ClothMaterial.SILK;
        ClothSettings s = ClothSettings.DEFAULT;
        float[] three = {0, 0, 0, 1, 0, 0, 0, 1, 0};
        assertRejected(() -> new ClothSolver(new float[0], new int[0], m, s), "restPositions", "multiple of 3");
        assertRejected(() -> new ClothSolver(new float[] {0, 0}, new int[0], m, s), "restPositions", "2 values");
        assertRejected(() -> new ClothSolver(new float[] {0, Float.NaN, 0}, new int[0], m, s),
                "restPositions[1]", "NaN");
        assertRejected(() -> new ClothSolver(three, new int[] {0, 1}, m, s), "triangles", "3 indices");
        assertRejected(() -> new ClothSolver(three, new int[] {0, 1, 3}, m, s), "triangles[2] = 3", "0..2");
        assertRejected(() -> new ClothSolver(three, new int[] {0, 1, 1}, m, s), "triangle 0", "repeats");
        assertThrows(NullPointerException.class, () -> new ClothSolver(three, new int[] {0, 1, 2}, null, s));
    }

    @Test
    void stepAndPinErrors() {
        ClothShapes sheet = ClothShapes.verticalSheet(4, 4, 1, 1, 1);
        ClothSolver solver = new ClothSolver(sheet.positions(), sheet.triangles(), ClothMaterial.SILK,
                ClothSettings.DEFAULT);
        assertRejected(() -> solver.setPinWeights(new float[3]), "16", "3");
        float[] weights = new float[16];
        weights[5] = 1.5f;
        assertRejected(() -> solver.setPinWeights(weights), "pin weight [5]", "0 and 1", "1.5");
        assertRejected(() -> solver.step(0, null, null), "dt", "0.0");
        assertRejected(() -> solver.step(0.5, null, null), "dt", "0.25", "0.5");
        weights[5] = 1;
        solver.setPinWeights(weights);
        assertRejected(() -> solver.step(1 / 30.0, null, null), "pinTargets", "null");
        assertRejected(() -> solver.step(1 / 30.0, new float[5], null), "pinTargets", "48", "5");
        float[] targets = sheet.positions().clone();
        targets[16] = Float.NaN;
        assertRejected(() -> solver.step(1 / 30.0, targets, null), "pinTargets[16]", "particle 5", "NaN");
        assertRejected(() -> solver.reset(new float[4]), "positions", "48", "4");
    }

    @Test
    void colliderErrors() {
        Colliders c = new Colliders(2);
        assertRejected(() -> new Colliders(-1), "capacity", "-1");
        assertRejected(() -> c.capsule(0, 0, 0, -0.1f, 0, 1, 0, 0.1f), "ra", "-0.1");
        assertRejected(() -> c.capsule(0, 0, 0, 0.1f, 0, Float.NaN, 0, 0.1f), "capsule by", "NaN");
        assertRejected(() -> c.floor(Float.POSITIVE_INFINITY), "floor y", "Infinity");
        for (int i = 0; i < 5; i++) {
            assertEquals(i, c.capsule(i, 0, 0, 0.1f, i, 1, 0, 0.1f), "capsule index");
        }
        assertEquals(5, c.capsuleCount(), "the storage grows past the capacity");
        c.clear();
        assertEquals(0, c.capsuleCount());
    }
}
