package ai.fvgs.cloth.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;

import ai.fvgs.cloth.ClothMaterial;
import ai.fvgs.cloth.ClothSettings;
import ai.fvgs.cloth.ClothSolver;
import ai.fvgs.cloth.Colliders;

/** Friction against capsules holds cloth that would otherwise slide off. */
class FrictionTest {

    /**
     * A strip laid over a horizontal bar, two thirds of it on one side, for two seconds.
     *
     * @return the height of the strip's lowest particle relative to the bar's axis
     */
    private static double hangOverBar(double friction) {
        int columns = 4;
        int rows = 61;
        float length = 0.9f;
        float radius = 0.05f;
        ClothShapes strip = ClothShapes.horizontalSheet(columns, rows, 0.1f, length, 1);
        // Drape the strip over the bar (axis along x at y = 1, z = 0): 0.3 m down the front, the rest over the
        // top and 0.45 m down the back.
        float[] drape = strip.positions().clone();
        float r = radius + 0.005f;
        for (int row = 0; row < rows; row++) {
            double s = (double) row / (rows - 1) * length - 0.3;   // arc length from the bar's front top
            double y;
            double z;
            if (s < 0) {
                y = 1 + s;
                z = r;
            } else if (s < Math.PI * r) {
                double a = s / r;
                y = 1 + r * Math.sin(a);
                z = r * Math.cos(a);
            } else {
                y = 1 - (s - Math.PI * r);
                z = -r;
            }
            for (int c = 0; c < columns; c++) {
                drape[3 * (row * columns + c) + 1] = (float) y;
                drape[3 * (row * columns + c) + 2] = (float) z;
            }
        }
        ClothMaterial fabric = new ClothMaterial(0.3, 1, 0.1, 0.2, friction);
        ClothSolver solver = new ClothSolver(strip.positions(), strip.triangles(), fabric, ClothSettings.DEFAULT);
        solver.reset(drape);
        Colliders colliders = new Colliders(1);
        colliders.capsule(-0.2f, 1, 0, radius, 0.2f, 1, 0, radius);
        for (int f = 0; f < 60; f++) {
            solver.step(1 / 30.0, null, colliders);
        }
        float[] x = solver.positions();
        double highest = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < solver.particleCount(); i++) {
            highest = Math.max(highest, x[3 * i + 1]);
        }
        return highest - 1;
    }

    @Test
    void frictionHoldsAStripOverABarThatSlidesOffWithout(TestReporter report) {
        double sticky = hangOverBar(1);
        double slippery = hangOverBar(0);
        report.publishEntry("highest particle above the bar's axis after 2 s",
                String.format("friction 1: %.3f m, friction 0: %.3f m", sticky, slippery));
        assertTrue(sticky > 0.04, "with friction 1 the strip still lies over the bar (" + sticky + " m)");
        assertTrue(slippery < 0, "without friction the longer side pulls the strip off the bar (" + slippery
                + " m)");
    }
}
