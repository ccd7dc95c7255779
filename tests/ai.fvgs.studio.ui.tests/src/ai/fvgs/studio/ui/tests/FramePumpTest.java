package ai.fvgs.studio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.eclipse.swt.graphics.ImageData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ai.fvgs.studio.ui.internal.FramePump;
import ai.fvgs.video.VideoInfo;

/**
 * The player's decoder thread on a real MP4 (2 s at 30 fps, made by the system's ffmpeg): a consumer slower than the
 * frame rate makes it skip frames and still end on time, and seeks made while it is busy collapse into the newest.
 */
class FramePumpTest {

    @TempDir
    Path dir;

    private Path video;
    private final List<Integer> shown = new ArrayList<>();
    private final CountDownLatch opened = new CountDownLatch(1);
    private final CountDownLatch ended = new CountDownLatch(1);
    private volatile long delayMillis;
    private volatile CountDownLatch gate = new CountDownLatch(0);

    @BeforeEach
    void makeVideo() throws Exception {
        video = dir.resolve("count.mp4");
        Process p = new ProcessBuilder("ffmpeg", "-v", "error", "-f", "lavfi", "-i", "testsrc=size=160x90:rate=30", "-t", "2", "-pix_fmt",
                "yuv420p", "-c:v", "libx264", video.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0, "ffmpeg failed: " + out);
    }

    @Test
    void aConsumerSlowerThanTheFrameRateMakesItSkipFramesAndEndOnTime() throws Exception {
        delayMillis = 100; // three frame durations per frame
        try (FramePump pump = new FramePump(video, sink())) {
            assertTrue(opened.await(30, TimeUnit.SECONDS));
            awaitShown(0);
            long start = System.nanoTime();
            pump.play();
            assertTrue(ended.await(30, TimeUnit.SECONDS), "playback ended");
            double seconds = (System.nanoTime() - start) / 1e9;
            awaitShown(59);
            List<Integer> frames = frames();
            assertTrue(seconds > 1.8 && seconds < 3.5, "2 s of video took " + seconds + " s, not 60 x 0.1 s");
            assertTrue(frames.size() < 40, "late frames were skipped: " + frames);
            for (int i = 1; i < frames.size(); i++) {
                assertTrue(frames.get(i) > frames.get(i - 1), "frames only go forward: " + frames);
            }
        }
    }

    @Test
    void seeksMadeWhileItIsBusyCollapseIntoTheNewest() throws Exception {
        gate = new CountDownLatch(1);
        try (FramePump pump = new FramePump(video, sink())) {
            assertTrue(opened.await(30, TimeUnit.SECONDS));
            awaitShown(0); // the first frame is being handed over and the consumer holds it
            pump.seek(10);
            pump.seek(20);
            pump.seek(45);
            gate.countDown();
            awaitShown(45);
            Thread.sleep(200);
            assertEquals(List.of(0, 45), frames(), "only the newest seek was decoded");
        }
    }

    private FramePump.Sink sink() {
        return new FramePump.Sink() {
            @Override
            public void opened(VideoInfo info) {
                assertEquals(60, info.frameCount());
                opened.countDown();
            }

            @Override
            public void frame(int index, ImageData frame) {
                synchronized (shown) {
                    shown.add(index);
                    shown.notifyAll();
                }
                try {
                    gate.await(30, TimeUnit.SECONDS);
                    Thread.sleep(delayMillis);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }

            @Override
            public void ended() {
                ended.countDown();
            }

            @Override
            public void failed(Exception error) {
                throw new AssertionError(error);
            }
        };
    }

    private void awaitShown(int index) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        synchronized (shown) {
            while (!shown.contains(index)) {
                long left = deadline - System.nanoTime();
                assertTrue(left > 0, "frame " + index + " shown; shown: " + shown);
                shown.wait(Math.max(1, left / 1_000_000));
            }
        }
    }

    private List<Integer> frames() {
        synchronized (shown) {
            return List.copyOf(shown);
        }
    }
}
