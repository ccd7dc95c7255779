package ai.fvgs.render.internal;

import java.util.Arrays;

/**
 * The screen-space triangles made from a run of one mesh's triangles, after culling and clipping, and
 * their lists per tile. Batches follow the scene's item order and each keeps its triangles in mesh order,
 * so visiting the batches in order visits a tile's triangles in the order they were submitted.
 * <p>
 * Each vertex of a triangle refers to its attributes (world position, normal, texture coordinates): a
 * reference {@code r >= 0} is a mesh vertex, {@code r < 0} is entry {@code ~r} of this batch's pool of
 * vertices made by clipping.
 */
final class TriangleBatch {

    /** Flag: the triangle shows its back face (double-sided materials only); the shader flips its normal. */
    static final byte BACK_FACE = 1;
    static final int ATTRIBUTES = 8;

    PassItem item;
    int first;
    int end;

    int count;
    int[] x = new int[0];
    int[] y = new int[0];
    float[] key = new float[0];
    int[] ref = new int[0];
    int[] source = new int[0];
    byte[] flags = new byte[0];
    int[] tileBox = new int[0];

    int poolCount;
    float[] pool = new float[0];

    int[] binStart = new int[0];
    int[] binTriangles = new int[0];

    void reset(PassItem passItem, int firstTriangle, int endTriangle) {
        this.item = passItem;
        this.first = firstTriangle;
        this.end = endTriangle;
        this.count = 0;
        this.poolCount = 0;
    }

    /** @return index of a new triangle, storage grown as needed */
    int addTriangle() {
        if (count == source.length) {
            int cap = Math.max(256, count * 2);
            x = Arrays.copyOf(x, 3 * cap);
            y = Arrays.copyOf(y, 3 * cap);
            key = Arrays.copyOf(key, 3 * cap);
            ref = Arrays.copyOf(ref, 3 * cap);
            source = Arrays.copyOf(source, cap);
            flags = Arrays.copyOf(flags, cap);
            tileBox = Arrays.copyOf(tileBox, 4 * cap);
        }
        return count++;
    }

    /** @return the reference ({@code < 0}) of a new pool vertex whose attributes the caller writes at {@link #poolOffset} */
    int addPoolVertex() {
        if ((poolCount + 1) * ATTRIBUTES > pool.length) {
            pool = Arrays.copyOf(pool, Math.max(64 * ATTRIBUTES, pool.length * 2));
        }
        return ~poolCount++;
    }

    static int poolOffset(int reference) {
        return ~reference * ATTRIBUTES;
    }

    /** Sorts the triangles into per-tile lists by their tile bounding boxes (a counting sort, stable). */
    void bin(TileGrid grid) {
        int tiles = grid.count();
        if (binStart.length < tiles + 1) {
            binStart = new int[tiles + 1];
        }
        Arrays.fill(binStart, 0, tiles + 1, 0);
        for (int t = 0; t < count; t++) {
            int[] b = tileBox;
            for (int ty = b[4 * t + 1]; ty <= b[4 * t + 3]; ty++) {
                for (int tx = b[4 * t]; tx <= b[4 * t + 2]; tx++) {
                    binStart[ty * grid.tilesX + tx + 1]++;
                }
            }
        }
        for (int i = 0; i < tiles; i++) {
            binStart[i + 1] += binStart[i];
        }
        int total = binStart[tiles];
        if (binTriangles.length < total) {
            binTriangles = new int[Math.max(total, binTriangles.length * 2)];
        }
        fillBins(grid);
    }

    private void fillBins(TileGrid grid) {
        int tiles = grid.count();
        // binStart[i] is used as the write cursor of tile i and restored afterwards
        for (int t = 0; t < count; t++) {
            for (int ty = tileBox[4 * t + 1]; ty <= tileBox[4 * t + 3]; ty++) {
                for (int tx = tileBox[4 * t]; tx <= tileBox[4 * t + 2]; tx++) {
                    binTriangles[binStart[ty * grid.tilesX + tx]++] = t;
                }
            }
        }
        for (int i = tiles; i > 0; i--) {
            binStart[i] = binStart[i - 1];
        }
        binStart[0] = 0;
    }
}
