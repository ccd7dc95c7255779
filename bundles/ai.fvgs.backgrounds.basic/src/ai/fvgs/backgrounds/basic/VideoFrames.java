package ai.fvgs.backgrounds.basic;

import java.io.UncheckedIOException;
import java.lang.ref.Cleaner;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

import ai.fvgs.video.VideoException;
import ai.fvgs.video.VideoInfo;
import ai.fvgs.video.VideoReader;

/**
 * The frames of one video file, decoded on demand and scaled to the frame size asked for, with a bounded
 * least-recently-used cache of scaled frames.
 * <p>
 * Memory: the cache holds at most {@link #BUDGET_BYTES} of scaled frames (and never fewer than two), whatever
 * the video's length or resolution; decoded full-size frames are not kept. Decoding is serialised on one
 * {@link VideoReader}: a missing frame is decoded together with up to {@link #AHEAD} following frames in one
 * forward pass, so that threads painting neighbouring frames in parallel find them ready instead of making
 * the reader seek back. Every frame depends only on the file and its index, so the order of requests never
 * changes the pixels.
 * <p>
 * The reader holds native decoder memory; it is released when this object becomes unreachable (through a
 * {@link Cleaner}), as a background has no close method.
 */
final class VideoFrames {

    /** Most bytes of scaled frames kept: 256 MiB, about 70 frames of 1280x720 or 8 of 3840x2160. */
    static final long BUDGET_BYTES = 256L << 20;

    /** How many frames after a missing one are decoded with it. */
    static final int AHEAD = 8;

    private static final Cleaner CLEANER = Cleaner.create();

    private record Key(int index, int width, int height) {
    }

    /** The native reader, shared with the cleaner; every use holds its monitor. */
    private static final class Decoder implements Runnable {
        private final VideoReader reader;
        private boolean closed;

        Decoder(VideoReader reader) {
            this.reader = reader;
        }

        @Override
        public synchronized void run() {
            closed = true;
            reader.close();
        }
    }

    private final Decoder decoder;
    private final VideoInfo info;
    private final Fit fit;
    private final int matte;
    private final Map<Key, ScaledFrame> cache = new LinkedHashMap<>(16, 0.75f, true);
    private long cachedBytes;

    /**
     * @param reader an open reader, owned from now on
     * @param fit    how frames fill the output
     * @param matte  opaque colour under the frames
     */
    VideoFrames(VideoReader reader, Fit fit, int matte) {
        this.decoder = new Decoder(reader);
        this.info = reader.info();
        this.fit = fit;
        this.matte = matte;
        CLEANER.register(this, decoder);
    }

    /** @return what the file holds */
    VideoInfo info() {
        return info;
    }

    /**
     * @param seconds frame time, finite
     * @return the index of the frame shown then: {@code floor(t * fps)} modulo the frame count
     */
    int indexAt(double seconds) {
        synchronized (decoder) {
            return decoder.reader.frameIndexAt(seconds);
        }
    }

    /**
     * @param index  frame index
     * @param width  frame width wanted
     * @param height frame height wanted
     * @return the frame scaled to that size
     * @throws UncheckedIOException naming the file and frame, if decoding fails
     */
    ScaledFrame frame(int index, int width, int height) {
        synchronized (decoder) {
            ScaledFrame hit = cache.get(new Key(index, width, height));
            if (hit != null) {
                return hit;
            }
            long capacity = StrictMath.max(2, BUDGET_BYTES / (4L * width * height));
            int ahead = (int) StrictMath.min(AHEAD, capacity / 2);
            ScaledFrame wanted = decode(index, width, height);
            for (int i = index + 1; i <= index + ahead && i < info.frameCount(); i++) {
                if (!cache.containsKey(new Key(i, width, height))) {
                    decode(i, width, height);
                }
            }
            return wanted;
        }
    }

    private ScaledFrame decode(int index, int width, int height) {
        if (decoder.closed) {
            throw new IllegalStateException("the video " + info.file() + " was released");
        }
        int[] raw;
        try {
            raw = decoder.reader.frame(index);
        } catch (VideoException e) {
            throw new UncheckedIOException("frame " + index + " of the background video cannot be decoded: " + e.getMessage(), e);
        }
        ScaledFrame frame = new ScaledFrame(width, height,
                Resampler.resample(raw, info.width(), info.height(), width, height, fit, matte));
        cache.put(new Key(index, width, height), frame);
        cachedBytes += frame.bytes();
        Iterator<ScaledFrame> oldest = cache.values().iterator();
        while (cachedBytes > BUDGET_BYTES && cache.size() > 2) {
            cachedBytes -= oldest.next().bytes();
            oldest.remove();
        }
        return frame;
    }

    /** @return how many scaled frames are cached now, for tests */
    int cachedFrames() {
        synchronized (decoder) {
            return cache.size();
        }
    }
}
