package ai.fvgs.video.internal;

import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUV420P;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUVA420P;

import org.bytedeco.javacv.FFmpegFrameRecorder;

import ai.fvgs.video.VideoFormat;
import ai.fvgs.video.VideoSpec;

/**
 * The FFmpeg muxer, encoder and options for each {@link VideoFormat}. Only encoders of FFmpeg's LGPL build
 * are used: OpenH264 for H.264 (libx264 is GPL) and libvpx for VP9.
 */
final class EncoderSettings {

    private EncoderSettings() {
    }

    /**
     * Configures a recorder that has not been started.
     *
     * @param spec     what to produce
     * @param recorder the recorder
     */
    static void apply(VideoSpec spec, FFmpegFrameRecorder recorder) {
        recorder.setFrameRate(spec.fps());
        recorder.setVideoBitrate((int) Math.min(Integer.MAX_VALUE, spec.effectiveBitrate()));
        // a key frame every two seconds: seeking in a looping background stays cheap
        recorder.setGopSize(2 * spec.fps());
        if (spec.format() == VideoFormat.MP4_H264) {
            recorder.setFormat("mp4");
            recorder.setVideoCodecName("libopenh264");
            recorder.setPixelFormat(AV_PIX_FMT_YUV420P);
            // the index goes to the front of the file, so players can start before the download ends
            recorder.setOption("movflags", "+faststart");
            // never drop frames to meet the bitrate: every rendered frame must be in the file
            recorder.setVideoOption("allow_skip_frames", "0");
        } else if (spec.format() == VideoFormat.WEBM_VP9) {
            recorder.setFormat("webm");
            recorder.setVideoCodecName("libvpx-vp9");
            recorder.setPixelFormat(spec.alpha() ? AV_PIX_FMT_YUVA420P : AV_PIX_FMT_YUV420P);
            // libvpx's "realtime" deadline at speed 6 with row multithreading: on 720p renders about 3x faster
            // than "good" at speed 5 and 5x faster than FFmpeg's default ("good", speed 1), for nearly the same
            // PSNR (57.0 dB against 57.2 and 58.0), with files about 40 % larger; see docs/performance.md
            recorder.setVideoOption("deadline", "realtime");
            recorder.setVideoOption("cpu-used", "6");
            recorder.setVideoOption("row-mt", "1");
        } else {
            throw new IllegalArgumentException(spec.format() + " is not encoded with FFmpeg");
        }
    }
}
