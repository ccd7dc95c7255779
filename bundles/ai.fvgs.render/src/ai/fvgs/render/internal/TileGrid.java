package ai.fvgs.render.internal;

/** The frame (or shadow map) cut into square tiles of {@value #SIZE} pixels, row by row. */
final class TileGrid {

    static final int SHIFT = 5;
    static final int SIZE = 1 << SHIFT;

    final int width;
    final int height;
    final int tilesX;
    final int tilesY;

    TileGrid(int width, int height) {
        this.width = width;
        this.height = height;
        this.tilesX = (width + SIZE - 1) >> SHIFT;
        this.tilesY = (height + SIZE - 1) >> SHIFT;
    }

    int count() {
        return tilesX * tilesY;
    }

    int x0(int tile) {
        return (tile % tilesX) << SHIFT;
    }

    int y0(int tile) {
        return (tile / tilesX) << SHIFT;
    }

    int width(int tile) {
        return Math.min(SIZE, width - x0(tile));
    }

    int height(int tile) {
        return Math.min(SIZE, height - y0(tile));
    }
}
