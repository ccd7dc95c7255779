package ai.fvgs.avatar;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * The avatar's skinned triangle mesh in the bind pose. Arrays are shared, not copied: do not modify them.
 * Per vertex: position and normal (xyz), uv, four joint indices into {@link Skeleton#NAMES} with four
 * weights summing to 1, and a {@link BodyPart} id. Triangles are listed per {@link MaterialSlot},
 * counter-clockwise seen from outside; every part is a closed surface.
 */
public final class AvatarMesh {

    private final float[] positions;
    private final float[] normals;
    private final float[] uvs;
    private final int[] joints;
    private final float[] weights;
    private final byte[] parts;
    private final Map<MaterialSlot, int[]> triangles;

    /**
     * @param positions xyz per vertex
     * @param normals   xyz per vertex, unit length
     * @param uvs       uv per vertex
     * @param joints    four joint indices per vertex
     * @param weights   four weights per vertex
     * @param parts     {@link BodyPart#id()} per vertex
     * @param triangles vertex indices, three per triangle, per material
     */
    public AvatarMesh(float[] positions, float[] normals, float[] uvs, int[] joints, float[] weights, byte[] parts,
            Map<MaterialSlot, int[]> triangles) {
        this.positions = positions;
        this.normals = normals;
        this.uvs = uvs;
        this.joints = joints;
        this.weights = weights;
        this.parts = parts;
        this.triangles = Collections.unmodifiableMap(new EnumMap<>(triangles));
    }

    /** @return number of vertices */
    public int vertexCount() {
        return positions.length / 3;
    }

    /** @return number of triangles over all materials */
    public int triangleCount() {
        return triangles.values().stream().mapToInt(t -> t.length / 3).sum();
    }

    /** @return xyz per vertex, metres */
    public float[] positions() {
        return positions;
    }

    /** @return unit normal xyz per vertex */
    public float[] normals() {
        return normals;
    }

    /** @return uv per vertex */
    public float[] uvs() {
        return uvs;
    }

    /** @return four joint indices per vertex */
    public int[] joints() {
        return joints;
    }

    /** @return four weights per vertex */
    public float[] weights() {
        return weights;
    }

    /** @return body part id per vertex */
    public byte[] parts() {
        return parts;
    }

    /** @return triangles per material */
    public Map<MaterialSlot, int[]> triangles() {
        return triangles;
    }
}
