package ai.fvgs.outfit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import ai.fvgs.avatar.Avatar;
import ai.fvgs.avatar.AvatarMesh;
import ai.fvgs.avatar.BodyPart;
import ai.fvgs.avatar.SizeClass;
import ai.fvgs.outfit.internal.GlbMesh;
import ai.fvgs.sdk.garment.GarmentAsset;
import ai.fvgs.sdk.garment.GarmentCategory;
import ai.fvgs.tests.support.Clearance;

class GlbAssetTest {

    /** The example vendor's committed asset, made by {@link WaistcoatAsset}. */
    private static final Path VENDOR_ASSET = Path.of("../../examples/ai.fvgs.examples.vendor/assets/waistcoat.glb");

    @Test
    void meshesRoundTripThroughGlb() {
        GlbMesh m = new GlbMesh(new float[] { 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 1 }, new float[] { 0, 0, 1, 0, 0, 1, 1, 1 },
                new int[] { 0, 1, 2, 0, 2, 3 });
        GlbMesh back = GlbMesh.read(m.toGlb());
        assertArrayEquals(m.positions(), back.positions());
        assertArrayEquals(m.uvs(), back.uvs());
        assertArrayEquals(m.triangles(), back.triangles());
    }

    @Test
    void brokenFilesAreRejectedWithTheReason() {
        byte[] good = new GlbMesh(new float[] { 0, 0, 0, 1, 0, 0, 0, 1, 0 }, null, new int[] { 0, 1, 2 }).toGlb();
        byte[] cut = java.util.Arrays.copyOf(good, good.length - 8);
        var e = assertThrows(IllegalArgumentException.class, () -> GlbMesh.read(cut));
        assertTrue(e.getMessage().startsWith("glTF asset: "), e.getMessage());
        byte[] v1 = good.clone();
        v1[4] = 1;
        e = assertThrows(IllegalArgumentException.class, () -> GlbMesh.read(v1));
        assertEquals("glTF asset: version 1 is not supported; allowed: 2", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> GarmentAsset.ofGlb("{}".getBytes()));
    }

    @Test
    void theCommittedVendorAssetIsTheOneTheGeneratorMakes() throws Exception {
        assertArrayEquals(WaistcoatAsset.make(), Files.readAllBytes(VENDOR_ASSET), "regenerate it with WaistcoatAsset.main");
    }

    @Test
    void theVendorWaistcoatFitsSmallAndLargeBodiesOverAShirt() throws Exception {
        GarmentAsset asset = GarmentAsset.ofGlb(Files.readAllBytes(VENDOR_ASSET));
        var waistcoat = TestGarments.asset("test.waistcoat", GarmentCategory.VEST, asset);
        for (SizeClass size : List.of(SizeClass.XXS, SizeClass.M, SizeClass.values()[SizeClass.values().length - 1])) {
            Avatar a = TestGarments.avatar(size);
            Outfit outfit = Outfit.dress(a, List.of(TestGarments.item(waistcoat), TestGarments.item(TestGarments.tee())));
            DressedGarment vest = outfit.garments().get(0);
            DressedGarment tee = outfit.garments().get(1);
            assertEquals(2, vest.layer(), "a vest goes over the tee although listed first");
            AvatarMesh body = a.mesh();
            byte[] bodyParts = body.parts();
            Clearance skin = new Clearance(body.positions(), body.normals(), v -> ai.fvgs.outfit.internal.Region.part(bodyParts[v]) == BodyPart.TORSO);
            // the waistcoat is a body garment: it must stay outside the tee's body (sleeves are fitted separately)
            Clearance shirt = new Clearance(tee.bindPositions(), tee.bindNormals(), v -> tee.coveredParts(v).contains(BodyPart.TORSO));
            float[] p = vest.bindPositions();
            double worstSkin = Double.POSITIVE_INFINITY;
            double worstTee = Double.POSITIVE_INFINITY;
            for (int v = 0; v < vest.vertexCount(); v++) {
                worstSkin = Math.min(worstSkin, skin.outside(p[3 * v], p[3 * v + 1], p[3 * v + 2], 0.08));
                worstTee = Math.min(worstTee, shirt.outside(p[3 * v], p[3 * v + 1], p[3 * v + 2], 0.03));
            }
            assertTrue(worstSkin > -0.005, size.label() + ": " + Math.round(-worstSkin * 1000) + " mm under the skin");
            assertTrue(worstTee > -0.005, size.label() + ": " + Math.round(-worstTee * 1000) + " mm inside the tee");
            double top = 0;
            for (int v = 0; v < vest.vertexCount(); v++) {
                top = Math.max(top, p[3 * v + 1]);
            }
            assertEquals(a.landmarks().neckBase(), top, 0.03, size.label() + ": the waistcoat reaches the base of the neck");
        }
    }
}
