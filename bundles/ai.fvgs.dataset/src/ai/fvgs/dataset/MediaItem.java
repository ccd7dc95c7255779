package ai.fvgs.dataset;

import java.util.Objects;

/**
 * An image, video or text file of a dataset entry. The bytes live in the {@link MediaStore} under
 * {@link #sha256()}; the database keeps only this description. Properties that do not apply to the kind
 * (the duration of an image, the size of a text) are {@code null}.
 *
 * @param id              database id, {@code 0} for an item not yet stored
 * @param kind            image, video or text
 * @param sha256          SHA-256 of the file, 64 lower-case hex digits, as returned by {@link MediaStore#put}
 * @param sizeBytes       file size in bytes
 * @param mimeType        e.g. {@code image/jpeg}, {@code video/mp4}
 * @param width           pixels, or {@code null}
 * @param height          pixels, or {@code null}
 * @param durationSeconds video duration, or {@code null}
 * @param fps             video frame rate, or {@code null}
 * @param codec           video codec, e.g. {@code h264}, or {@code null}
 * @param originalName    the file name it was imported from, or {@code null}
 */
public record MediaItem(long id, MediaKind kind, String sha256, long sizeBytes, String mimeType, Integer width, Integer height,
        Double durationSeconds, Double fps, String codec, String originalName) {

    /** Checks the fields. */
    public MediaItem {
        Objects.requireNonNull(kind, "kind");
        MediaStore.checkHash(sha256);
        Objects.requireNonNull(mimeType, "mimeType");
        if (sizeBytes < 0) {
            throw new IllegalArgumentException("media size " + sizeBytes + " is not allowed; it must be 0 or more bytes");
        }
        if (width != null && width <= 0 || height != null && height <= 0) {
            throw new IllegalArgumentException("media size " + width + "x" + height + " is not allowed; width and height must be positive");
        }
        if (durationSeconds != null && !(durationSeconds >= 0) || fps != null && !(fps > 0)) {
            throw new IllegalArgumentException("video duration " + durationSeconds + " s at " + fps
                    + " fps is not allowed; the duration must be 0 or more and the frame rate positive");
        }
    }

    /**
     * An image not yet stored.
     *
     * @param sha256       from {@link MediaStore#put}
     * @param sizeBytes    file size
     * @param mimeType     e.g. {@code image/png}
     * @param width        pixels
     * @param height       pixels
     * @param originalName the imported file name, or {@code null}
     * @return the item
     */
    public static MediaItem image(String sha256, long sizeBytes, String mimeType, int width, int height, String originalName) {
        return new MediaItem(0, MediaKind.IMAGE, sha256, sizeBytes, mimeType, width, height, null, null, null, originalName);
    }

    /**
     * A video not yet stored.
     *
     * @param sha256          from {@link MediaStore#put}
     * @param sizeBytes       file size
     * @param mimeType        e.g. {@code video/mp4}
     * @param width           pixels
     * @param height          pixels
     * @param durationSeconds duration
     * @param fps             frame rate
     * @param codec           e.g. {@code h264}
     * @param originalName    the imported file name, or {@code null}
     * @return the item
     */
    public static MediaItem video(String sha256, long sizeBytes, String mimeType, int width, int height, double durationSeconds, double fps,
            String codec, String originalName) {
        return new MediaItem(0, MediaKind.VIDEO, sha256, sizeBytes, mimeType, width, height, durationSeconds, fps, codec, originalName);
    }
}
