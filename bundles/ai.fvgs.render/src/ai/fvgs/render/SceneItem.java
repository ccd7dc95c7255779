package ai.fvgs.render;

/**
 * One mesh in a {@link Scene}: its geometry, its material and its segmentation part ids.
 * <p>
 * Part ids are integers the caller defines (body parts, garments, props), 0 or more; the renderer writes
 * them into {@link FrameBuffers#partIds()} and uses -1 for the background. Give one id for the whole mesh,
 * or one per triangle.
 */
public final class SceneItem {

    private final Mesh mesh;
    private final Material material;
    private final int partId;
    private final int[] trianglePartIds;

    /**
     * @param mesh     the geometry
     * @param material how it looks
     * @param partId   segmentation id of every triangle, 0 or more
     * @throws IllegalArgumentException if the id is negative
     */
    public SceneItem(Mesh mesh, Material material, int partId) {
        this(mesh, material, partId, null);
        if (partId < 0) {
            throw new IllegalArgumentException("part id " + partId + " is invalid: it must be 0 or more (-1 means background)");
        }
    }

    /**
     * @param mesh            the geometry
     * @param material        how it looks
     * @param trianglePartIds segmentation id per triangle, each 0 or more; used as given, not copied
     * @throws IllegalArgumentException if there is not one id per triangle or an id is negative
     */
    public SceneItem(Mesh mesh, Material material, int[] trianglePartIds) {
        this(mesh, material, -1, trianglePartIds);
        if (trianglePartIds.length != mesh.triangleCount()) {
            throw new IllegalArgumentException("triangle part ids: " + trianglePartIds.length + " given for "
                    + mesh.triangleCount() + " triangles");
        }
        for (int i = 0; i < trianglePartIds.length; i++) {
            if (trianglePartIds[i] < 0) {
                throw new IllegalArgumentException("triangle part ids[" + i + "] = " + trianglePartIds[i]
                        + " is invalid: it must be 0 or more");
            }
        }
    }

    private SceneItem(Mesh mesh, Material material, int partId, int[] trianglePartIds) {
        if (mesh == null || material == null) {
            throw new IllegalArgumentException("a scene item needs a mesh and a material");
        }
        this.mesh = mesh;
        this.material = material;
        this.partId = partId;
        this.trianglePartIds = trianglePartIds;
    }

    /** @return the geometry */
    public Mesh mesh() {
        return mesh;
    }

    /** @return the material */
    public Material material() {
        return material;
    }

    /**
     * @param triangle index of a triangle of the mesh
     * @return its segmentation id
     */
    public int partOf(int triangle) {
        return trianglePartIds == null ? partId : trianglePartIds[triangle];
    }
}
