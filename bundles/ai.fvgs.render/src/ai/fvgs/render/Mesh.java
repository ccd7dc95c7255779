package ai.fvgs.render;

/**
 * A triangle mesh in world space, as it stands in one frame (already posed and skinned). Vertices carry a
 * position, a normal and optionally texture coordinates; triangles index them.
 * <p>
 * Front faces wind counter-clockwise when seen from the side their normals point to (the OpenGL
 * convention). The arrays are used as given, not copied, so that a caller can refill them every frame
 * without allocating: do not change them while a frame that uses them is being rendered.
 */
public final class Mesh {

    private final float[] positions;
    private final float[] normals;
    private final float[] uvs;
    private final int[] indices;

    /**
     * @param positions {@code x, y, z} per vertex, world space
     * @param normals   {@code x, y, z} per vertex, world space; need not be unit length
     * @param uvs       {@code u, v} per vertex (see {@link Texture}), or {@code null} when the mesh has none
     * @param indices   three vertex indices per triangle
     * @throws IllegalArgumentException if the array lengths do not fit together or an index is out of range
     */
    public Mesh(float[] positions, float[] normals, float[] uvs, int[] indices) {
        if (positions.length % 3 != 0) {
            throw new IllegalArgumentException("mesh positions: length " + positions.length + " is not a multiple of 3");
        }
        int vertices = positions.length / 3;
        if (normals.length != positions.length) {
            throw new IllegalArgumentException("mesh normals: length " + normals.length + " must equal the positions' length "
                    + positions.length);
        }
        if (uvs != null && uvs.length != vertices * 2) {
            throw new IllegalArgumentException("mesh uvs: length " + uvs.length + " must be 2 per vertex (" + vertices * 2 + ")");
        }
        if (indices.length % 3 != 0) {
            throw new IllegalArgumentException("mesh indices: length " + indices.length + " is not a multiple of 3");
        }
        for (int i = 0; i < indices.length; i++) {
            if (indices[i] < 0 || indices[i] >= vertices) {
                throw new IllegalArgumentException("mesh indices[" + i + "] = " + indices[i] + " is out of range: the mesh has "
                        + vertices + " vertices");
            }
        }
        this.positions = positions;
        this.normals = normals;
        this.uvs = uvs;
        this.indices = indices;
    }

    /** @return number of vertices */
    public int vertexCount() {
        return positions.length / 3;
    }

    /** @return number of triangles */
    public int triangleCount() {
        return indices.length / 3;
    }

    /** @return {@code x, y, z} per vertex (the caller's array, not a copy) */
    public float[] positions() {
        return positions;
    }

    /** @return {@code x, y, z} per vertex (the caller's array, not a copy) */
    public float[] normals() {
        return normals;
    }

    /** @return {@code u, v} per vertex (the caller's array, not a copy), or {@code null} */
    public float[] uvs() {
        return uvs;
    }

    /** @return three vertex indices per triangle (the caller's array, not a copy) */
    public int[] indices() {
        return indices;
    }
}
