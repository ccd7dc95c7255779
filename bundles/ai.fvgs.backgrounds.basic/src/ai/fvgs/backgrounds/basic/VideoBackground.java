package ai.fvgs.backgrounds.basic;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Component;

import ai.fvgs.sdk.Capabilities;
import ai.fvgs.sdk.ExtensionInfo;
import ai.fvgs.sdk.RgbaImage;
import ai.fvgs.sdk.background.Background;
import ai.fvgs.sdk.background.BackgroundParameter;
import ai.fvgs.sdk.background.BackgroundValues;
import ai.fvgs.video.VideoException;
import ai.fvgs.video.VideoReader;

/**
 * A looping video (MP4, WebM or MOV) behind the model. At time {@code t} it shows frame
 * {@code floor(t * fps) mod frameCount}, so it loops every {@code frameCount / fps} seconds
 * ({@link #loopSeconds()}), scaled to the frame with a {@link Fit} over an opaque {@code matte} colour.
 * <p>
 * {@link #configure} opens the file and decodes its first frame, so a missing or undecodable file fails
 * before rendering starts. Later frames are decoded when first painted and kept, scaled to the output size,
 * in a cache of bounded size; see {@link VideoFrames}. The registered service has no video and paints the
 * matte colour.
 */
@Component(service = Background.class)
public final class VideoBackground implements Background {

    private static final ExtensionInfo INFO = ExtensionInfo.builder("ai.fvgs.background.video")
            .label("Video loop").vendor("AI-FVGS").version("1.0.0")
            .description("A looping MP4, WebM or MOV video, scaled to cover or fit the frame.")
            .thumbnail(VideoBackground.class.getResource("/icons/video.png"))
            .capability(Capabilities.BACKGROUND_OPAQUE).capability(Capabilities.BACKGROUND_ANIMATED).build();

    private static final List<BackgroundParameter> PARAMETERS = List.of(
            BackgroundParameter.file("file", "Video file", List.of("mp4", "webm", "mov"), true,
                    "The video, relative to the scene file's folder; it loops for as long as the render lasts."),
            BackgroundParameter.choice("fit", "Fit", Fit.NAMES, "cover",
                    "cover: fill the frame, cropping the sides; contain: show all of it, with matte bars; stretch: fill, distorting."),
            BackgroundParameter.colour("matte", "Matte colour", "#000000",
                    "Shown where the video does not reach (contain) and through its transparent pixels."));

    private final VideoFrames frames;
    private final int matte;

    /** The component: no video, a black matte. */
    public VideoBackground() {
        this(null, 0xFF000000);
    }

    private VideoBackground(VideoFrames frames, int matte) {
        this.frames = frames;
        this.matte = matte;
    }

    @Override
    public ExtensionInfo info() {
        return INFO;
    }

    @Override
    public List<BackgroundParameter> parameters() {
        return PARAMETERS;
    }

    /**
     * Opens the video.
     *
     * @throws IllegalArgumentException also if the file is not a video FFmpeg can decode
     */
    @Override
    public Background configure(Map<String, String> parameters, Path baseDirectory) {
        BackgroundValues v = BackgroundValues.parse(PARAMETERS, parameters, baseDirectory);
        Path file = v.file("file").orElseThrow();
        VideoReader reader;
        try {
            reader = VideoReader.open(file);
        } catch (VideoException e) {
            throw new IllegalArgumentException("file: \"" + parameters.get("file") + "\" cannot be decoded (" + e.getMessage()
                    + "); allowed: an MP4, WebM or MOV video", e);
        }
        return new VideoBackground(new VideoFrames(reader, Fit.of(v.choice("fit")), v.colour("matte")), v.colour("matte"));
    }

    /** @return the video's length, {@code frameCount / fps} seconds; 0 for the unconfigured service */
    @Override
    public double loopSeconds() {
        return frames == null ? 0 : frames.info().frameCount() / frames.info().fps();
    }

    @Override
    public void paint(RgbaImage target, double timeSeconds) {
        if (frames == null) {
            target.fill(matte);
            return;
        }
        frames.frame(frames.indexAt(timeSeconds), target.width(), target.height()).copyTo(target);
    }

    /** @return the frames, for tests; {@code null} for the unconfigured service */
    VideoFrames frames() {
        return frames;
    }
}
