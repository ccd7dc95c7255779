package ai.fvgs.cloth.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;

import ai.fvgs.cloth.ClothMaterial;
import ai.fvgs.cloth.ClothSettings;
import ai.fvgs.cloth.ClothSolver;

/** A sheet pinned along its top edge hangs under gravity. */
class HangingSheetTest {

    private static final int COLUMNS = 25;
    private static final int ROWS = 25;

    /** The sheet after {@code seconds} of hanging from its top row, swung sideways for the first half second. */
    private static ClothSolver hang(ClothMaterial material, ClothSettings settings, double fps, double seconds) {
        ClothShapes sheet = ClothShapes.verticalSheet(COLUMNS, ROWS, 0.6f, 0.6f, 1.5f);
        ClothSolver solver = new ClothSolver(sheet.positions(), sheet.triangles(), material, settings);
        float[] weights = new float[sheet.particleCount()];
        for (int c = 0; c < COLUMNS; c++) {
            weights[c] = 1;
        }
        solver.setPinWeights(weights);
        float[] targets = sheet.positions().clone();
        int frames = (int) Math.round(seconds * fps);
        for (int f = 1; f <= frames; f++) {
            double t = f / fps;
            float shift = (float) (t < 0.5 ? 0.1 * Math.sin(2 * Math.PI * t) : 0);
            for (int c = 0; c < COLUMNS; c++) {
                targets[3 * c] = sheet.positions()[3 * c] + shift;
            }
            solver.step(1 / fps, targets, null);
        }
        return solver;
    }

    @Test
    void stiffSheetKeepsItsEdgeLengths(TestReporter report) {
        ClothShapes sheet = ClothShapes.verticalSheet(COLUMNS, ROWS, 0.6f, 0.6f, 1.5f);
        ClothSolver solver = hang(ClothMaterial.DENIM, ClothSettings.DEFAULT, 30, 3);
        double max = ClothMeasures.maxStrain(sheet.positions(), solver.positions(), sheet.triangles());
        double mean = ClothMeasures.meanStrain(sheet.positions(), solver.positions(), sheet.triangles());
        report.publishEntry("denim strain", String.format("max %.4f, mean %.4f", max, mean));
        assertTrue(max < 0.03, "an edge of the hanging denim sheet changed its length by " + max * 100 + " %");
        float[] x = solver.positions();
        float bottom = x[3 * (COLUMNS * (ROWS - 1) + COLUMNS / 2) + 1];
        assertEquals(0.9, bottom, 0.03, "the middle of the bottom row hangs about 0.6 m below the top");
    }

    @Test
    void stretchyFabricStretchesMoreThanStiff() {
        ClothShapes sheet = ClothShapes.verticalSheet(COLUMNS, ROWS, 0.6f, 0.6f, 1.5f);
        ClothMaterial stretchy = new ClothMaterial(0.3, 0.0, 0.1, 0.2, 0.5);
        double stiff = ClothMeasures.meanStrain(sheet.positions(),
                hang(ClothMaterial.DENIM, ClothSettings.DEFAULT, 30, 3).positions(), sheet.triangles());
        double soft = ClothMeasures.meanStrain(sheet.positions(),
                hang(stretchy, ClothSettings.DEFAULT, 30, 3).positions(), sheet.triangles());
        assertTrue(soft > 3 * stiff, "stretch stiffness 0 must stretch clearly more (" + soft + ") than 1 ("
                + stiff + ")");
    }

    @Test
    void sagHardlyDependsOnSubstepsOrFrameRate(TestReporter report) {
        ClothSettings[] settings = {ClothSettings.DEFAULT.withSubsteps(4), ClothSettings.DEFAULT,
            ClothSettings.DEFAULT.withSubsteps(16), ClothSettings.DEFAULT};
        double[] fps = {30, 30, 30, 60};
        for (ClothMaterial material : new ClothMaterial[] {ClothMaterial.DENIM, ClothMaterial.COTTON_JERSEY}) {
            double[] bottoms = new double[settings.length];
            for (int k = 0; k < settings.length; k++) {
                float[] x = hang(material, settings[k], fps[k], 3).positions();
                bottoms[k] = x[3 * (COLUMNS * (ROWS - 1) + COLUMNS / 2) + 1];
            }
            report.publishEntry("bottom heights " + material, java.util.Arrays.toString(bottoms));
            // Inextensible denim hangs at its full length whatever the steps; the stretchier jersey within 3 cm.
            double tolerance = material == ClothMaterial.DENIM ? 0.005 : 0.03;
            for (int k = 0; k < settings.length; k++) {
                assertEquals(bottoms[1], bottoms[k], tolerance, "bottom height of " + material + " with "
                        + settings[k].substeps() + " substeps at " + fps[k] + " frames/s");
            }
        }
    }
}
