package ai.fvgs.video;

import java.io.IOException;
import java.nio.file.Path;

import ai.fvgs.video.internal.FfmpegVideoWriter;

/**
 * Encodes frames one by one into a video file or a PNG sequence.
 *
 * <p>Nothing appears under the output name until the writer is complete: a video is written to a hidden
 * temporary file in the target folder and renamed to its final name (replacing an older file) when
 * {@link #close()} succeeds. If a write or the close fails, or {@link #abort()} is called, the temporary file is
 * deleted and no output remains. Because {@code close()} commits, code that fails for its own reasons must
 * call {@code abort()} rather than let try-with-resources close the writer:
 *
 * <pre>{@code
 * VideoWriter writer = VideoWriter.open(Path.of("walk.mp4"), VideoSpec.of(VideoFormat.MP4_H264, 1280, 720, 25));
 * try {
 *     for (RgbaImage frame : frames) {
 *         writer.write(frame.pixels(), frame.width(), frame.height());
 *     }
 *     writer.close();
 * } catch (IOException | RuntimeException e) {
 *     writer.abort();
 *     throw e;
 * }
 * }</pre>
 *
 * A writer is used by one thread at a time.
 */
public interface VideoWriter extends AutoCloseable {

    /**
     * Opens a writer. For {@link VideoFormat#PNG_SEQUENCE} the output is a folder (created if missing) that
     * receives {@code frame_000001.png}, ...; see {@link PngSequenceWriter}. Otherwise it is a file whose name
     * ends in the format's extension; missing parent folders are created.
     *
     * @param output the video file, or the folder of a PNG sequence
     * @param spec   format, size, frame rate and quality
     * @return an open writer
     * @throws IllegalArgumentException if the file name does not end in the format's extension
     * @throws VideoException           if the output cannot be created or the encoder cannot start
     */
    static VideoWriter open(Path output, VideoSpec spec) throws VideoException {
        if (spec.format() == VideoFormat.PNG_SEQUENCE) {
            return PngSequenceWriter.open(output, spec);
        }
        return FfmpegVideoWriter.open(output, spec);
    }

    /** @return the spec this writer encodes with */
    VideoSpec spec();

    /** @return the final output: the video file, or the folder of a PNG sequence */
    Path output();

    /** @return how many frames were written so far */
    int framesWritten();

    /**
     * Encodes the next frame. The frame is copied; the array may be reused right after the call.
     *
     * @param argb   non-premultiplied ARGB pixels, row-major, exactly {@code width * height} of them
     * @param width  must equal the spec's width
     * @param height must equal the spec's height
     * @throws IllegalArgumentException if the size or the array length does not match; the writer stays usable
     * @throws IllegalStateException    if the writer was closed or aborted
     * @throws VideoException           if encoding or writing failed; the writer is then aborted
     */
    void write(int[] argb, int width, int height) throws VideoException;

    /**
     * Finishes the output and puts it in place under its final name. Calling it again does nothing.
     *
     * @throws VideoException if no frame was written, the writer was aborted, or finishing or renaming failed;
     *                        then no output remains
     */
    @Override
    void close() throws VideoException;

    /**
     * Stops writing and deletes everything this writer wrote. Never fails; does nothing after a successful
     * {@link #close()}.
     */
    void abort();
}
