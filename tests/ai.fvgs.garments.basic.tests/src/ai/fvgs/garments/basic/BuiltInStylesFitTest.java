package ai.fvgs.garments.basic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import ai.fvgs.avatar.Avatar;
import ai.fvgs.avatar.AvatarBuilder;
import ai.fvgs.avatar.AvatarMesh;
import ai.fvgs.avatar.AvatarProfile;
import ai.fvgs.avatar.BodyPart;
import ai.fvgs.avatar.BodyShape;
import ai.fvgs.avatar.BodyTemplate;
import ai.fvgs.avatar.SizeClass;
import ai.fvgs.motion.CatwalkMotion;
import ai.fvgs.motion.CatwalkSettings;
import ai.fvgs.motion.Pose;
import ai.fvgs.motion.WorldPose;
import ai.fvgs.outfit.DressedGarment;
import ai.fvgs.outfit.Outfit;
import ai.fvgs.outfit.OutfitAnimator;
import ai.fvgs.outfit.OutfitItem;
import ai.fvgs.scene.Material;
import ai.fvgs.scene.Scene;
import ai.fvgs.sdk.garment.GarmentStyle;
import ai.fvgs.sdk.garment.ParameterValues;
import ai.fvgs.tests.support.Clearance;

/**
 * Every built-in style, at its default parameters, fits every size preset without the body showing through:
 * each garment vertex lies outside the skin of the body parts it covers, in the bind pose and while walking.
 */
class BuiltInStylesFitTest {

    /** Allowed depth under the skin in the bind pose (measured along the nearest skin vertex's normal, which errs by a few mm). */
    static final double BIND_TOLERANCE = 0.005;
    /** Allowed depth while walking, where skinning bends garment and body slightly differently at the joints. */
    static final double WALK_TOLERANCE = 0.02;
    /** Share of vertices allowed deeper than {@link #BIND_TOLERANCE} while walking. */
    static final double WALK_SHARE = 0.005;

    static final Scene.Fabric COTTON = new Scene.Fabric(0x808080, Material.COTTON, Scene.Pattern.NONE);

    static List<GarmentStyle> styles() {
        return List.of(new TShirtStyle(), new ShirtStyle(), new SheathDressStyle(), new ALineDressStyle(), new PencilSkirtStyle(),
                new PleatedSkirtStyle(), new TrousersStyle(), new ShortsStyle(), new CoatStyle());
    }

    static Stream<Arguments> sizes() {
        List<Arguments> out = new ArrayList<>();
        for (BodyTemplate t : List.of(BodyTemplate.FEMININE, BodyTemplate.MASCULINE)) {
            for (SizeClass s : SizeClass.values()) {
                out.add(Arguments.of(t, s));
            }
        }
        return out.stream();
    }

    static Avatar avatar(BodyTemplate t, SizeClass s, BodyShape shape) {
        return AvatarBuilder.build(AvatarProfile.preset(t, s, shape));
    }

    static OutfitItem item(GarmentStyle style) {
        return new OutfitItem(style, ParameterValues.defaults(style.parameters()), COTTON);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("sizes")
    void everyStyleFitsEverySizeInTheBindPose(BodyTemplate template, SizeClass size) {
        Avatar avatar = avatar(template, size, BodyShape.values()[size.ordinal() % BodyShape.values().length]);
        AvatarMesh body = avatar.mesh();
        for (GarmentStyle style : styles()) {
            Outfit outfit = Outfit.dress(avatar, List.of(item(style)));
            DressedGarment g = outfit.garments().get(0);
            double worst = worstDepth(g, g.bindPositions(), body.positions(), body.normals(), body.parts(), true);
            assertTrue(worst > -BIND_TOLERANCE, style.info().id() + " on " + template + " " + size.label() + ": a vertex lies "
                    + Math.round(-worst * 1000) + " mm under the skin");
        }
    }

    @Test
    void everyStyleStaysOutsideTheBodyWhileWalking() {
        for (SizeClass size : List.of(SizeClass.XXS, SizeClass.M, SizeClass.values()[SizeClass.values().length - 1])) {
            Avatar avatar = avatar(BodyTemplate.FEMININE, size, BodyShape.HOURGLASS);
            CatwalkMotion walk = new CatwalkMotion(avatar.skeleton(), new CatwalkSettings(1.2, 0.65, 6, 18, 0.05, 6, 1));
            for (GarmentStyle style : styles()) {
                Outfit outfit = Outfit.dress(avatar, List.of(item(style)));
                OutfitAnimator animator = outfit.animator(30);
                DressedGarment g = outfit.garments().get(0);
                float[] bp = new float[avatar.mesh().positions().length];
                float[] bn = new float[bp.length];
                int frame = 0;
                for (double t = 0; t <= 1.2; t += 1 / 30.0, frame++) {
                    WorldPose pose = walk.sample(t).world(avatar.skeleton());
                    animator.update(pose, 1 / 30.0);
                    if (frame % 9 != 0) {
                        continue;
                    }
                    pose.skin(avatar.mesh(), bp, bn);
                    float[] gp = animator.positions(0);
                    double worst = worstDepth(g, gp, bp, bn, avatar.mesh().parts(), false);
                    int deep = countDeeper(g, gp, bp, bn, avatar.mesh().parts(), BIND_TOLERANCE);
                    String where = style.info().id() + " on " + size.label() + " at " + String.format("%.2f s", t);
                    assertTrue(worst > -WALK_TOLERANCE, where + ": a vertex lies " + Math.round(-worst * 1000) + " mm under the skin");
                    assertTrue(deep <= WALK_SHARE * g.vertexCount(), where + ": " + deep + " of " + g.vertexCount()
                            + " vertices lie more than 5 mm under the skin");
                }
            }
        }
    }

    @Test
    void bindPoseIsTheRestStateOfAnAnimatorOnTheBindPose() {
        Avatar avatar = avatar(BodyTemplate.NEUTRAL, SizeClass.L, BodyShape.RECTANGLE);
        Outfit outfit = Outfit.dress(avatar, List.of(item(new TrousersStyle())));
        OutfitAnimator a = outfit.animator(25);
        a.update(Pose.bind(avatar.skeleton()).world(avatar.skeleton()), 1 / 25.0);
        float[] bind = outfit.garments().get(0).bindPositions();
        float[] posed = a.positions(0);
        double max = 0;
        for (int i = 0; i < bind.length; i++) {
            max = Math.max(max, Math.abs(bind[i] - posed[i]));
        }
        assertEquals(0, max, 1e-4, "fitted garments skinned to the bind pose stay where they were fitted");
    }

    /** @return the smallest signed distance of any checked vertex outside the skin of the parts it covers */
    static double worstDepth(DressedGarment g, float[] gp, float[] bp, float[] bn, byte[] parts, boolean fittedOnly) {
        double worst = Double.POSITIVE_INFINITY;
        java.util.Map<Set<BodyPart>, Clearance> by = new java.util.HashMap<>();
        for (int v = 0; v < g.vertexCount(); v++) {
            if (fittedOnly && g.pinWeights()[v] < 1) {
                continue;
            }
            double d = clearance(g, v, by, bp, bn, parts).outside(gp[3 * v], gp[3 * v + 1], gp[3 * v + 2], 0.08);
            worst = Math.min(worst, d);
        }
        return worst;
    }

    static int countDeeper(DressedGarment g, float[] gp, float[] bp, float[] bn, byte[] parts, double depth) {
        int n = 0;
        java.util.Map<Set<BodyPart>, Clearance> by = new java.util.HashMap<>();
        for (int v = 0; v < g.vertexCount(); v++) {
            if (clearance(g, v, by, bp, bn, parts).outside(gp[3 * v], gp[3 * v + 1], gp[3 * v + 2], 0.08) < -depth) {
                n++;
            }
        }
        return n;
    }

    /** The skin of the parts vertex {@code v} covers, built once per set of parts. */
    private static Clearance clearance(DressedGarment g, int v, java.util.Map<Set<BodyPart>, Clearance> by, float[] bp, float[] bn,
            byte[] parts) {
        return by.computeIfAbsent(g.coveredParts(v), covered -> new Clearance(bp, bn, i -> covered.contains(BodyPart.values()[parts[i] - 1])));
    }
}
