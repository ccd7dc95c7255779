package ai.fvgs.render.internal;

/**
 * The shortcut for tiles that show nothing but the background: most of a production frame, where the model
 * covers a few percent of the pixels and an invisible shadow-catching floor the lower half. Such a tile needs
 * no rasterizing, shading or resolving; its background rows are copied and its guidance buffers filled as
 * empty, which is what the full path writes there. One instance per thread.
 */
final class BackgroundTiles {

    /** The tile's corners, in 1/256 pixel, handed to {@link DeferredShader#catcherMayBeShadowed}. */
    private final double[] cornerX = new double[4];
    private final double[] cornerY = new double[4];

    /**
     * Writes the tile at once if it shows nothing but the background: if no triangle meets it, or only shadow
     * catchers' that no shadow map reaches there, over a background without fully transparent pixels (where a
     * catcher meets one, the pixel becomes 0 instead, so such tiles take the full path).
     *
     * @param catchers the tile renderer's shader of shadow-catcher points, used for its shadow test only
     * @return whether the tile is written
     */
    boolean write(GeometryPass pass, int tile, PixelWriter writer, DeferredShader catchers) {
        boolean catchersOnly = true;
        boolean any = false;
        for (int bi = 0; bi < pass.batchCount && catchersOnly; bi++) {
            TriangleBatch b = pass.batches[bi];
            if (b.binStart[tile + 1] > b.binStart[tile]) {
                any = true;
                catchersOnly = b.item.material.shadowCatcher;
            }
        }
        TileGrid g = pass.grid;
        int x0 = g.x0(tile), y0 = g.y0(tile), w = g.width(tile), h = g.height(tile);
        if (!any) {
            writer.background(x0, y0, w, h);
            return true;
        }
        if (!catchersOnly) {
            return false;
        }
        cornerX[0] = cornerX[3] = (long) x0 << Projection.SUBPIXEL_BITS;
        cornerX[1] = cornerX[2] = (long) (x0 + w) << Projection.SUBPIXEL_BITS;
        cornerY[0] = cornerY[1] = (long) y0 << Projection.SUBPIXEL_BITS;
        cornerY[2] = cornerY[3] = (long) (y0 + h) << Projection.SUBPIXEL_BITS;
        for (int bi = 0; bi < pass.batchCount; bi++) {
            TriangleBatch b = pass.batches[bi];
            for (int k = b.binStart[tile]; k < b.binStart[tile + 1]; k++) {
                if (catchers.catcherMayBeShadowed(b, b.binTriangles[k], cornerX, cornerY, 4)) {
                    return false;
                }
            }
        }
        // the full path overwrites every pixel of the tile if the background turns out not to be opaque
        return writer.opaqueBackground(x0, y0, w, h);
    }
}
