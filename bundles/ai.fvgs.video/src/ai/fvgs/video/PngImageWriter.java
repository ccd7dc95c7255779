package ai.fvgs.video;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import ai.fvgs.video.internal.PngEncoder;
import ai.fvgs.video.internal.StagedFile;

/**
 * Writes single PNG images (RGB, RGBA, 8-bit grey, 16-bit grey) with the fast encoder of
 * {@link PngSequenceWriter}. Each file is written under a hidden temporary name in its folder and renamed when
 * complete, so a reader never sees half a file. One instance per thread; close it to free the compressor.
 */
public final class PngImageWriter implements AutoCloseable {

    private final PngEncoder encoder;

    /** A writer with zlib level 1 (fast). */
    public PngImageWriter() {
        this(1);
    }

    /** @param zlibLevel 0 (store) to 9 (smallest) */
    public PngImageWriter(int zlibLevel) {
        if (zlibLevel < 0 || zlibLevel > 9) {
            throw new IllegalArgumentException("zlib level " + zlibLevel + " is not allowed; allowed: 0 to 9");
        }
        encoder = new PngEncoder(zlibLevel);
    }

    /**
     * @param file   the PNG file to write (replaced if it exists)
     * @param argb   pixels, row-major; alpha ignored
     * @param width  in pixels
     * @param height in pixels
     * @throws VideoException if the file cannot be written
     */
    public void writeRgb(Path file, int[] argb, int width, int height) throws VideoException {
        check(argb.length, width, height);
        write(file, encoder.encode(argb, width, height, false));
    }

    /**
     * @param file   the PNG file to write (replaced if it exists)
     * @param argb   non-premultiplied pixels, row-major
     * @param width  in pixels
     * @param height in pixels
     * @throws VideoException if the file cannot be written
     */
    public void writeRgba(Path file, int[] argb, int width, int height) throws VideoException {
        check(argb.length, width, height);
        write(file, encoder.encode(argb, width, height, true));
    }

    /**
     * @param file   the PNG file to write (replaced if it exists)
     * @param grey   one byte per pixel
     * @param width  in pixels
     * @param height in pixels
     * @throws VideoException if the file cannot be written
     */
    public void writeGrey8(Path file, byte[] grey, int width, int height) throws VideoException {
        check(grey.length, width, height);
        write(file, encoder.encodeGrey8(grey, width, height));
    }

    /**
     * @param file   the PNG file to write (replaced if it exists)
     * @param grey   one unsigned 16-bit sample per pixel
     * @param width  in pixels
     * @param height in pixels
     * @throws VideoException if the file cannot be written
     */
    public void writeGrey16(Path file, char[] grey, int width, int height) throws VideoException {
        check(grey.length, width, height);
        write(file, encoder.encodeGrey16(grey, width, height));
    }

    private static void check(int length, int width, int height) {
        if (width < 1 || height < 1 || (long) width * height > length) {
            throw new IllegalArgumentException("image size " + width + "x" + height + " does not match " + length + " pixels");
        }
    }

    private static void write(Path file, byte[] png) throws VideoException {
        StagedFile staged = StagedFile.create(file.toAbsolutePath().normalize());
        try {
            Files.write(staged.temp(), png);
        } catch (IOException e) {
            staged.discard();
            throw new VideoException(staged.target(), "cannot write the PNG image (" + e + ")", e);
        }
        staged.commit();
    }

    @Override
    public void close() {
        encoder.close();
    }
}
