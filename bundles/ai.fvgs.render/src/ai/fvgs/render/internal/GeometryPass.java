package ai.fvgs.render.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import ai.fvgs.render.SceneItem;

/**
 * The geometry of one pass (the camera's, or a light's): projects the items' vertices, then sets up and bins
 * their triangles in batches, both in parallel. Batches are numbered in item and triangle order, which the
 * tile stage relies on. Objects are kept between frames and reused.
 */
final class GeometryPass {

    /** Triangles per batch; with at most 7 triangles per clipped triangle, a batch stays below 2^16. */
    static final int BATCH_TRIANGLES = 4096;
    /** Batches per pass: triangle ids are {@code batch << 16 | triangle} and must stay positive. */
    static final int MAX_BATCHES = 1 << 15;
    private static final int VERTEX_CHUNK = 8192;

    private final List<PassItem> items = new ArrayList<>();
    private int itemCount;
    TriangleBatch[] batches = new TriangleBatch[0];
    int batchCount;
    Projection projection;
    TileGrid grid;
    private int[] chunks = new int[0];
    private int chunkCount;

    void clear() {
        itemCount = 0;
    }

    void add(SceneItem item, SurfaceMaterial material) {
        if (itemCount == items.size()) {
            items.add(new PassItem());
        }
        items.get(itemCount++).set(item, material);
    }

    List<PassItem> items() {
        return items.subList(0, itemCount);
    }

    int itemCount() {
        return itemCount;
    }

    /** Projects, clips, culls and bins every item's triangles for the given view. */
    void prepare(Projection p, TileGrid g, WorkerPool pool, TriangleSetup[] setups) {
        this.projection = p;
        this.grid = g;
        planChunks();
        pool.run(chunkCount, (unit, slot) -> {
            PassItem item = items.get(chunks[3 * unit]);
            p.transform(item.mesh.positions(), chunks[3 * unit + 1], chunks[3 * unit + 2], item.vertices);
        });
        planBatches();
        pool.run(batchCount, (unit, slot) -> setups[slot].run(batches[unit], p, g));
    }

    private void planChunks() {
        chunkCount = 0;
        for (int i = 0; i < itemCount; i++) {
            int n = items.get(i).mesh.vertexCount();
            for (int from = 0; from < n; from += VERTEX_CHUNK) {
                if (3 * chunkCount + 3 > chunks.length) {
                    chunks = Arrays.copyOf(chunks, Math.max(48, chunks.length * 2));
                }
                chunks[3 * chunkCount] = i;
                chunks[3 * chunkCount + 1] = from;
                chunks[3 * chunkCount + 2] = Math.min(n, from + VERTEX_CHUNK);
                chunkCount++;
            }
        }
    }

    private void planBatches() {
        batchCount = 0;
        for (int i = 0; i < itemCount; i++) {
            PassItem item = items.get(i);
            int n = item.mesh.triangleCount();
            for (int first = 0; first < n; first += BATCH_TRIANGLES) {
                if (batchCount == MAX_BATCHES) {
                    throw new IllegalArgumentException("the scene has too many triangles: at most "
                            + (long) MAX_BATCHES * BATCH_TRIANGLES + " per frame");
                }
                if (batchCount == batches.length) {
                    batches = Arrays.copyOf(batches, Math.max(16, batches.length * 2));
                }
                if (batches[batchCount] == null) {
                    batches[batchCount] = new TriangleBatch();
                }
                batches[batchCount++].reset(item, first, Math.min(n, first + BATCH_TRIANGLES));
            }
        }
    }
}
