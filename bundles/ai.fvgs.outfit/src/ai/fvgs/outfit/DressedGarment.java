package ai.fvgs.outfit;

import java.util.Map;
import java.util.Set;

import ai.fvgs.avatar.AvatarMesh;
import ai.fvgs.avatar.BodyPart;
import ai.fvgs.avatar.MaterialSlot;
import ai.fvgs.outfit.internal.FittedMesh;
import ai.fvgs.outfit.internal.Normals;
import ai.fvgs.outfit.internal.Region;
import ai.fvgs.scene.Material;
import ai.fvgs.sdk.garment.GarmentCategory;

/**
 * One garment fitted to the avatar in the bind pose: a triangle mesh with fabric uvs, skin binding and,
 * for loose parts, which vertices move as cloth. Arrays returned are shared: do not modify them.
 */
public final class DressedGarment {

    private final String styleId;
    private final GarmentCategory category;
    private final int layer;
    private final FittedMesh mesh;
    private final Appearance appearance;
    private final float[] bindNormals;
    private final AvatarMesh skinned;
    private final Normals normals;
    private final int stack;
    private final Material material;

    DressedGarment(String styleId, GarmentCategory category, int layer, FittedMesh mesh, Appearance appearance, int[] joints,
            float[] weights, int stack, Material material) {
        this.stack = stack;
        this.material = material;
        this.styleId = styleId;
        this.category = category;
        this.layer = layer;
        this.mesh = mesh;
        this.appearance = appearance;
        this.normals = new Normals(mesh.positions());
        this.bindNormals = new float[mesh.positions().length];
        normals.compute(mesh.positions(), mesh.triangles(), bindNormals);
        byte[] parts = new byte[mesh.vertexCount()];
        for (int v = 0; v < parts.length; v++) {
            parts[v] = (byte) Region.of(mesh.regions()[v]).parts().iterator().next().id();
        }
        this.skinned = new AvatarMesh(mesh.positions(), bindNormals, mesh.uvs(), joints, weights, parts,
                Map.of(MaterialSlot.SKIN, mesh.triangles()));
    }

    /** @return the garment style's id */
    public String styleId() {
        return styleId;
    }

    /** @return the style's category */
    public GarmentCategory category() {
        return category;
    }

    /** @return the style's layer, 1 (next to the skin) to 3 (outerwear) */
    public int layer() {
        return layer;
    }

    /** @return number of vertices */
    public int vertexCount() {
        return mesh.vertexCount();
    }

    /** @return three vertex indices per triangle, counter-clockwise seen from outside */
    public int[] triangles() {
        return mesh.triangles();
    }

    /** @return uv per vertex in metres of fabric: a pattern tile of size s repeats every s metres */
    public float[] uvs() {
        return mesh.uvs();
    }

    /** @return colour, shading and pattern */
    public Appearance appearance() {
        return appearance;
    }

    /** @return xyz per vertex in the bind pose, metres */
    public float[] bindPositions() {
        return mesh.positions();
    }

    /** @return unit normal per vertex in the bind pose */
    public float[] bindNormals() {
        return bindNormals;
    }

    /**
     * @param vertex a vertex index
     * @return the body parts the vertex was fitted over (the trunk and both legs for the body of a garment,
     *         one arm for a sleeve, one leg for a trouser leg)
     */
    public Set<BodyPart> coveredParts(int vertex) {
        return Region.of(mesh.regions()[vertex]).parts();
    }

    /** @return pin weight per vertex: 1 follows the skin, 0 moves as cloth */
    public float[] pinWeights() {
        return mesh.pins();
    }

    /** @return whether part of the garment moves as cloth */
    public boolean hasCloth() {
        return mesh.hasCloth();
    }

    FittedMesh mesh() {
        return mesh;
    }

    /** @return position in fitting order: 0 is fitted first, next to the skin */
    int stack() {
        return stack;
    }

    Material material() {
        return material;
    }

    AvatarMesh skinnedMesh() {
        return skinned;
    }

    Normals normals() {
        return normals;
    }
}
