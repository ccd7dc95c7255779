package ai.fvgs.video;

import java.util.Objects;
import java.util.Set;

/**
 * What a {@link VideoWriter} produces: format, picture size, frame rate, quality or bitrate, and whether the
 * alpha channel is kept. Immutable; the {@code with...} methods return changed copies.
 *
 * <pre>{@code
 * VideoSpec spec = VideoSpec.of(VideoFormat.WEBM_VP9, 1280, 720, 25).withAlpha(true).withQuality(Quality.HIGH);
 * }</pre>
 *
 * @param format  output format
 * @param width   picture width in pixels, 1 to {@value #MAX_SIDE}; even for MP4 and WebM (4:2:0 chroma)
 * @param height  picture height in pixels, 1 to {@value #MAX_SIDE}; even for MP4 and WebM
 * @param fps     frames per second: 24, 25, 30 or 60
 * @param quality bits the encoder may spend; ignored when {@code bitrate} is set and for PNG sequences
 * @param bitrate video bitrate in bits per second, or 0 to derive it from {@code quality}
 * @param alpha   keep the alpha channel (WebM VP9 and PNG only); without it pixels are stored opaque
 */
public record VideoSpec(VideoFormat format, int width, int height, int fps, Quality quality, long bitrate,
        boolean alpha) {

    /** The longest picture side accepted, in pixels. */
    public static final int MAX_SIDE = 8192;

    /** The frame rates accepted. */
    public static final Set<Integer> FRAME_RATES = Set.of(24, 25, 30, 60);

    private static final long MAX_BITRATE = 500_000_000L;

    /**
     * Checks every value.
     *
     * @throws IllegalArgumentException naming the value and what is allowed
     */
    public VideoSpec {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(quality, "quality");
        checkSide("width", width, format);
        checkSide("height", height, format);
        if (!FRAME_RATES.contains(fps)) {
            throw new IllegalArgumentException("fps " + fps + " is not supported; allowed: 24, 25, 30, 60");
        }
        if (bitrate < 0 || bitrate > MAX_BITRATE) {
            throw new IllegalArgumentException("bitrate " + bitrate + " bit/s is out of range; allowed: 0 (from quality) to "
                    + MAX_BITRATE);
        }
        if (alpha && !format.supportsAlpha()) {
            throw new IllegalArgumentException("alpha is not supported by " + format.label()
                    + "; use " + VideoFormat.WEBM_VP9 + " or " + VideoFormat.PNG_SEQUENCE + " for transparency");
        }
    }

    private static void checkSide(String name, int value, VideoFormat format) {
        if (value < 1 || value > MAX_SIDE) {
            throw new IllegalArgumentException(name + " " + value + " is out of range; allowed: 1 to " + MAX_SIDE + " pixels");
        }
        if (format != VideoFormat.PNG_SEQUENCE && value % 2 != 0) {
            throw new IllegalArgumentException(name + " " + value + " is odd; " + format.label()
                    + " needs an even number of pixels (4:2:0 chroma subsampling)");
        }
    }

    /**
     * A spec with {@link Quality#STANDARD}, the bitrate derived from it, and no alpha.
     *
     * @param format output format
     * @param width  picture width in pixels
     * @param height picture height in pixels
     * @param fps    24, 25, 30 or 60
     * @return the spec
     * @throws IllegalArgumentException if a value is not allowed
     */
    public static VideoSpec of(VideoFormat format, int width, int height, int fps) {
        return new VideoSpec(format, width, height, fps, Quality.STANDARD, 0, false);
    }

    /**
     * @param newQuality the quality; it sets the bitrate again
     * @return a copy with that quality and a derived bitrate
     */
    public VideoSpec withQuality(Quality newQuality) {
        return new VideoSpec(format, width, height, fps, newQuality, 0, alpha);
    }

    /**
     * @param bitsPerSecond an explicit video bitrate, or 0 to derive it from the quality
     * @return a copy with that bitrate
     */
    public VideoSpec withBitrate(long bitsPerSecond) {
        return new VideoSpec(format, width, height, fps, quality, bitsPerSecond, alpha);
    }

    /**
     * @param keepAlpha whether to keep the alpha channel
     * @return a copy with that setting
     * @throws IllegalArgumentException if the format cannot store alpha
     */
    public VideoSpec withAlpha(boolean keepAlpha) {
        return new VideoSpec(format, width, height, fps, quality, bitrate, keepAlpha);
    }

    /** @return the bitrate the encoder aims at, in bits per second: {@link #bitrate()} or one from the quality */
    public long effectiveBitrate() {
        if (bitrate > 0) {
            return bitrate;
        }
        return Math.max(100_000L, Math.round((double) width * height * fps * quality.bitsPerPixel()));
    }

    /** @return the number of pixels in one frame */
    public int pixelCount() {
        return width * height;
    }
}
