package ai.fvgs.video;

import java.nio.file.Path;

/**
 * What {@link VideoReader#probe(Path)} found in a video file.
 *
 * @param file            the file
 * @param codec           the video codec as ffprobe names it, such as {@code h264} or {@code vp9}
 * @param width           picture width in pixels
 * @param height          picture height in pixels
 * @param fps             the average frame rate, frames per second
 * @param durationSeconds the duration of the file in seconds, as its container states it
 * @param frameCount      the number of video frames, counted packet by packet (exact for MP4 and WebM)
 * @param alpha           whether the video carries an alpha channel (VP8/VP9 in WebM with {@code alpha_mode} 1)
 */
public record VideoInfo(Path file, String codec, int width, int height, double fps, double durationSeconds,
        int frameCount, boolean alpha) {

    /** @return the duration of one frame in seconds */
    public double frameDuration() {
        return 1.0 / fps;
    }
}
