package ai.fvgs.outfit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import ai.fvgs.avatar.Avatar;
import ai.fvgs.avatar.MaterialSlot;
import ai.fvgs.avatar.SizeClass;
import ai.fvgs.motion.CatwalkMotion;
import ai.fvgs.motion.CatwalkSettings;
import ai.fvgs.motion.WorldPose;
import ai.fvgs.sdk.garment.BodyLevel;
import ai.fvgs.sdk.garment.Drape;
import ai.fvgs.sdk.garment.GarmentCategory;
import ai.fvgs.sdk.garment.GarmentForm;
import ai.fvgs.sdk.garment.Level;
import ai.fvgs.tests.support.Clearance;

class OutfitTest {

    private static final Avatar M = TestGarments.avatar(SizeClass.M);

    @Test
    void higherLayersSitOutsideLowerOnesInAnyOrderGiven() {
        // the coat is listed first but is outerwear: it is fitted last, over the tee and trousers
        Outfit outfit = Outfit.dress(M, List.of(TestGarments.item(TestGarments.coat()), TestGarments.item(TestGarments.tee()),
                TestGarments.item(TestGarments.trousers())));
        DressedGarment coat = outfit.garments().get(0);
        DressedGarment tee = outfit.garments().get(1);
        assertEquals("test.coat", coat.styleId());
        assertEquals(3, coat.layer());
        // compare like with like: the coat's body with the tee's body, each sleeve with the tee's sleeve there
        java.util.Map<java.util.Set<ai.fvgs.avatar.BodyPart>, Clearance> under = new java.util.HashMap<>();
        double worst = Double.POSITIVE_INFINITY;
        int checked = 0;
        for (int v = 0; v < coat.vertexCount(); v++) {
            if (coat.pinWeights()[v] < 1) {
                continue;
            }
            var parts = coat.coveredParts(v);
            Clearance overTee = under.computeIfAbsent(parts, k -> new Clearance(tee.bindPositions(), tee.bindNormals(),
                    t -> tee.coveredParts(t).equals(k)));
            double d = overTee.outside(coat.bindPositions()[3 * v], coat.bindPositions()[3 * v + 1], coat.bindPositions()[3 * v + 2], 0.03);
            if (d != Double.POSITIVE_INFINITY) {
                worst = Math.min(worst, d);
                checked++;
            }
        }
        assertTrue(checked > 1000, "the coat covers the tee: " + checked);
        assertTrue(worst > -0.003, "a coat vertex lies " + Math.round(-worst * 1000) + " mm inside the tee");
    }

    @Test
    void withinALayerTheLaterGarmentGoesOver() {
        Outfit tucked = Outfit.dress(M, List.of(TestGarments.item(TestGarments.tee()), TestGarments.item(TestGarments.trousers())));
        Outfit untucked = Outfit.dress(M, List.of(TestGarments.item(TestGarments.trousers()), TestGarments.item(TestGarments.tee())));
        double waist = M.landmarks().waist();
        assertTrue(girthAt(tucked.garments().get(1), waist) > girthAt(tucked.garments().get(0), waist), "trousers over the tee");
        assertTrue(girthAt(untucked.garments().get(1), waist) > girthAt(untucked.garments().get(0), waist), "tee over the trousers");
    }

    /** Largest distance from the vertical axis of torso vertices within 5 mm of height y. */
    private static double girthAt(DressedGarment g, double y) {
        double max = 0;
        float[] p = g.bindPositions();
        for (int v = 0; v < g.vertexCount(); v++) {
            if (Math.abs(p[3 * v + 1] - y) < 0.005 && g.coveredParts(v).contains(ai.fvgs.avatar.BodyPart.TORSO)) {
                max = Math.max(max, Math.hypot(p[3 * v], p[3 * v + 2]));
            }
        }
        return max;
    }

    @Test
    void skinUnderOpaqueFittedGarmentsIsNotDrawn() {
        Outfit naked = Outfit.dress(M, List.of());
        Outfit dressed = Outfit.dress(M, List.of(TestGarments.item(TestGarments.tee()), TestGarments.item(TestGarments.trousers())));
        int all = naked.visibleBodyTriangles(MaterialSlot.SKIN).length;
        int left = dressed.visibleBodyTriangles(MaterialSlot.SKIN).length;
        assertEquals(M.mesh().triangles().get(MaterialSlot.SKIN).length, all);
        assertTrue(left < all / 2, "most skin is hidden: " + left / 3 + " of " + all / 3 + " triangles left");
        assertArrayEquals(M.mesh().triangles().get(MaterialSlot.HAIR), dressed.visibleBodyTriangles(MaterialSlot.HAIR));
    }

    @Test
    void animationIsDeterministicAndClothPreRollsToRest() {
        List<OutfitItem> items = List.of(TestGarments.item(TestGarments.tee()), TestGarments.item(TestGarments.skirt()));
        float[][] a = walk(Outfit.dress(M, items));
        float[][] b = walk(Outfit.dress(M, items));
        assertArrayEquals(a[0], b[0]);
        assertArrayEquals(a[1], b[1]);
    }

    private static float[][] walk(Outfit outfit) {
        CatwalkMotion walk = new CatwalkMotion(M.skeleton(), new CatwalkSettings(1.2, 0.6, 6, 15, 0.05, 6, 1));
        OutfitAnimator animator = outfit.animator(30);
        for (int f = 0; f < 10; f++) {
            WorldPose pose = walk.sample(f / 30.0).world(M.skeleton());
            animator.update(pose, 1 / 30.0);
        }
        return new float[][] { animator.positions(0).clone(), animator.positions(1).clone() };
    }

    @Test
    void clothHangsBelowItsSeamAndAboveTheFloor() {
        Outfit outfit = Outfit.dress(M, List.of(TestGarments.item(TestGarments.skirt())));
        DressedGarment skirt = outfit.garments().get(0);
        assertTrue(skirt.hasCloth());
        OutfitAnimator animator = outfit.animator(30);
        animator.update(ai.fvgs.motion.Pose.bind(M.skeleton()).world(M.skeleton()), 1 / 30.0);
        float[] p = animator.positions(0);
        double waist = M.landmarks().waist();
        for (int v = 0; v < skirt.vertexCount(); v++) {
            assertTrue(p[3 * v + 1] > 0 && p[3 * v + 1] < waist + 0.03, "vertex " + v + " at height " + p[3 * v + 1]);
        }
    }

    @Test
    void errorsNameTheItemTheGarmentAndTheProblem() {
        var drafted = TestGarments.form("test.flat", GarmentCategory.SKIRT, null);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Outfit.dress(M, List.of(TestGarments.item(TestGarments.tee()), TestGarments.item(drafted))));
        assertTrue(e.getMessage().startsWith("outfit[1] (test.flat): "), e.getMessage());
        assertTrue(e.getMessage().contains("neither a 3D form nor a glTF asset"), e.getMessage());

        var tooLong = TestGarments.form("test.long", GarmentCategory.SKIRT,
                GarmentForm.of(Drape.plain(Level.at(BodyLevel.WAIST), Level.below(BodyLevel.WAIST, 200), 2, 200)));
        e = assertThrows(IllegalArgumentException.class, () -> Outfit.dress(M, List.of(TestGarments.item(tooLong))));
        assertTrue(e.getMessage().startsWith("outfit[0] (test.long): drape: the hem"), e.getMessage());
        assertTrue(e.getMessage().contains("below the floor"), e.getMessage());

        e = assertThrows(IllegalArgumentException.class,
                () -> Outfit.dress(M, List.of(new OutfitItem(TestGarments.tee(), null, TestGarments.PLAIN))));
        assertEquals("outfit[0] (test.tee): parameter values are missing", e.getMessage());

        e = assertThrows(IllegalArgumentException.class, () -> Outfit.dress(M, List.of()).animator(0));
        assertTrue(e.getMessage().contains("fps"), e.getMessage());
    }

    @Test
    void dressingIsFast() {
        List<OutfitItem> items = List.of(TestGarments.item(TestGarments.tee()), TestGarments.item(TestGarments.trousers()),
                TestGarments.item(TestGarments.coat()));
        Outfit.dress(M, items);
        long start = System.nanoTime();
        Outfit.dress(M, items);
        double ms = (System.nanoTime() - start) / 1e6;
        assertTrue(ms < 1000, "dressing three garments took " + ms + " ms");
    }
}
