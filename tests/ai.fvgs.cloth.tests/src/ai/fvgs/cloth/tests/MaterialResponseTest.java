package ai.fvgs.cloth.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;

import ai.fvgs.cloth.ClothMaterial;
import ai.fvgs.cloth.ClothSettings;
import ai.fvgs.cloth.ClothSolver;
import ai.fvgs.cloth.Colliders;

/** Fabrics behave differently under the same motion: silk falls into folds, leather keeps its flare. */
class MaterialResponseTest {

    private static final int SEGMENTS = 48;
    private static final int ROWS = 20;

    /** The skirt of {@code material} after walking on the spot for 2 s and standing still for 2 s. */
    private static ClothSolver walkAndStop(ClothMaterial material) {
        ClothShapes skirt = WalkingBody.skirt(SEGMENTS, ROWS);
        ClothSolver solver = new ClothSolver(skirt.positions(), skirt.triangles(), material, ClothSettings.DEFAULT);
        solver.setPinWeights(WalkingBody.waistbandWeights(skirt));
        WalkingBody body = new WalkingBody(0);
        Colliders colliders = new Colliders(WalkingBody.CAPSULES);
        float[] targets = skirt.positions().clone();
        for (int f = 1; f <= 120; f++) {
            double t = Math.min(f / 30.0, 2);
            body.pose(t, colliders);
            body.waistbandTargets(t, skirt, targets);
            solver.step(1 / 30.0, targets, colliders);
        }
        return solver;
    }

    /** Mean distance of the hem's particles from the hem's centre in the horizontal plane. */
    private static double hemRadius(float[] x) {
        double cx = 0;
        double cz = 0;
        for (int s = 0; s < SEGMENTS; s++) {
            cx += x[3 * ((ROWS - 1) * SEGMENTS + s)];
            cz += x[3 * ((ROWS - 1) * SEGMENTS + s) + 2];
        }
        cx /= SEGMENTS;
        cz /= SEGMENTS;
        double r = 0;
        for (int s = 0; s < SEGMENTS; s++) {
            int p = 3 * ((ROWS - 1) * SEGMENTS + s);
            r += Math.hypot(x[p] - cx, x[p + 2] - cz);
        }
        return r / SEGMENTS;
    }

    @Test
    void leatherKeepsItsFlareWhereSilkFallsIntoFolds(TestReporter report) {
        float[] silk = walkAndStop(ClothMaterial.SILK).positions();
        float[] leather = walkAndStop(ClothMaterial.LEATHER).positions();
        double silkRadius = hemRadius(silk);
        double leatherRadius = hemRadius(leather);
        report.publishEntry("hem radius (rest 0.45 m)",
                String.format("silk %.3f m, leather %.3f m", silkRadius, leatherRadius));
        assertTrue(leatherRadius > 1.2 * silkRadius, "leather's hem keeps a radius of " + leatherRadius
                + " m, silk's " + silkRadius + " m: leather should stay at least 20 % wider");
        assertTrue(ClothMeasures.maxMove(silk, leather) > 0.05, "the two skirts settle into different shapes");
    }

    @Test
    void heavierFabricHasMoreMass() {
        ClothShapes sheet = ClothShapes.verticalSheet(10, 10, 1f, 1f, 1f);
        ClothSolver silk = new ClothSolver(sheet.positions(), sheet.triangles(), ClothMaterial.SILK,
                ClothSettings.DEFAULT);
        double total = 0;
        for (int i = 0; i < silk.particleCount(); i++) {
            total += silk.mass(i);
        }
        assertTrue(Math.abs(total - 0.08) < 1e-5, "a 1 m^2 silk sheet weighs 80 g, got " + total * 1000 + " g");
    }
}
