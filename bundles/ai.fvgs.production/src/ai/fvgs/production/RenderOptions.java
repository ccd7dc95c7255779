package ai.fvgs.production;

import java.nio.file.Path;
import java.util.Locale;

import ai.fvgs.render.RenderSettings;

/**
 * What a render writes and with how many threads.
 *
 * @param video    the video file, {@code .mp4} (H.264) or {@code .webm} (VP9, with alpha when the background is
 *                 transparent); null for none
 * @param pngDir   a folder for the frames as PNG files, or null
 * @param guidance a folder for the guidance sequences ({@link GuidanceWriter}), or null
 * @param threads  render threads, 1 or more
 * @param settings renderer quality settings
 */
public record RenderOptions(Path video, Path pngDir, Path guidance, int threads, RenderSettings settings) {

    /** Most render threads accepted. */
    public static final int MAX_THREADS = 256;

    /** Checks the values. */
    public RenderOptions {
        if (video == null && pngDir == null && guidance == null) {
            throw new IllegalArgumentException("nothing to write: give a video file, a PNG folder or a guidance folder");
        }
        if (video != null) {
            String name = video.getFileName().toString().toLowerCase(Locale.ROOT);
            if (!name.endsWith(".mp4") && !name.endsWith(".webm")) {
                throw new IllegalArgumentException("output " + video + ": the file name must end in .mp4 or .webm");
            }
        }
        if (threads < 1 || threads > MAX_THREADS) {
            throw new IllegalArgumentException("threads " + threads + " is not allowed; allowed: 1 to " + MAX_THREADS);
        }
        if (settings == null) {
            settings = RenderSettings.DEFAULT;
        }
    }

    /**
     * @param video       the video file
     * @param frameHeight the video's height in pixels
     * @return options writing only that video, with one render thread per processor and {@link #settingsFor} the height
     */
    public static RenderOptions video(Path video, int frameHeight) {
        return new RenderOptions(video, null, null, Runtime.getRuntime().availableProcessors(), settingsFor(frameHeight));
    }

    /**
     * The renderer settings for a frame height: four-rooks anti-aliasing, and a shadow map just fine enough for
     * the model at that size. The map is fitted to the shadow casters (the model, about 2 m tall), so 512 texels
     * give about 4 mm per texel, finer than a pixel of a full-length figure at 720p; the map grows with the
     * frame (768 up to 1080 lines, 1024 up to 1440, 2048 above). A finer map than needed only costs time.
     *
     * @param frameHeight the output height in pixels
     * @return the settings
     */
    public static RenderSettings settingsFor(int frameHeight) {
        int map = frameHeight <= 720 ? 512 : frameHeight <= 1080 ? 768 : frameHeight <= 1440 ? 1024 : 2048;
        return RenderSettings.DEFAULT.withShadowMapSize(map);
    }
}
