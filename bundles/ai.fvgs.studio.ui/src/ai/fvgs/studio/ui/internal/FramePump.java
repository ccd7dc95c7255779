package ai.fvgs.studio.ui.internal;

import java.nio.file.Path;

import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;

import ai.fvgs.video.VideoInfo;
import ai.fvgs.video.VideoReader;

/**
 * Decodes a video for the {@link VideoPlayerPart} on its own thread, so the display thread never waits for the
 * decoder. While playing it keeps to the video's clock: the frame due now is decoded next and frames that are
 * late are dropped, so playback never lags behind. A seek replaces any seek not yet served, so scrubbing decodes
 * only the frames a user can see. Frames are handed over as SWT {@link ImageData}, made on this thread.
 */
public final class FramePump implements AutoCloseable {

    /** Told on the pump's thread. */
    public interface Sink {
        /** @param info the opened video */
        void opened(VideoInfo info);

        /**
         * @param index the frame's index
         * @param frame its pixels
         */
        void frame(int index, ImageData frame);

        /** Playback reached the last frame and stopped. */
        void ended();

        /** @param error why the video cannot be read */
        void failed(Exception error);
    }

    private final Object lock = new Object();
    private final Sink sink;
    private final Thread thread;
    private int seek = 0;
    private int current = -1;
    private boolean playing;
    private boolean closed;
    private long frameNanos = 1;
    private int frameCount = 1;
    private long clockStart;

    /**
     * Opens the video on a new thread and shows its first frame.
     *
     * @param video the video file
     * @param sink  receives the frames
     */
    public FramePump(Path video, Sink sink) {
        this.sink = sink;
        this.thread = new Thread(() -> run(video), "fvgs-player");
        thread.setDaemon(true);
        thread.start();
    }

    /** Plays from the shown frame, or from the start once the last frame is shown. */
    public void play() {
        synchronized (lock) {
            if (current >= frameCount - 1) {
                seek = 0;
            }
            playing = true;
            clockStart = System.nanoTime() - Math.max(0, seek >= 0 ? seek : current) * frameNanos;
            lock.notifyAll();
        }
    }

    /** Stops at the shown frame. */
    public void pause() {
        synchronized (lock) {
            playing = false;
            lock.notifyAll();
        }
    }

    /** @param index the frame to show next; playback goes on from there */
    public void seek(int index) {
        synchronized (lock) {
            seek = Math.max(0, Math.min(frameCount - 1, index));
            lock.notifyAll();
        }
    }

    /** @return whether it is playing */
    public boolean isPlaying() {
        synchronized (lock) {
            return playing;
        }
    }

    @Override
    public void close() {
        synchronized (lock) {
            closed = true;
            lock.notifyAll();
        }
    }

    private void run(Path video) {
        try (VideoReader reader = VideoReader.open(video)) {
            VideoInfo info = reader.info();
            synchronized (lock) {
                frameCount = Math.max(1, info.frameCount());
                frameNanos = Math.round(1e9 / info.fps());
            }
            sink.opened(info);
            int next;
            while ((next = next()) >= 0) {
                sink.frame(next, imageData(reader.frame(next), info.width(), info.height()));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            sink.failed(e);
        }
    }

    /** Waits for the next frame to decode: a seek, or while playing the frame due by the clock; -1 once closed. */
    private int next() throws InterruptedException {
        synchronized (lock) {
            while (!closed) {
                if (seek >= 0) {
                    int index = seek;
                    seek = -1;
                    clockStart = System.nanoTime() - index * frameNanos;
                    current = index;
                    return index;
                }
                if (!playing) {
                    lock.wait();
                    continue;
                }
                long now = System.nanoTime();
                int due = (int) Math.min(Integer.MAX_VALUE, (now - clockStart) / frameNanos);
                if (due >= frameCount) {
                    playing = false;
                    sink.ended();
                    if (current < frameCount - 1) {
                        current = frameCount - 1;
                        return current;
                    }
                } else if (due > current) {
                    current = due;
                    return due;
                } else {
                    long wait = clockStart + (current + 1) * frameNanos - now;
                    lock.wait(Math.max(1, wait / 1_000_000), 0);
                }
            }
            return -1;
        }
    }

    private static ImageData imageData(int[] argb, int width, int height) {
        ImageData data = new ImageData(width, height, 24, new PaletteData(0xFF0000, 0xFF00, 0xFF));
        for (int y = 0; y < height; y++) {
            data.setPixels(0, y, width, argb, y * width);
        }
        return data;
    }
}
