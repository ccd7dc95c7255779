package ai.fvgs.render.internal;

import ai.fvgs.render.Mesh;

/**
 * Turns a batch's run of mesh triangles into screen-space triangles: rejects those outside a clip plane,
 * clips those crossing one, culls back faces of single-sided materials, orients every triangle so that
 * its edge functions are positive inside, and bins the result into tiles. One instance per thread.
 */
final class TriangleSetup {

    private final PolygonClipper clipper = new PolygonClipper();
    private final int[] vx = new int[3];
    private final int[] vy = new int[3];
    private final float[] vk = new float[3];
    private final int[] vr = new int[3];
    private final int[] px = new int[3 + Projection.PLANES];
    private final int[] py = new int[3 + Projection.PLANES];
    private final float[] pk = new float[3 + Projection.PLANES];
    private final int[] pr = new int[3 + Projection.PLANES];

    void run(TriangleBatch b, Projection p, TileGrid grid) {
        PassItem item = b.item;
        ClipVertices cv = item.vertices;
        int[] idx = item.mesh.indices();
        boolean doubleSided = item.material.doubleSided;
        for (int t = b.first; t < b.end; t++) {
            int i0 = idx[3 * t];
            int i1 = idx[3 * t + 1];
            int i2 = idx[3 * t + 2];
            int o0 = cv.outcode[i0];
            int o1 = cv.outcode[i1];
            int o2 = cv.outcode[i2];
            int any = o0 | o1 | o2;
            if ((o0 & o1 & o2) != 0 || (any & Projection.INVALID) != 0) {
                continue;
            }
            if (any == 0) {
                vertex(0, cv, i0);
                vertex(1, cv, i1);
                vertex(2, cv, i2);
                emit(b, t, doubleSided, grid);
            } else {
                clipAndEmit(b, t, i0, i1, i2, any, p, grid);
            }
        }
        b.bin(grid);
    }

    private void vertex(int slot, ClipVertices cv, int v) {
        vx[slot] = cv.sx[v];
        vy[slot] = cv.sy[v];
        vk[slot] = cv.key[v];
        vr[slot] = v;
    }

    private void clipAndEmit(TriangleBatch b, int t, int i0, int i1, int i2, int planes, Projection p, TileGrid grid) {
        Mesh mesh = b.item.mesh;
        ClipVertices cv = b.item.vertices;
        int n = clipper.clip(mesh, cv, i0, i1, i2, planes, p);
        if (n == 0) {
            return;
        }
        float[] data = clipper.vertex();
        for (int i = 0; i < n; i++) {
            int r = clipper.reference(i);
            if (r >= 0) {
                px[i] = cv.sx[r];
                py[i] = cv.sy[r];
                pk[i] = cv.key[r];
                pr[i] = r;
            } else {
                int o = i * PolygonClipper.STRIDE;
                px[i] = p.snapX(data[o], data[o + 3]);
                py[i] = p.snapY(data[o + 1], data[o + 3]);
                pk[i] = p.key(data[o + 2], data[o + 3]);
                pr[i] = b.addPoolVertex();
                System.arraycopy(data, o + 4, b.pool, TriangleBatch.poolOffset(pr[i]), TriangleBatch.ATTRIBUTES);
            }
        }
        for (int i = 1; i + 1 < n; i++) {
            set(0, px[0], py[0], pk[0], pr[0]);
            set(1, px[i], py[i], pk[i], pr[i]);
            set(2, px[i + 1], py[i + 1], pk[i + 1], pr[i + 1]);
            emit(b, t, b.item.material.doubleSided, grid);
        }
    }

    private void set(int slot, int x, int y, float k, int r) {
        vx[slot] = x;
        vy[slot] = y;
        vk[slot] = k;
        vr[slot] = r;
    }

    private void emit(TriangleBatch b, int source, boolean doubleSided, TileGrid grid) {
        long area = (long) (vx[1] - vx[0]) * (vy[2] - vy[0]) - (long) (vy[1] - vy[0]) * (vx[2] - vx[0]);
        // on screen (y down) a front face, counter-clockwise in view, has negative area
        boolean back = area > 0;
        if (area == 0 || back && !doubleSided) {
            return;
        }
        int minX = Math.min(vx[0], Math.min(vx[1], vx[2])) >> Projection.SUBPIXEL_BITS;
        int maxX = Math.max(vx[0], Math.max(vx[1], vx[2])) >> Projection.SUBPIXEL_BITS;
        int minY = Math.min(vy[0], Math.min(vy[1], vy[2])) >> Projection.SUBPIXEL_BITS;
        int maxY = Math.max(vy[0], Math.max(vy[1], vy[2])) >> Projection.SUBPIXEL_BITS;
        minX = Math.max(minX, 0);
        minY = Math.max(minY, 0);
        maxX = Math.min(maxX, grid.width - 1);
        maxY = Math.min(maxY, grid.height - 1);
        if (minX > maxX || minY > maxY) {
            return;
        }
        int t = b.addTriangle();
        int second = back ? 1 : 2;
        int third = back ? 2 : 1;
        store(b, 3 * t, 0);
        store(b, 3 * t + 1, second);
        store(b, 3 * t + 2, third);
        b.source[t] = source;
        b.flags[t] = back ? TriangleBatch.BACK_FACE : 0;
        b.tileBox[4 * t] = minX >> TileGrid.SHIFT;
        b.tileBox[4 * t + 1] = minY >> TileGrid.SHIFT;
        b.tileBox[4 * t + 2] = maxX >> TileGrid.SHIFT;
        b.tileBox[4 * t + 3] = maxY >> TileGrid.SHIFT;
    }

    private void store(TriangleBatch b, int at, int slot) {
        b.x[at] = vx[slot];
        b.y[at] = vy[slot];
        b.key[at] = vk[slot];
        b.ref[at] = vr[slot];
    }
}
