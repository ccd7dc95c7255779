package ai.fvgs.avatar.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import ai.fvgs.avatar.Avatar;
import ai.fvgs.avatar.AvatarBuilder;
import ai.fvgs.avatar.AvatarMesh;
import ai.fvgs.avatar.AvatarProfile;
import ai.fvgs.avatar.BodyPart;
import ai.fvgs.avatar.BodyShape;
import ai.fvgs.avatar.BodyTemplate;
import ai.fvgs.avatar.Hair;
import ai.fvgs.avatar.HairStyle;
import ai.fvgs.avatar.SizeClass;
import ai.fvgs.avatar.Skeleton;

/** The mesh is made of closed, outward-facing parts, properly skinned, with every hair style. */
class MeshIntegrityTest {

    @ParameterizedTest
    @EnumSource(HairStyle.class)
    void everyPartIsClosedAndFacesOutwards(HairStyle style) {
        Avatar avatar = AvatarBuilder.build(AvatarProfile.preset(BodyTemplate.FEMININE, SizeClass.M, BodyShape.HOURGLASS)
                .withHair(new Hair(style, 0x2B1D16)));
        AvatarMesh mesh = avatar.mesh();
        // weld vertices by position within a part, then every edge must be shared by exactly two triangles
        Map<String, Integer> weld = new HashMap<>();
        int[] id = new int[mesh.vertexCount()];
        float[] p = mesh.positions();
        for (int i = 0; i < id.length; i++) {
            String key = mesh.parts()[i] + ":" + p[3 * i] + "," + p[3 * i + 1] + "," + p[3 * i + 2];
            id[i] = weld.computeIfAbsent(key, k -> weld.size());
        }
        Map<Long, Integer> edges = new HashMap<>();
        double[] volume = new double[BodyPart.values().length + 1];
        for (int[] t : mesh.triangles().values()) {
            for (int k = 0; k < t.length; k += 3) {
                for (int e = 0; e < 3; e++) {
                    long a = id[t[k + e]];
                    long b = id[t[k + (e + 1) % 3]];
                    edges.merge(Math.min(a, b) << 32 | Math.max(a, b), 1, Integer::sum);
                }
                volume[mesh.parts()[t[k]]] += signedVolume(p, t[k], t[k + 1], t[k + 2]);
            }
        }
        long open = edges.values().stream().filter(c -> c != 2).count();
        assertEquals(0, open, open + " edges are not shared by exactly two triangles");
        for (BodyPart part : BodyPart.values()) {
            assertTrue(volume[part.id()] >= 0, part + " faces inwards: volume " + volume[part.id()]);
        }
        assertTrue(volume[BodyPart.TORSO.id()] > 0.01, "the torso encloses a real volume");
        assertTrue(volume[BodyPart.HAIR.id()] > 0, "hair is present");
    }

    @ParameterizedTest
    @EnumSource(BodyTemplate.class)
    void weightsSumToOneOnValidJoints(BodyTemplate template) {
        AvatarMesh mesh = AvatarBuilder.build(AvatarProfile.preset(template, SizeClass.L, BodyShape.PEAR)).mesh();
        for (int i = 0; i < mesh.vertexCount(); i++) {
            float sum = 0;
            for (int k = 0; k < 4; k++) {
                sum += mesh.weights()[4 * i + k];
                assertTrue(mesh.joints()[4 * i + k] >= 0 && mesh.joints()[4 * i + k] < Skeleton.NAMES.size());
            }
            assertEquals(1f, sum, 1e-5f, "weights of vertex " + i);
        }
    }

    @ParameterizedTest
    @EnumSource(BodyTemplate.class)
    void buildsAreDeterministicAndAroundFiftyThousandTriangles(BodyTemplate template) {
        AvatarProfile profile = AvatarProfile.preset(template, SizeClass.XXXL, BodyShape.APPLE);
        AvatarMesh a = AvatarBuilder.build(profile).mesh();
        AvatarMesh b = AvatarBuilder.build(profile).mesh();
        assertArrayEquals(a.positions(), b.positions());
        assertArrayEquals(a.normals(), b.normals());
        assertTrue(a.triangleCount() > 30_000 && a.triangleCount() < 80_000, "triangles: " + a.triangleCount());
    }

    private static double signedVolume(float[] p, int a, int b, int c) {
        double ax = p[3 * a], ay = p[3 * a + 1], az = p[3 * a + 2];
        double bx = p[3 * b], by = p[3 * b + 1], bz = p[3 * b + 2];
        double cx = p[3 * c], cy = p[3 * c + 1], cz = p[3 * c + 2];
        return (ax * (by * cz - bz * cy) - ay * (bx * cz - bz * cx) + az * (bx * cy - by * cx)) / 6;
    }
}
