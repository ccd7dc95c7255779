package ai.fvgs.motion.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import ai.fvgs.avatar.Avatar;
import ai.fvgs.avatar.AvatarBuilder;
import ai.fvgs.avatar.AvatarProfile;
import ai.fvgs.avatar.BodyShape;
import ai.fvgs.avatar.BodyTemplate;
import ai.fvgs.avatar.SizeClass;
import ai.fvgs.avatar.Skeleton;
import ai.fvgs.motion.CatwalkMotion;
import ai.fvgs.motion.CatwalkSettings;
import ai.fvgs.motion.CatwalkStyle;
import ai.fvgs.motion.WorldPose;
import ai.fvgs.motion.internal.FootPlan;

/** The catwalk plants its feet, goes down the runway and back, and is deterministic. */
class CatwalkMotionTest {

    private static final double FRAME = 1 / 60.0;

    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource({ "FEMININE, M, classic", "MASCULINE, XXL, power", "NEUTRAL, XXXXXL, relaxed", "FEMININE, XXS, power" })
    void feetDoNotSlideWhilePlanted(BodyTemplate template, SizeClass size, String style) {
        Avatar avatar = AvatarBuilder.build(AvatarProfile.preset(template, size, BodyShape.HOURGLASS));
        CatwalkMotion walk = new CatwalkMotion(avatar.skeleton(), CatwalkStyle.ofId(style).settings(8));
        double worst = 0;
        int checkedPlants = 0;
        for (int foot = 0; foot < 2; foot++) {
            int ankle = Skeleton.index(foot == 0 ? "ankle_l" : "ankle_r");
            for (FootPlan.Plant plant : walk.footPlan().plants(foot)) {
                double from = plant.down();
                double to = Math.min(plant.up(), walk.duration());
                double[] first = null;
                for (double t = from; t <= to; t += FRAME) {
                    double[] p = walk.sample(t).world(avatar.skeleton()).position(ankle);
                    if (first == null) {
                        first = p;
                    } else {
                        worst = Math.max(worst, Math.hypot(Math.hypot(p[0] - first[0], p[1] - first[1]), p[2] - first[2]));
                    }
                }
                checkedPlants++;
            }
        }
        assertTrue(checkedPlants > 20, "the walk has many footsteps: " + checkedPlants);
        assertTrue(worst < 0.01, "a planted foot moved " + worst * 100 + " cm");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({ "classic", "power", "relaxed" })
    void walksDownTheRunwayHoldsTurnsAndComesBack(String style) {
        Avatar avatar = AvatarBuilder.build(AvatarProfile.preset(BodyTemplate.FEMININE, SizeClass.M, BodyShape.HOURGLASS));
        CatwalkSettings settings = CatwalkStyle.ofId(style).settings(10);
        CatwalkMotion walk = new CatwalkMotion(avatar.skeleton(), settings);
        int pelvis = Skeleton.index("pelvis");
        double maxZ = -1e9;
        double tAtFront = 0;
        for (double t = 0; t <= walk.duration(); t += 0.05) {
            double z = walk.sample(t).world(avatar.skeleton()).position(pelvis)[2];
            if (z > maxZ) {
                maxZ = z;
                tAtFront = t;
            }
        }
        double startZ = walk.sample(0).world(avatar.skeleton()).position(pelvis)[2];
        double endZ = walk.sample(walk.duration()).world(avatar.skeleton()).position(pelvis)[2];
        assertEquals(-5, startZ, 0.1, "starts at the back of the runway");
        assertEquals(5, maxZ, 0.15, "reaches the front");
        assertEquals(-5, endZ, 0.15, "walks back");
        double minWalkTime = 10 / settings.speed();
        assertTrue(tAtFront > minWalkTime * 0.9, "walking takes time at the set speed: front reached at " + tAtFront);
        // facing the camera while walking down, away on the way back
        double[] nose = walk.sample(tAtFront * 0.5).world(avatar.skeleton()).rotation(Skeleton.index("head")).rotate(new double[] { 0, 0, 1 });
        assertTrue(nose[2] > 0.9, "faces +Z walking down");
        double[] back = walk.sample(walk.duration() - 2).world(avatar.skeleton()).rotation(Skeleton.index("head")).rotate(new double[] { 0, 0, 1 });
        assertTrue(back[2] < -0.9, "faces -Z walking back");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({ "classic", "power" })
    void samplingIsDeterministicAndSkinningKeepsTheMeshTogether(String style) {
        Avatar avatar = AvatarBuilder.build(AvatarProfile.preset(BodyTemplate.FEMININE, SizeClass.L, BodyShape.PEAR));
        CatwalkMotion a = new CatwalkMotion(avatar.skeleton(), CatwalkStyle.ofId(style).settings(6));
        CatwalkMotion b = new CatwalkMotion(avatar.skeleton(), CatwalkStyle.ofId(style).settings(6));
        float[] pa = new float[avatar.mesh().positions().length];
        float[] na = new float[pa.length];
        float[] pb = new float[pa.length];
        float[] nb = new float[pa.length];
        WorldPose wa = a.sample(2.345).world(avatar.skeleton());
        wa.skin(avatar.mesh(), pa, na);
        b.sample(2.345).world(avatar.skeleton()).skin(avatar.mesh(), pb, nb);
        assertArrayEquals(pa, pb);
        // skinned vertices stay near their joints: every vertex within 1.2 m of the pelvis
        double[] pelvis = wa.position(0);
        for (int v = 0; v < pa.length / 3; v++) {
            double d = Math.hypot(Math.hypot(pa[3 * v] - pelvis[0], pa[3 * v + 1] - pelvis[1]), pa[3 * v + 2] - pelvis[2]);
            assertTrue(d < 1.2, "vertex " + v + " flew " + d + " m from the pelvis");
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({ "speed, 3", "step, 0.1", "hipSway, 40" })
    void invalidSettingsAreRejectedWithTheAllowedRange(String name, double value) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new CatwalkSettings(
                name.equals("speed") ? value : 1, name.equals("step") ? value : 0.6, name.equals("hipSway") ? value : 5, 10, 0.02, 8, 2));
        assertTrue(e.getMessage().contains("catwalk " + name + " = " + value) && e.getMessage().contains("allowed"), e.getMessage());
    }
}
