package ai.fvgs.video.internal;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * A fast PNG encoder for 8-bit RGB or RGBA images and 8- or 16-bit grey images: every row uses the "Sub" filter and the zlib level is
 * chosen by the caller (1 for speed). On rendered 1280x720 frames it takes about 15 ms per frame where ImageIO's
 * writer takes about 55 ms, for files about 1.7 times larger (see docs/performance.md). Reuses its buffers; one
 * instance per thread.
 */
public final class PngEncoder implements AutoCloseable {

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final int FILTER_SUB = 1;

    private final Deflater deflater;
    private final CRC32 crc = new CRC32();
    private final byte[] chunk = new byte[64 * 1024];
    private byte[] raw = new byte[0];

    /** @param level zlib compression level, 0 (store) to 9 (smallest) */
    public PngEncoder(int level) {
        deflater = new Deflater(level);
    }

    /**
     * Encodes an image.
     *
     * @param argb   non-premultiplied ARGB pixels, row-major, at least {@code width * height}
     * @param width  in pixels
     * @param height in pixels
     * @param alpha  write RGBA (colour type 6) rather than RGB (colour type 2)
     * @return the PNG file's bytes
     */
    public byte[] encode(int[] argb, int width, int height, boolean alpha) {
        int channels = alpha ? 4 : 3;
        int rowBytes = 1 + width * channels;
        int size = rowBytes * height;
        if (raw.length < size) {
            raw = new byte[size];
        }
        filterRows(argb, width, height, channels);
        return assemble(width, height, 8, alpha ? 6 : 2, size);
    }

    /**
     * Encodes an 8-bit grey image (colour type 0).
     *
     * @param grey   one byte per pixel, row-major, at least {@code width * height}
     * @param width  in pixels
     * @param height in pixels
     * @return the PNG file's bytes
     */
    public byte[] encodeGrey8(byte[] grey, int width, int height) {
        int size = (1 + width) * height;
        if (raw.length < size) {
            raw = new byte[size];
        }
        int o = 0;
        for (int y = 0; y < height; y++) {
            raw[o++] = FILTER_SUB;
            int p = y * width;
            int prev = 0;
            for (int x = 0; x < width; x++) {
                int v = grey[p + x] & 0xff;
                raw[o++] = (byte) (v - prev);
                prev = v;
            }
        }
        return assemble(width, height, 8, 0, size);
    }

    /**
     * Encodes a 16-bit grey image (colour type 0, big-endian samples as PNG requires).
     *
     * @param grey   one unsigned 16-bit sample per pixel, row-major, at least {@code width * height}
     * @param width  in pixels
     * @param height in pixels
     * @return the PNG file's bytes
     */
    public byte[] encodeGrey16(char[] grey, int width, int height) {
        int size = (1 + 2 * width) * height;
        if (raw.length < size) {
            raw = new byte[size];
        }
        int o = 0;
        for (int y = 0; y < height; y++) {
            raw[o++] = FILTER_SUB;
            int p = y * width;
            int ph = 0, pl = 0;
            for (int x = 0; x < width; x++) {
                int v = grey[p + x];
                int hi = v >>> 8, lo = v & 0xff;
                raw[o] = (byte) (hi - ph);
                raw[o + 1] = (byte) (lo - pl);
                ph = hi;
                pl = lo;
                o += 2;
            }
        }
        return assemble(width, height, 16, 0, size);
    }

    private byte[] assemble(int width, int height, int bitDepth, int colourType, int size) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(size / 4 + 1024);
        out.writeBytes(SIGNATURE);
        ByteBuffer header = ByteBuffer.allocate(13).putInt(width).putInt(height)
                .put((byte) bitDepth).put((byte) colourType).put((byte) 0).put((byte) 0).put((byte) 0);
        writeChunk(out, "IHDR", header.array(), 13);
        writeImageData(out, size);
        writeChunk(out, "IEND", new byte[0], 0);
        return out.toByteArray();
    }

    private void filterRows(int[] argb, int width, int height, int channels) {
        int o = 0;
        for (int y = 0; y < height; y++) {
            raw[o++] = FILTER_SUB;
            int p = y * width;
            int pr = 0, pg = 0, pb = 0, pa = 0;
            for (int x = 0; x < width; x++) {
                int c = argb[p + x];
                int r = (c >>> 16) & 0xff, g = (c >>> 8) & 0xff, b = c & 0xff;
                raw[o] = (byte) (r - pr);
                raw[o + 1] = (byte) (g - pg);
                raw[o + 2] = (byte) (b - pb);
                if (channels == 4) {
                    int a = c >>> 24;
                    raw[o + 3] = (byte) (a - pa);
                    pa = a;
                }
                pr = r;
                pg = g;
                pb = b;
                o += channels;
            }
        }
    }

    private void writeImageData(ByteArrayOutputStream out, int size) {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream(size / 4 + 1024);
        deflater.reset();
        deflater.setInput(raw, 0, size);
        deflater.finish();
        while (!deflater.finished()) {
            int n = deflater.deflate(chunk);
            compressed.write(chunk, 0, n);
        }
        byte[] data = compressed.toByteArray();
        writeChunk(out, "IDAT", data, data.length);
    }

    private void writeChunk(ByteArrayOutputStream out, String type, byte[] data, int length) {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        writeInt(out, length);
        out.writeBytes(typeBytes);
        out.write(data, 0, length);
        crc.reset();
        crc.update(typeBytes);
        crc.update(data, 0, length);
        writeInt(out, (int) crc.getValue());
    }

    /** Frees the compressor's native memory. */
    @Override
    public void close() {
        deflater.end();
    }

    private static void writeInt(ByteArrayOutputStream out, int v) {
        out.write(v >>> 24);
        out.write(v >>> 16);
        out.write(v >>> 8);
        out.write(v);
    }
}
