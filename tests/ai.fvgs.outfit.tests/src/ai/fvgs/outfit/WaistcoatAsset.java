package ai.fvgs.outfit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import ai.fvgs.avatar.Avatar;
import ai.fvgs.avatar.AvatarBuilder;
import ai.fvgs.avatar.AvatarProfile;
import ai.fvgs.avatar.BodyTemplate;
import ai.fvgs.outfit.internal.FittedMesh;
import ai.fvgs.outfit.internal.GlbMesh;
import ai.fvgs.outfit.internal.Tailor;
import ai.fvgs.sdk.body.BodyMeasurements;
import ai.fvgs.sdk.garment.BodyLevel;
import ai.fvgs.sdk.garment.FittedTorso;
import ai.fvgs.sdk.garment.GarmentAsset;
import ai.fvgs.sdk.garment.GarmentForm;
import ai.fvgs.sdk.garment.Level;
import ai.fvgs.sdk.garment.Neckline;

/**
 * Makes the example vendor's belted waistcoat asset ({@code examples/ai.fvgs.examples.vendor/assets/waistcoat.glb}):
 * a sleeveless body with a deep V from the neck to 12 cm below the waist with a 3 cm shirt-tail curve, and a
 * 5 cm belt over it at the waist, both fitted on {@link GarmentAsset#REFERENCE_BODY} and written as one glTF
 * mesh with texture coordinates in metres. Not a test: run {@code main} with the output path.
 */
public final class WaistcoatAsset {

    private WaistcoatAsset() {
    }

    /**
     * @return the {@code .glb} bytes
     */
    public static byte[] make() {
        BodyMeasurements ref = GarmentAsset.REFERENCE_BODY;
        Avatar body = AvatarBuilder.build(AvatarProfile.preset(BodyTemplate.FEMININE, ai.fvgs.avatar.SizeClass.M,
                ai.fvgs.avatar.BodyShape.HOURGLASS).withMeasurements(ref));
        FittedMesh vest = Tailor.fit(body, GarmentForm.of(new FittedTorso(Level.at(BodyLevel.NECK_BASE),
                Level.below(BodyLevel.WAIST, 12), 6, new Neckline(Neckline.Shape.V, 26, 22), 3)), List.of());
        FittedMesh belt = Tailor.fit(body, GarmentForm.of(FittedTorso.band(Level.below(BodyLevel.WAIST, -2), Level.below(BodyLevel.WAIST, 3), 1)),
                new ArrayList<>(List.of(vest)));
        int n = vest.vertexCount();
        float[] pos = new float[3 * (n + belt.vertexCount())];
        float[] uv = new float[2 * (n + belt.vertexCount())];
        System.arraycopy(vest.positions(), 0, pos, 0, 3 * n);
        System.arraycopy(belt.positions(), 0, pos, 3 * n, 3 * belt.vertexCount());
        System.arraycopy(vest.uvs(), 0, uv, 0, 2 * n);
        System.arraycopy(belt.uvs(), 0, uv, 2 * n, 2 * belt.vertexCount());
        int[] tri = new int[vest.triangles().length + belt.triangles().length];
        System.arraycopy(vest.triangles(), 0, tri, 0, vest.triangles().length);
        for (int i = 0; i < belt.triangles().length; i++) {
            tri[vest.triangles().length + i] = belt.triangles()[i] + n;
        }
        return new GlbMesh(pos, uv, tri).toGlb();
    }

    /**
     * @param args the output file
     * @throws IOException if it cannot be written
     */
    public static void main(String[] args) throws IOException {
        Files.write(Path.of(args[0]), make());
    }
}
