package ai.fvgs.video.tests;

/**
 * Animated test frames with known colours: the left half is a flat colour that moves from red to blue over
 * the sequence, the right half is dark grey with a white square that slides to the right. With alpha, the top
 * quarter is fully transparent, the next quarter half transparent, the rest opaque. A row of
 * {@value #CODE_BITS} black or white blocks at the bottom left spells the frame's index in binary, so that a
 * decoded frame can be identified exactly.
 */
final class SyntheticFrames {

    static final int TRANSPARENT_ROWS_END = 4;   // top quarter: height / 4
    static final int DARK_GREY = 0xff303030;
    static final int CODE_BITS = 7;
    static final int CODE_BLOCK = 32;

    private final int width;
    private final int height;
    private final int count;
    private final boolean alpha;

    SyntheticFrames(int width, int height, int count, boolean alpha) {
        this.width = width;
        this.height = height;
        this.count = count;
        this.alpha = alpha;
    }

    /** @return the flat colour of the left half in frame {@code i} (opaque RGB) */
    int leftColour(int i) {
        int t = count <= 1 ? 0 : 255 * i / (count - 1);
        return 0xff000000 | (255 - t) << 16 | 40 << 8 | t;
    }

    /** @return the alpha of row {@code y} */
    int alphaOfRow(int y) {
        if (!alpha) {
            return 255;
        }
        if (y < height / 4) {
            return 0;
        }
        return y < height / 2 ? 128 : 255;
    }

    int squareX(int i) {
        int side = height / 4;
        return width / 2 + (width / 2 - side) * i / Math.max(1, count - 1);
    }

    int[] frame(int i) {
        int[] argb = new int[width * height];
        int left = leftColour(i) & 0xffffff;
        int side = height / 4;
        int sx = squareX(i);
        int sy = height / 2 - side / 2;
        for (int y = 0; y < height; y++) {
            int a = alphaOfRow(y) << 24;
            for (int x = 0; x < width; x++) {
                int rgb;
                if (x < width / 2) {
                    rgb = left;
                } else if (x >= sx && x < sx + side && y >= sy && y < sy + side) {
                    rgb = 0xffffff;
                } else {
                    rgb = DARK_GREY & 0xffffff;
                }
                argb[y * width + x] = a | rgb;
            }
        }
        drawCode(argb, i);
        return argb;
    }

    private int codeTop() {
        return height - CODE_BLOCK - 8;
    }

    private void drawCode(int[] argb, int index) {
        for (int bit = 0; bit < CODE_BITS; bit++) {
            int rgb = (index >> bit & 1) == 1 ? 0xffffffff : 0xff000000;
            for (int y = codeTop(); y < codeTop() + CODE_BLOCK; y++) {
                for (int x = 8 + bit * CODE_BLOCK; x < 8 + (bit + 1) * CODE_BLOCK; x++) {
                    argb[y * width + x] = rgb;
                }
            }
        }
    }

    /**
     * @param argb a decoded frame
     * @return the frame index its code blocks spell, read at the centre of each block
     */
    int readCode(int[] argb) {
        int index = 0;
        int y = codeTop() + CODE_BLOCK / 2;
        for (int bit = 0; bit < CODE_BITS; bit++) {
            int c = argb[y * width + 8 + bit * CODE_BLOCK + CODE_BLOCK / 2];
            int luma = ((c >> 16 & 0xff) + (c >> 8 & 0xff) + (c & 0xff)) / 3;
            if (luma > 128) {
                index |= 1 << bit;
            }
        }
        return index;
    }
}
