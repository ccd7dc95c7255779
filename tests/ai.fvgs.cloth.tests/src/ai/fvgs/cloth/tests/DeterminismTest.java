package ai.fvgs.cloth.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

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

    /**
     * The walking silk skirt after 3 s hashes to the same value on every JVM and compiler tier (checked with
     * Temurin 25 interpreted, C1 and C2, and OpenJDK 17). When the solver's arithmetic changes on purpose,
     * update the hash in the same commit.
     */
    @Test
    void positionsMatchTheReferenceHash() throws NoSuchAlgorithmException {
        float[] x = walk(ClothMaterial.SILK, 30, 3).positions();
        ByteBuffer bytes = ByteBuffer.allocate(4 * x.length);
        bytes.asFloatBuffer().put(x);
        String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes.array()));
        assertEquals("3203864374c409257aefce7b01890ca138588a89de9eafd812a55298c275d066", hash,
                "SHA-256 of the positions (big-endian floats)");
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
