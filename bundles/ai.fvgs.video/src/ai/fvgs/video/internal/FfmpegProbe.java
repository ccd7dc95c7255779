package ai.fvgs.video.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.javacv.FFmpegFrameGrabber;

import ai.fvgs.video.VideoException;
import ai.fvgs.video.VideoInfo;

/** Reads a video file's properties with FFmpeg, as {@code ffprobe} would, and turns failures into clear errors. */
public final class FfmpegProbe {

    private FfmpegProbe() {
    }

    /**
     * @param file a video file
     * @return its properties, with the frame count from a pass over its packets
     * @throws VideoException naming the file and the problem
     */
    public static VideoInfo probe(Path file) throws VideoException {
        FFmpegFrameGrabber grabber = start(file, null);
        try {
            if (!grabber.hasVideo()) {
                throw new VideoException(file, "has no video stream");
            }
            double fps = grabber.getVideoFrameRate();
            if (!(fps > 0)) {
                throw new VideoException(file, "states no frame rate for its video stream");
            }
            int frames = countVideoPackets(file, grabber);
            if (frames == 0) {
                throw new VideoException(file, "has a video stream without frames");
            }
            long micros = grabber.getLengthInTime();
            double duration = micros > 0 ? micros / 1e6 : frames / fps;
            String codec = FfmpegLibraries.codecName(grabber.getVideoCodec());
            boolean alpha = ("vp8".equals(codec) || "vp9".equals(codec)) && "1".equals(grabber.getVideoMetadata("alpha_mode"));
            return new VideoInfo(file, codec, grabber.getImageWidth(), grabber.getImageHeight(), fps, duration, frames, alpha);
        } finally {
            release(grabber);
        }
    }

    /**
     * Opens a file with a grabber after checking it exists and is not empty.
     *
     * @param file        the file
     * @param configurer  sets options on the grabber before it starts, or {@code null}
     * @return the started grabber
     * @throws VideoException naming the file and the problem
     */
    static FFmpegFrameGrabber start(Path file, Consumer<FFmpegFrameGrabber> configurer) throws VideoException {
        requireReadable(file);
        FfmpegLibraries.load(file);
        FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(file.toFile());
        if (configurer != null) {
            configurer.accept(grabber);
        }
        try {
            grabber.start();
            return grabber;
        } catch (Exception | LinkageError e) {
            release(grabber);
            String reason = reason(e);
            if (reason.contains("avcodec_find_decoder")) {
                throw new VideoException(file, "uses a video codec that this FFmpeg build cannot decode (" + reason + ")", e);
            }
            throw new VideoException(file, "is not a video file that FFmpeg can read: unknown format or damaged ("
                    + reason + ")", e);
        }
    }

    private static void requireReadable(Path file) throws VideoException {
        if (!Files.exists(file)) {
            throw new VideoException(file, "does not exist");
        }
        if (!Files.isRegularFile(file)) {
            throw new VideoException(file, "is not a regular file");
        }
        try {
            if (Files.size(file) == 0) {
                throw new VideoException(file, "is empty (0 bytes)");
            }
        } catch (IOException e) {
            if (e instanceof VideoException ve) {
                throw ve;
            }
            throw new VideoException(file, "cannot be read (" + e + ")", e);
        }
        if (!Files.isReadable(file)) {
            throw new VideoException(file, "is not readable (permission denied)");
        }
    }

    private static int countVideoPackets(Path file, FFmpegFrameGrabber grabber) throws VideoException {
        int count = 0;
        try {
            AVPacket packet;
            while ((packet = grabber.grabPacket()) != null) {
                if (packet.stream_index() == grabber.getVideoStream()) {
                    count++;
                }
                avcodec.av_packet_unref(packet);
            }
        } catch (Exception e) {
            throw new VideoException(file, "cannot be read to its end (" + reason(e) + ")", e);
        }
        return count;
    }

    /** @return the exception's message without JavaCV's hint about its log callback */
    static String reason(Throwable e) {
        String m = String.valueOf(e.getMessage());
        int hint = m.indexOf(" (For more details");
        return hint >= 0 ? m.substring(0, hint) : m;
    }

    static void release(FFmpegFrameGrabber grabber) {
        try {
            grabber.release();
        } catch (Exception | LinkageError e) {
            System.getLogger(FfmpegProbe.class.getName()).log(System.Logger.Level.WARNING, "releasing the decoder failed: " + e);
        }
    }
}
