package ai.fvgs.backgrounds.basic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ai.fvgs.sdk.RgbaImage;
import ai.fvgs.sdk.background.Background;
import ai.fvgs.video.VideoFormat;
import ai.fvgs.video.VideoSpec;
import ai.fvgs.video.VideoWriter;

/**
 * The video background with a real MP4 written by {@link VideoWriter}: ten flat grey frames at 25 fps, each
 * lighter than the one before, so a frame can be recognised by its grey level.
 */
class VideoBackgroundOSGiTest {

    static final int FRAMES = 10;
    static final int FPS = 25;

    @TempDir
    static Path dir;

    @BeforeAll
    static void writeVideo() throws Exception {
        VideoWriter writer = VideoWriter.open(dir.resolve("greys.mp4"), VideoSpec.of(VideoFormat.MP4_H264, 64, 48, FPS));
        try {
            int[] frame = new int[64 * 48];
            for (int i = 0; i < FRAMES; i++) {
                java.util.Arrays.fill(frame, 0xFF000000 | level(i) * 0x010101);
                writer.write(frame, 64, 48);
            }
            writer.close();
        } catch (Exception e) {
            writer.abort();
            throw e;
        }
        Files.writeString(dir.resolve("broken.mp4"), "not a video at all");
    }

    static int level(int frame) {
        return 20 + 22 * frame;
    }

    /** @return the index of the frame whose grey the middle pixel shows */
    static int frameShown(RgbaImage img) {
        int grey = img.get(img.width() / 2, img.height() / 2) >> 8 & 0xFF;
        int index = Math.round((grey - 20) / 22f);
        assertTrue(Math.abs(grey - level(index)) <= 6, "grey " + grey + " is close to frame " + index + "'s " + level(index));
        return index;
    }

    static Background configured(Map<String, String> parameters) {
        return new VideoBackground().configure(parameters, dir);
    }

    @Test
    void loopsEveryFrameCountOverFpsSeconds() {
        Background video = configured(Map.of("file", "greys.mp4"));
        assertEquals(0.4, video.loopSeconds(), 1e-12, "10 frames at 25 fps");
        RgbaImage img = new RgbaImage(32, 24);
        double[] times = { 0, 0.039, 0.04, 0.13, 0.399, 0.4, 0.53, 10.0 + 0.25, 3.0 / FPS };
        int[] expected = { 0, 0, 1, 3, 9, 0, 3, 6, 3 };
        for (int i = 0; i < times.length; i++) {
            video.paint(img, times[i]);
            assertEquals(expected[i], frameShown(img), "frame at t = " + times[i] + " s");
        }
    }

    @Test
    void framesAreTheSameWhateverTheOrderAndThreads() throws Exception {
        Background sequential = configured(Map.of("file", "greys.mp4", "fit", "contain"));
        Background shared = configured(Map.of("file", "greys.mp4", "fit", "contain"));
        List<int[]> expected = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            RgbaImage img = new RgbaImage(80, 40);
            sequential.paint(img, i / (double) FPS);
            expected.add(img.pixels());
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<int[]>> results = new ArrayList<>();
            for (int i = 23; i >= 0; i--) {
                double t = i / (double) FPS;
                results.add(0, pool.submit(() -> {
                    RgbaImage img = new RgbaImage(80, 40);
                    shared.paint(img, t);
                    return img.pixels();
                }));
            }
            for (int i = 0; i < 24; i++) {
                assertArrayEquals(expected.get(i), results.get(i).get(), "frame at " + i + "/" + FPS + " s");
            }
        } finally {
            pool.shutdown();
        }
        RgbaImage img = new RgbaImage(80, 40);
        sequential.paint(img, 0);
        assertEquals(0xFF000000, img.get(2, 20), "contain: a 4:3 video in a 2:1 frame has black bars at the sides");
    }

    @Test
    void theCacheStaysWithinItsBudget() {
        VideoBackground video = (VideoBackground) configured(Map.of("file", "greys.mp4"));
        RgbaImage img = new RgbaImage(1920, 1080);
        for (int i = 0; i < FRAMES; i++) {
            video.paint(img, i / (double) FPS);
        }
        long frameBytes = 4L * 1920 * 1080;
        assertTrue(video.frames().cachedFrames() * frameBytes <= VideoFrames.BUDGET_BYTES,
                video.frames().cachedFrames() + " cached full-HD frames fit in the budget");
        assertTrue(video.frames().cachedFrames() >= 2, "at least two frames are kept");
    }

    @Test
    void missingAndUndecodableFilesAreNamed() {
        Background video = new VideoBackground();
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> video.configure(Map.of("file", "nowhere.mp4"), dir));
        assertTrue(missing.getMessage().startsWith("file: \"nowhere.mp4\" does not exist (looked for "), missing.getMessage());
        IllegalArgumentException broken = assertThrows(IllegalArgumentException.class,
                () -> video.configure(Map.of("file", "broken.mp4"), dir));
        assertTrue(broken.getMessage().startsWith("file: \"broken.mp4\" cannot be decoded (")
                && broken.getMessage().endsWith("); allowed: an MP4, WebM or MOV video"), broken.getMessage());
        IllegalArgumentException type = assertThrows(IllegalArgumentException.class,
                () -> video.configure(Map.of("file", "clip.avi"), dir));
        assertEquals("file: \"clip.avi\" is not an allowed file type; allowed: a readable .mp4, .webm, .mov file", type.getMessage());
        assertEquals(0, video.loopSeconds(), "the unconfigured service is still");
    }
}
