package ai.fvgs.video;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The kinds of output a {@link VideoWriter} can produce. */
public enum VideoFormat {

    /** MP4 container with H.264 video (OpenH264 encoder, YUV 4:2:0, no alpha). Plays almost everywhere. */
    MP4_H264("mp4", false, "MP4 (H.264)"),

    /** WebM container with VP9 video (libvpx); with alpha, the transparency is stored as VP9's alpha channel. */
    WEBM_VP9("webm", true, "WebM (VP9)"),

    /** A folder of numbered PNG files ({@code frame_000001.png}, ...), lossless, RGB or RGBA. */
    PNG_SEQUENCE("png", true, "PNG sequence");

    private final String extension;
    private final boolean alpha;
    private final String label;

    VideoFormat(String extension, boolean alpha, String label) {
        this.extension = extension;
        this.alpha = alpha;
        this.label = label;
    }

    /** @return the file name extension without the dot: {@code mp4}, {@code webm}, {@code png} */
    public String extension() {
        return extension;
    }

    /** @return whether this format can store an alpha channel */
    public boolean supportsAlpha() {
        return alpha;
    }

    /** @return a short name for messages, such as {@code "MP4 (H.264)"} */
    public String label() {
        return label;
    }

    /**
     * The video format a file name asks for, by its extension ({@code .mp4} or {@code .webm}, in any case).
     *
     * @param file an output file
     * @return {@link #MP4_H264} or {@link #WEBM_VP9}
     * @throws IllegalArgumentException if the name ends in neither
     */
    public static VideoFormat ofFile(Path file) {
        String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
        for (VideoFormat f : new VideoFormat[] {MP4_H264, WEBM_VP9}) {
            if (name.endsWith("." + f.extension)) {
                return f;
            }
        }
        throw new IllegalArgumentException("output file '" + file + "' has an unknown extension; allowed: "
                + Arrays.stream(new VideoFormat[] {MP4_H264, WEBM_VP9}).map(f -> "." + f.extension)
                        .collect(Collectors.joining(", ")));
    }
}
