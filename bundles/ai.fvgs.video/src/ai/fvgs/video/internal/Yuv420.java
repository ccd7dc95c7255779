package ai.fvgs.video.internal;

import java.nio.ByteBuffer;

/**
 * Converts opaque ARGB frames to planar YUV 4:2:0 (FFmpeg's {@code yuv420p}) for the encoders, in place of
 * FFmpeg's software scaler, which took about a quarter of the H.264 encoder's time at 1080p. ITU-R BT.601 with
 * limited range (luma 16 to 235, chroma 16 to 240), the matrix FFmpeg's scaler uses by default, in 16-bit fixed
 * point; each chroma sample is the mean of its 2x2 pixels. The alpha bytes are ignored. Frame sides are even
 * ({@code VideoSpec} requires that for 4:2:0 formats). One instance per writer: it keeps its planes between frames.
 */
final class Yuv420 {

    // BT.601 limited range, times 65536: Y = 16 + 0.256788 R + 0.504129 G + 0.097906 B, U and V around 128
    private static final int YR = 16829, YG = 33039, YB = 6416;
    private static final int UR = -9714, UG = -19070, UB = 28784;
    private static final int VR = 28784, VG = -24103, VB = -4681;
    private static final int Y_OFFSET = (16 << 16) + (1 << 15);
    /** Chroma comes from the sum of four pixels: 128 and the rounding half scaled by 4. */
    private static final int C_OFFSET = (128 << 18) + (1 << 17);

    private final int width;
    private final int height;
    private final int chromaWidth;
    private final byte[] y;
    private final byte[] u;
    private final byte[] v;

    /**
     * @param width  frame width in pixels, even
     * @param height frame height in pixels, even
     * @throws IllegalArgumentException if a side is odd
     */
    Yuv420(int width, int height) {
        if (width % 2 != 0 || height % 2 != 0) {
            throw new IllegalArgumentException("frame size " + width + "x" + height + " has an odd side; 4:2:0 needs even sides");
        }
        this.width = width;
        this.height = height;
        this.chromaWidth = width / 2;
        int chromaHeight = height / 2;
        this.y = new byte[width * height];
        this.u = new byte[chromaWidth * chromaHeight];
        this.v = new byte[chromaWidth * chromaHeight];
    }

    /** @return bytes of one frame: the Y plane, then U, then V, each packed without padding */
    int frameBytes() {
        return y.length + u.length + v.length;
    }

    /**
     * @param argb the frame, row-major, {@code width * height} pixels
     * @param out  receives the three planes from position 0; its limit is set to {@link #frameBytes}
     */
    void convert(int[] argb, ByteBuffer out) {
        luma(argb);
        for (int row = 0; row < height; row += 2) {
            chromaRows(argb, row * width, (row >> 1) * chromaWidth);
        }
        out.clear();
        out.put(y).put(u).put(v);
        out.flip();
    }

    /** The luma of every pixel: a plain loop that the JIT compiles to vector instructions. */
    private void luma(int[] argb) {
        byte[] ly = y;
        int n = ly.length;
        for (int i = 0; i < n; i++) {
            int p = argb[i];
            ly[i] = (byte) (YR * (p >> 16 & 0xFF) + YG * (p >> 8 & 0xFF) + YB * (p & 0xFF) + Y_OFFSET >> 16);
        }
    }

    /** One row of chroma from two rows of pixels, from index {@code top} on. */
    private void chromaRows(int[] argb, int top, int chroma) {
        int bottom = top + width;
        for (int x = 0; x < width; x += 2) {
            int a = argb[top + x], b = argb[top + x + 1], c = argb[bottom + x], d = argb[bottom + x + 1];
            // red and blue summed in one int each pair: the channels are 8 bits apart from overflow
            int rb = (a & 0xFF00FF) + (b & 0xFF00FF) + (c & 0xFF00FF) + (d & 0xFF00FF);
            int g = (a >> 8 & 0xFF) + (b >> 8 & 0xFF) + (c >> 8 & 0xFF) + (d >> 8 & 0xFF);
            chroma(rb >> 16, g, rb & 0x3FF, chroma + (x >> 1));
        }
    }

    /** Chroma of four pixels' summed channels. */
    private void chroma(int r4, int g4, int b4, int at) {
        u[at] = (byte) (UR * r4 + UG * g4 + UB * b4 + C_OFFSET >> 18);
        v[at] = (byte) (VR * r4 + VG * g4 + VB * b4 + C_OFFSET >> 18);
    }
}
