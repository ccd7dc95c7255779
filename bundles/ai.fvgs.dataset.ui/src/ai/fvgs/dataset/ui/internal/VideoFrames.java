package ai.fvgs.dataset.ui.internal;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;

import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;

import ai.fvgs.video.VideoException;
import ai.fvgs.video.VideoInfo;
import ai.fvgs.video.VideoReader;

/**
 * The frames of one video, decoded with {@link VideoReader} on a thread of their own, never on the display thread.
 * Requests do not queue up: when frames are asked for faster than they decode (scrubbing, playback), only the
 * newest request is decoded next and the ones in between are dropped, so the picture follows the slider instead
 * of lagging behind it.
 */
public final class VideoFrames implements AutoCloseable {

    private final VideoReader reader;
    private final ExecutorService thread;
    private final AtomicInteger wanted = new AtomicInteger(-1);
    private volatile boolean closed;

    private VideoFrames(VideoReader reader, ExecutorService thread) {
        this.reader = reader;
        this.thread = thread;
    }

    /**
     * Opens a video on a new decoding thread.
     *
     * @param file the video file
     * @return the frames, later; failed naming the file if it cannot be read
     */
    public static CompletableFuture<VideoFrames> open(Path file) {
        ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "fvgs-video-frames");
            t.setDaemon(true);
            return t;
        });
        return CompletableFuture.supplyAsync(() -> {
            try {
                return new VideoFrames(VideoReader.open(file), thread);
            } catch (VideoException | RuntimeException | LinkageError e) {
                thread.shutdown();
                throw new CompletionException(e);
            }
        }, thread);
    }

    /** @return the video's size, frame rate and frame count */
    public VideoInfo info() {
        return reader.info();
    }

    /**
     * Asks for a frame. The answer comes on the decoding thread; a request overtaken by a newer one before it was
     * decoded is never answered.
     *
     * @param index  the frame, 0 to frame count - 1
     * @param answer gets the frame index and its pixels
     * @param failed gets the frame index and why it could not be decoded
     */
    public void request(int index, BiConsumer<Integer, ImageData> answer, BiConsumer<Integer, Throwable> failed) {
        if (closed) {
            return;
        }
        wanted.set(index);
        thread.execute(() -> {
            int next = wanted.getAndSet(-1);
            if (next < 0 || closed) {
                return; // a newer request took this one's place and was decoded already
            }
            try {
                answer.accept(next, imageData(reader.frame(next), info().width(), info().height()));
            } catch (VideoException | RuntimeException e) {
                failed.accept(next, e);
            }
        });
    }

    /**
     * @param argb   non-premultiplied ARGB pixels, row by row
     * @param width  the width
     * @param height the height
     * @return the pixels as opaque 24-bit image data
     */
    static ImageData imageData(int[] argb, int width, int height) {
        ImageData data = new ImageData(width, height, 24, new PaletteData(0xFF0000, 0x00FF00, 0x0000FF));
        for (int y = 0; y < height; y++) {
            data.setPixels(0, y, width, argb, y * width);
        }
        return data;
    }

    /** Stops the decoding thread and closes the file once a decode in progress has ended. */
    @Override
    public void close() {
        closed = true;
        thread.execute(reader::close);
        thread.shutdown();
    }
}
