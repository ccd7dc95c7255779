package ai.fvgs.cloth.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import ai.fvgs.cloth.ClothMaterial;
import ai.fvgs.cloth.ClothSettings;
import ai.fvgs.cloth.ClothSolver;
import ai.fvgs.cloth.Colliders;

/** The same inputs give bit-identical results, at every frame rate the product uses. */
class DeterminismTest {

    static ClothSolver walk(ClothMaterial material, double fps, double seconds) {
        ClothShapes skirt = WalkingBody.skirt(48, 20);
        ClothSolver solver = new ClothSolver(skirt.positions(), skirt.triangles(), material, ClothSettings.DEFAULT);
        solver.setPinWeights(WalkingBody.waistbandWeights(skirt));
        WalkingBody body = new WalkingBody();
        Colliders colliders = new Colliders(WalkingBody.CAPSULES);
        float[] targets = skirt.positions().clone();
        for (int f = 1; f <= Math.round(seconds * fps); f++) {
            body.pose(f / fps, colliders);
            body.waistbandTargets(f / fps, skirt, targets);
            solver.step(1 / fps, targets, colliders);
        }
        return solver;
    }

    @Test
    void twoRunsGiveIdenticalPositionsAndNormals() {
        ClothSolver a = walk(ClothMaterial.SILK, 30, 2);
        ClothSolver b = walk(ClothMaterial.SILK, 30, 2);
        assertArrayEquals(a.positions(), b.positions(), "positions of two identical runs");
        assertArrayEquals(a.normals(), b.normals(), "normals of two identical runs");
        assertFalse(Arrays.equals(a.positions(), walk(ClothMaterial.DENIM, 30, 2).positions()),
                "another material gives other positions (the comparison can fail)");
    }

    @ParameterizedTest
    @ValueSource(doubles = {24, 25, 30, 50, 60})
    void stableAtEveryFrameRate(double fps) {
        ClothShapes skirt = WalkingBody.skirt(48, 20);
        for (ClothMaterial material : new ClothMaterial[] {ClothMaterial.SILK, ClothMaterial.LEATHER}) {
            ClothSolver solver = walk(material, fps, 2);
            assertTrue(ClothMeasures.allFinite(solver.positions()), material + " at " + fps + " frames/s");
            double strain = ClothMeasures.maxStrain(skirt.positions(), solver.positions(), skirt.triangles());
            assertTrue(strain < 0.5, material + " at " + fps + " frames/s: an edge changed its length by "
                    + strain * 100 + " %");
        }
    }
}
