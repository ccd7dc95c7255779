package ai.fvgs.video.internal;

import java.lang.reflect.InaccessibleObjectException;
import java.nio.file.Path;

import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avformat;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.ffmpeg.global.swresample;
import org.bytedeco.ffmpeg.global.swscale;
import org.bytedeco.javacpp.Loader;

import ai.fvgs.video.VideoException;

/**
 * Loads FFmpeg's native libraries once per JVM. JavaCPP extracts them from the
 * {@code org.bytedeco.ffmpeg.linux-x86_64} fragment into its cache folder (the system property
 * {@code org.bytedeco.javacpp.cachedir}; the launch script puts it under the data directory) and loads them
 * from there.
 *
 * <p>Inside OSGi, JavaCPP loads each library for the class loader of the bundle whose class declares it, by
 * calling {@code java.lang.Runtime} through reflection; the JVM therefore needs
 * {@code --add-opens=java.base/java.lang=ALL-UNNAMED}, which the launch script passes.
 *
 * <p>Only the libraries needed to encode and decode files are loaded. JavaCV's own loader also loads
 * libavdevice, which links against system sound and X libraries that a server may lack; JavaCV ignores that
 * failure, and so can we.
 */
public final class FfmpegLibraries {

    private static Throwable failure;
    private static boolean loaded;

    private FfmpegLibraries() {
    }

    /**
     * Loads the libraries if that has not happened yet, and keeps FFmpeg's own logging to errors.
     *
     * @param file the file that needs them, named in the error
     * @throws VideoException if they cannot be loaded; the message says where JavaCPP extracts them
     */
    public static synchronized void load(Path file) throws VideoException {
        if (!loaded && failure == null) {
            try {
                Loader.load(avutil.class);
                Loader.load(swresample.class);
                Loader.load(avcodec.class);
                Loader.load(avformat.class);
                Loader.load(swscale.class);
                avutil.av_log_set_level(avutil.AV_LOG_ERROR);
                loaded = true;
            } catch (RuntimeException | LinkageError e) {
                failure = e;
            }
        }
        if (!loaded) {
            throw new VideoException(file, "cannot load the FFmpeg native libraries (" + failure + ")" + hint(failure), failure);
        }
    }

    /** @return what the user can do about a loading failure */
    private static String hint(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof InaccessibleObjectException) {
                // JavaCPP loads each library for the class loader of the bundle that declares it, through
                // java.lang.Runtime by reflection
                return "; start Java with --add-opens=java.base/java.lang=ALL-UNNAMED (the fvgs launch script does)";
            }
        }
        return "; they are extracted to " + cacheDir() + ", which must be writable";
    }

    private static String cacheDir() {
        try {
            return String.valueOf(Loader.getCacheDir());
        } catch (Exception | LinkageError e) {
            return "the JavaCPP cache folder (org.bytedeco.javacpp.cachedir)";
        }
    }

    /**
     * @param codecId an FFmpeg {@code AVCodecID}
     * @return the codec's short name as ffprobe prints it, such as {@code h264} or {@code vp9}
     */
    public static String codecName(int codecId) {
        return avcodec.avcodec_get_name(codecId).getString();
    }
}
