package ai.fvgs.video.internal;

import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_BGRA;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUV420P;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.IntBuffer;
import java.nio.file.Path;

import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.Frame;

import ai.fvgs.video.VideoException;
import ai.fvgs.video.VideoFormat;
import ai.fvgs.video.VideoSpec;
import ai.fvgs.video.VideoWriter;

/** A {@link VideoWriter} for MP4 and WebM through JavaCV's {@link FFmpegFrameRecorder}. */
public final class FfmpegVideoWriter implements VideoWriter {

    private enum State { OPEN, CLOSED, ABORTED }

    private final VideoSpec spec;
    private final StagedFile file;
    private final FFmpegFrameRecorder recorder;
    /** One frame as bytes B, G, R, A: an ARGB int stored little-endian, FFmpeg's {@code bgra}; null without alpha. */
    private final ByteBuffer bgra;
    private final IntBuffer pixels;
    /**
     * Without alpha: the converter to the encoders' {@code yuv420p} and one frame of it, handed to the encoder as
     * is (FFmpeg's scaler is then not used); null with alpha.
     */
    private final Yuv420 yuv;
    private final ByteBuffer planes;
    private State state = State.OPEN;
    private int frames;

    private FfmpegVideoWriter(VideoSpec spec, StagedFile file, FFmpegFrameRecorder recorder) {
        this.spec = spec;
        this.file = file;
        this.recorder = recorder;
        if (spec.alpha()) {
            this.bgra = ByteBuffer.allocateDirect(spec.pixelCount() * 4).order(ByteOrder.LITTLE_ENDIAN);
            this.pixels = bgra.asIntBuffer();
            this.yuv = null;
            this.planes = null;
        } else {
            this.bgra = null;
            this.pixels = null;
            this.yuv = new Yuv420(spec.width(), spec.height());
            this.planes = ByteBuffer.allocateDirect(yuv.frameBytes());
        }
    }

    /**
     * Starts the encoder on a temporary file next to {@code output}.
     *
     * @param output the final file; its extension must match the format
     * @param spec   an MP4 or WebM spec
     * @return the writer
     * @throws VideoException if the file or the encoder cannot be set up
     */
    public static FfmpegVideoWriter open(Path output, VideoSpec spec) throws VideoException {
        VideoFormat named = VideoFormat.ofFile(output);
        if (named != spec.format()) {
            throw new IllegalArgumentException("output file '" + output + "' has the extension of " + named.label()
                    + ", but the spec asks for " + spec.format().label() + " (." + spec.format().extension() + ")");
        }
        FfmpegLibraries.load(output);
        StagedFile file = StagedFile.create(output);
        FFmpegFrameRecorder recorder = new FFmpegFrameRecorder(file.temp().toFile(), spec.width(), spec.height(), 0);
        EncoderSettings.apply(spec, recorder);
        try {
            recorder.start();
        } catch (Exception | LinkageError e) {
            release(recorder);
            file.discard();
            throw new VideoException(file.target(), "cannot start the " + spec.format().label() + " encoder ("
                    + e.getMessage() + ")", e);
        }
        return new FfmpegVideoWriter(spec, file, recorder);
    }

    @Override
    public VideoSpec spec() {
        return spec;
    }

    @Override
    public Path output() {
        return file.target();
    }

    @Override
    public int framesWritten() {
        return frames;
    }

    @Override
    public void write(int[] argb, int width, int height) throws VideoException {
        if (state != State.OPEN) {
            throw new IllegalStateException("the writer for " + file.target() + " is already " + state.name().toLowerCase());
        }
        FrameCheck.require(spec, argb, width, height);
        try {
            if (yuv != null) {
                // the encoder's own pixel format: FFmpeg passes the planes on without converting them
                yuv.convert(argb, planes);
                recorder.recordImage(width, height, Frame.DEPTH_UBYTE, 1, width, AV_PIX_FMT_YUV420P, planes);
            } else {
                pixels.clear();
                pixels.put(argb);
                recorder.recordImage(width, height, Frame.DEPTH_UBYTE, 4, width * 4, AV_PIX_FMT_BGRA, bgra);
            }
        } catch (Exception | LinkageError e) {
            abort();
            throw new VideoException(file.target(), "encoding frame " + (frames + 1) + " failed (" + e.getMessage() + ")", e);
        }
        frames++;
    }

    @Override
    public void close() throws VideoException {
        if (state == State.CLOSED) {
            return;
        }
        if (state == State.ABORTED) {
            throw new VideoException(file.target(), "the writer was aborted; no video was written");
        }
        if (frames == 0) {
            abort();
            throw new VideoException(file.target(), "no frames were written; an empty video is not saved");
        }
        try {
            recorder.stop();
        } catch (Exception | LinkageError e) {
            abort();
            throw new VideoException(file.target(), "finishing the video failed (" + e.getMessage() + ")", e);
        }
        state = State.CLOSED;
        file.commit();
    }

    @Override
    public void abort() {
        if (state != State.OPEN) {
            return;
        }
        state = State.ABORTED;
        release(recorder);
        file.discard();
    }

    private static void release(FFmpegFrameRecorder recorder) {
        try {
            recorder.release();
        } catch (Exception | LinkageError e) {
            System.getLogger(FfmpegVideoWriter.class.getName()).log(System.Logger.Level.WARNING,
                    "releasing the encoder failed: " + e);
        }
    }
}
