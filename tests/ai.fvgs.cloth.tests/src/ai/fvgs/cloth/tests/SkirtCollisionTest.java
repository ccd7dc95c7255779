package ai.fvgs.cloth.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;

import ai.fvgs.cloth.ClothMaterial;
import ai.fvgs.cloth.ClothSettings;
import ai.fvgs.cloth.ClothSolver;
import ai.fvgs.cloth.Colliders;

/** Skirts pinned at their waistband stay outside the capsules that move inside them. */
class SkirtCollisionTest {

    private static final float LEG_RADIUS = 0.09f;

    /** A cylinder skirt around a leg capsule that swings forwards and backwards from the hip. */
    @Test
    void swingingCapsuleNeverEntersTheSkirt(TestReporter report) {
        ClothShapes skirt = ClothShapes.skirt(64, 24, 0.16f, 0.16f, 1.0f, 0.6f);
        ClothSolver solver = new ClothSolver(skirt.positions(), skirt.triangles(), ClothMaterial.SILK,
                ClothSettings.DEFAULT);
        solver.setPinWeights(WalkingBody.waistbandWeights(skirt));
        Colliders colliders = new Colliders(1);
        double minimum = Double.POSITIVE_INFINITY;
        for (int f = 1; f <= 120; f++) {
            double angle = 0.7 * Math.sin(2 * Math.PI * f / 30.0);
            colliders.clear();
            colliders.capsule(0, 0.95f, 0, LEG_RADIUS, (float) (0.8 * Math.sin(angle)),
                    (float) (0.95 - 0.8 * Math.cos(angle)), 0, LEG_RADIUS);
            solver.step(1 / 30.0, skirt.positions(), colliders);
            double d = ClothMeasures.minCapsuleDistance(colliders, solver.positions());
            assertTrue(d >= 0, "frame " + f + ": a particle is " + -d + " m inside the leg");
            minimum = Math.min(minimum, d);
        }
        report.publishEntry("closest particle to the leg's surface", minimum + " m");
        assertTrue(minimum < 0.01, "the swinging leg touches the skirt (closest particle " + minimum + " m)");
    }

    /** The reference case: a conical skirt on the walking 20-capsule body. */
    @Test
    void walkingBodyStaysInsideTheSkirt(TestReporter report) {
        ClothShapes skirt = WalkingBody.skirt(64, 24);
        ClothSolver solver = new ClothSolver(skirt.positions(), skirt.triangles(), ClothMaterial.SILK,
                ClothSettings.DEFAULT);
        solver.setPinWeights(WalkingBody.waistbandWeights(skirt));
        WalkingBody body = new WalkingBody();
        Colliders colliders = new Colliders(WalkingBody.CAPSULES);
        float[] targets = skirt.positions().clone();
        double worst = Double.POSITIVE_INFINITY;
        for (int f = 1; f <= 90; f++) {
            double t = f / 30.0;
            body.pose(t, colliders);
            body.waistbandTargets(t, skirt, targets);
            solver.step(1 / 30.0, targets, colliders);
            worst = Math.min(worst, ClothMeasures.minCapsuleDistance(colliders, solver.positions()));
        }
        report.publishEntry("deepest particle inside the body", -worst + " m");
        // Between two touching capsules a particle pushed out of one can be left just inside the other.
        assertTrue(worst > -0.002, "a particle ended a frame " + -worst + " m inside the body");
        assertTrue(ClothMeasures.maxStrain(skirt.positions(), solver.positions(), skirt.triangles()) < 0.5,
                "the skirt keeps its shape");
    }

    /** A cloth dropped onto a ball drapes over it and never passes into it. */
    @Test
    void clothDrapesOverASphere() {
        ClothShapes sheet = ClothShapes.horizontalSheet(30, 30, 0.8f, 0.8f, 1.2f);
        ClothSolver solver = new ClothSolver(sheet.positions(), sheet.triangles(), ClothMaterial.COTTON_JERSEY,
                ClothSettings.DEFAULT);
        Colliders colliders = new Colliders(1);
        float radius = 0.2f;
        colliders.sphere(0, 0.8f, 0, radius);
        for (int f = 0; f < 60; f++) {
            solver.step(1 / 30.0, null, colliders);
            assertTrue(ClothMeasures.minCapsuleDistance(colliders, solver.positions()) >= 0, "frame " + f);
        }
        float[] x = solver.positions();
        int centre = 3 * (15 * 30 + 15);
        assertTrue(Math.abs(x[centre + 1] - (0.8f + radius)) < 0.02,
                "the sheet's middle rests on top of the ball, y = " + x[centre + 1]);
    }
}
