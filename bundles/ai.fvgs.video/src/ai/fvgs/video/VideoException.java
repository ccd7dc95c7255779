package ai.fvgs.video;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A video could not be written or read. The message names the file and says what went wrong; the cause, if
 * any, keeps FFmpeg's or the file system's own report.
 */
public class VideoException extends IOException {

    private static final long serialVersionUID = 1L;

    private final transient Path file;

    /**
     * @param file    the file or folder concerned
     * @param message what went wrong; the file is not repeated in it
     * @param cause   the underlying failure, or {@code null}
     */
    public VideoException(Path file, String message, Throwable cause) {
        super(file + ": " + message, cause);
        this.file = file;
    }

    /**
     * @param file    the file or folder concerned
     * @param message what went wrong; the file is not repeated in it
     */
    public VideoException(Path file, String message) {
        this(file, message, null);
    }

    /** @return the file or folder concerned */
    public Path file() {
        return file;
    }
}
