package ai.fvgs.video.internal;

import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_BGRA;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.IntBuffer;

import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;

import ai.fvgs.video.VideoException;
import ai.fvgs.video.VideoInfo;

/**
 * Decodes a video with JavaCV's {@link FFmpegFrameGrabber} to BGRA, which read as little-endian {@code int}s is
 * ARGB. Keeps the last decoded frame and its index, so sequential access decodes each frame once.
 */
public final class FfmpegDecoder implements AutoCloseable {

    private final VideoInfo info;
    private final int[] current;
    private final int seekDistance;
    private FFmpegFrameGrabber grabber;
    private int index = -1;
    private long firstTimestamp;
    private long lastTimestamp;

    private FfmpegDecoder(VideoInfo info) {
        this.info = info;
        this.current = new int[info.width() * info.height()];
        // decoding is several times faster than real time, so skipping up to two seconds beats a seek
        this.seekDistance = (int) Math.ceil(2 * info.fps());
    }

    /**
     * Opens the file described by {@code info} and decodes its first frame.
     *
     * @param info what {@link FfmpegProbe#probe} found
     * @return the decoder at frame 0
     * @throws VideoException if the file cannot be opened or its first frame not decoded
     */
    public static FfmpegDecoder open(VideoInfo info) throws VideoException {
        FfmpegDecoder decoder = new FfmpegDecoder(info);
        decoder.restart();
        return decoder;
    }

    /** @return what the probe found */
    public VideoInfo info() {
        return info;
    }

    /**
     * @param target 0-based frame index within the frame count
     * @return a copy of that frame's ARGB pixels (the last frame, if the stream ends before it)
     * @throws VideoException if decoding fails
     */
    public int[] frame(int target) throws VideoException {
        if (target < index || target > index + seekDistance) {
            seek(target);
        }
        while (index < target && decodeNext()) {
            // decode forward to the target
        }
        return current.clone();
    }

    private void seek(int target) throws VideoException {
        if (target == 0) {
            restart();
            return;
        }
        try {
            grabber.setVideoFrameNumber(target);
        } catch (Exception e) {
            throw new VideoException(info.file(), "seeking to frame " + target + " failed (" + FfmpegProbe.reason(e) + ")", e);
        }
        if (!decodeNext() || index > target) {
            // the seek landed past the target (or nowhere): decode from the start instead
            restart();
        }
    }

    private void restart() throws VideoException {
        if (grabber != null) {
            FfmpegProbe.release(grabber);
        }
        grabber = FfmpegProbe.start(info.file(), g -> {
            g.setPixelFormat(AV_PIX_FMT_BGRA);
            if (info.alpha()) {
                // FFmpeg's own VP8/VP9 decoders drop the alpha channel; libvpx's decode it
                g.setVideoCodecName("vp8".equals(info.codec()) ? "libvpx" : "libvpx-vp9");
            }
        });
        index = -1;
        if (!decodeNext()) {
            throw new VideoException(info.file(), "its first video frame cannot be decoded");
        }
        firstTimestamp = lastTimestamp;
        index = 0;
    }

    /** @return false at the end of the stream */
    private boolean decodeNext() throws VideoException {
        Frame frame;
        try {
            frame = grabber.grabImage();
        } catch (Exception e) {
            throw new VideoException(info.file(), "decoding the frame after " + index + " failed (" + FfmpegProbe.reason(e) + ")", e);
        }
        if (frame == null || frame.image == null) {
            return false;
        }
        copy(frame);
        lastTimestamp = frame.timestamp;
        if (index >= 0) {
            index = (int) Math.round((frame.timestamp - firstTimestamp) * info.fps() / 1e6);
        }
        return true;
    }

    private void copy(Frame frame) {
        int width = info.width();
        IntBuffer src = ((ByteBuffer) frame.image[0]).duplicate().order(ByteOrder.LITTLE_ENDIAN).asIntBuffer();
        int strideInts = frame.imageStride / 4;
        if (strideInts == width) {
            src.get(0, current, 0, current.length);
        } else {
            for (int y = 0; y < info.height(); y++) {
                src.get(y * strideInts, current, y * width, width);
            }
        }
    }

    /** Releases the decoder and closes the file. */
    @Override
    public void close() {
        if (grabber != null) {
            FfmpegProbe.release(grabber);
            grabber = null;
        }
    }
}
