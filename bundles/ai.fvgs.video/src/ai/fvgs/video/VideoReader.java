package ai.fvgs.video;

import java.nio.file.Path;

import ai.fvgs.video.internal.FfmpegDecoder;
import ai.fvgs.video.internal.FfmpegProbe;

/**
 * Decodes a video file frame by frame to ARGB pixels, for example a looping video background. Frames are
 * addressed by index or by time; {@link #frameAt(double)} loops, so any time maps to a frame. Reading frames in
 * increasing order decodes each frame once; going back (such as at the loop point) or far ahead seeks to the
 * nearest key frame before the target and decodes from there.
 *
 * <p>The formats of FFmpeg's LGPL build can be read, among them MP4 and MOV with H.264 and WebM with VP8 or VP9.
 * WebM with a VP8/VP9 alpha channel decodes with its alpha; other videos come back opaque. Not thread-safe:
 * use one reader per thread.
 */
public final class VideoReader implements AutoCloseable {

    private final FfmpegDecoder decoder;

    private VideoReader(FfmpegDecoder decoder) {
        this.decoder = decoder;
    }

    /**
     * Reads a video file's properties. Demuxes the whole file to count its frames, but decodes nothing.
     *
     * @param file a video file
     * @return codec, size, frame rate, duration, frame count and alpha
     * @throws VideoException naming the file, if it does not exist, is empty, is not a video FFmpeg can read,
     *                        has no video stream or uses a codec this build cannot decode
     */
    public static VideoInfo probe(Path file) throws VideoException {
        return FfmpegProbe.probe(file);
    }

    /**
     * Opens a video file and decodes its first frame.
     *
     * @param file a video file
     * @return the reader, positioned at frame 0
     * @throws VideoException naming the file, as for {@link #probe(Path)}, or if its first frame cannot be decoded
     */
    public static VideoReader open(Path file) throws VideoException {
        return new VideoReader(FfmpegDecoder.open(FfmpegProbe.probe(file)));
    }

    /** @return the properties of the file */
    public VideoInfo info() {
        return decoder.info();
    }

    /**
     * @param index 0-based frame index, less than {@link VideoInfo#frameCount()}
     * @return a new array of {@code width * height} non-premultiplied ARGB pixels, row-major
     * @throws IllegalArgumentException if the index is out of range
     * @throws VideoException           if decoding fails
     */
    public int[] frame(int index) throws VideoException {
        VideoInfo info = decoder.info();
        if (index < 0 || index >= info.frameCount()) {
            throw new IllegalArgumentException("frame index " + index + " is out of range; " + info.file() + " has "
                    + info.frameCount() + " frames (0 to " + (info.frameCount() - 1) + ")");
        }
        return decoder.frame(index);
    }

    /**
     * The frame shown at a time, looping: time {@code t} shows frame {@code floor(t * fps)} modulo the frame
     * count, so a background video repeats for as long as it is asked for.
     *
     * @param seconds time in seconds, any finite value; negative times count back from the end
     * @return a new array of {@code width * height} non-premultiplied ARGB pixels, row-major
     * @throws IllegalArgumentException if the time is not finite
     * @throws VideoException           if decoding fails
     */
    public int[] frameAt(double seconds) throws VideoException {
        return frame(frameIndexAt(seconds));
    }

    /**
     * @param seconds time in seconds, any finite value
     * @return the index of the frame {@link #frameAt(double)} returns for that time
     * @throws IllegalArgumentException if the time is not finite
     */
    public int frameIndexAt(double seconds) {
        if (!Double.isFinite(seconds)) {
            throw new IllegalArgumentException("time " + seconds + " s is not a finite number");
        }
        VideoInfo info = decoder.info();
        long n = (long) Math.floor(seconds * info.fps() + 1e-6);
        return (int) Math.floorMod(n, (long) info.frameCount());
    }

    /** Releases the decoder and closes the file. */
    @Override
    public void close() {
        decoder.close();
    }
}
