package ai.fvgs.outfit.internal;

import java.util.List;

/**
 * A garment fitted to a body in the bind pose, before skinning: geometry, fabric uvs, per-vertex region,
 * pin weight (1 follows the skin, 0 is cloth) and anchor, and the areas of skin it hides.
 *
 * @param positions xyz per vertex, metres
 * @param uvs       fabric uv per vertex, metres
 * @param triangles three indices per triangle, counter-clockwise seen from outside
 * @param regions   {@link Region} ordinal per vertex
 * @param pins      pin weight per vertex
 * @param anchors   pinned vertex a cloth vertex starts from, -1 for pinned ones
 * @param cloth     per vertex, whether it belongs to a piece simulated as cloth (pinned seams included)
 * @param covers    where it hides the body
 */
public record FittedMesh(float[] positions, float[] uvs, int[] triangles, byte[] regions, float[] pins, int[] anchors,
        boolean[] cloth, List<Coverage> covers) {

    /** @return number of vertices */
    public int vertexCount() {
        return positions.length / 3;
    }

    /** @return whether any vertex moves as cloth */
    public boolean hasCloth() {
        for (boolean c : cloth) {
            if (c) {
                return true;
            }
        }
        return false;
    }

    static FittedMesh of(MeshAccumulator m, List<Coverage> covers) {
        return new FittedMesh(m.positions(), m.uvs(), m.triangles(), m.regions(), m.pins(), m.anchors(), m.cloth(), List.copyOf(covers));
    }
}
