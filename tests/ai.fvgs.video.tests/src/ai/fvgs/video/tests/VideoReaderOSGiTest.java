package ai.fvgs.video.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ai.fvgs.video.VideoFormat;
import ai.fvgs.video.VideoInfo;
import ai.fvgs.video.VideoReader;
import ai.fvgs.video.VideoSpec;

/** Reads back an MP4 written by the writer: probe, frame by frame, seeking, looping by time. */
class VideoReaderOSGiTest {

    static final int WIDTH = 640;
    static final int HEIGHT = 360;
    static final int FRAMES = 50;
    static final SyntheticFrames SOURCE = new SyntheticFrames(WIDTH, HEIGHT, FRAMES, false);

    @TempDir
    static Path dir;
    static Path mp4;

    @BeforeAll
    static void encode() throws Exception {
        mp4 = Mp4EncodingOSGiTest.encode(dir.resolve("background.mp4"),
                VideoSpec.of(VideoFormat.MP4_H264, WIDTH, HEIGHT, 25), SOURCE, FRAMES);
    }

    @Test
    void probeReportsWhatWasWritten() throws Exception {
        VideoInfo info = VideoReader.probe(mp4);
        assertEquals("h264", info.codec(), "codec");
        assertEquals(WIDTH, info.width(), "width");
        assertEquals(HEIGHT, info.height(), "height");
        assertEquals(25.0, info.fps(), 1e-9, "fps");
        assertEquals(FRAMES, info.frameCount(), "frame count");
        assertEquals(2.0, info.durationSeconds(), 0.05, "duration");
        assertFalse(info.alpha(), "alpha");
    }

    @Test
    void everyFrameReadsBackWithApproximatelyItsColours() throws Exception {
        try (VideoReader reader = VideoReader.open(mp4)) {
            for (int i = 0; i < FRAMES; i++) {
                assertFrameMatches(i, reader.frame(i));
            }
        }
    }

    @Test
    void framesAreFoundWhenJumpingBackAndForth() throws Exception {
        try (VideoReader reader = VideoReader.open(mp4)) {
            int[] order = {49, 3, 3, 0, 27, 26, 48, 1, 12, 21, 14};
            for (int i : order) {
                assertFrameMatches(i, reader.frame(i));
            }
            int[] again = reader.frame(12);
            assertArrayEquals(reader.frame(12), again, "the same frame twice");
        }
    }

    @Test
    void timeLoopsOverTheVideo() throws Exception {
        try (VideoReader reader = VideoReader.open(mp4)) {
            assertEquals(0, reader.frameIndexAt(0.0), "t = 0");
            assertEquals(12, reader.frameIndexAt(0.5), "t = 0.5 s at 25 fps");
            assertEquals(49, reader.frameIndexAt(1.999), "last frame");
            assertEquals(0, reader.frameIndexAt(2.0), "t = 2 s loops to the first frame");
            assertEquals(12, reader.frameIndexAt(10.5), "t = 10.5 s is 0.5 s into the fifth loop");
            assertEquals(49, reader.frameIndexAt(-0.01), "negative time counts back from the end");
            for (double t = 0; t < 6; t += 0.3) {
                assertFrameMatches(reader.frameIndexAt(t), reader.frameAt(t));
            }
            assertThrows(IllegalArgumentException.class, () -> reader.frameAt(Double.NaN));
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> reader.frame(FRAMES));
            assertEquals(true, e.getMessage().contains("frame index 50") && e.getMessage().contains("0 to 49"), e.getMessage());
        }
    }

    /** Checks the frame's code blocks, which must spell its index, and its approximate colours. */
    static void assertFrameMatches(int index, int[] argb) {
        assertEquals(WIDTH * HEIGHT, argb.length, "pixels in frame " + index);
        assertEquals(index, SOURCE.readCode(argb), "the index the decoded frame spells");
        int y = HEIGHT / 2;
        Pixels.assertClose(SOURCE.leftColour(index), argb[y * WIDTH + WIDTH / 4], 12, "left colour of frame " + index);
        int side = HEIGHT / 4;
        int inSquare = SOURCE.squareX(index) + side / 2;
        Pixels.assertClose(0xffffffff, argb[y * WIDTH + inSquare], 16, "white square of frame " + index);
        int besideSquare = SOURCE.squareX(index) - 8;
        if (besideSquare > WIDTH / 2 + 8) {
            Pixels.assertClose(SyntheticFrames.DARK_GREY, argb[y * WIDTH + besideSquare], 16, "grey beside the square in frame " + index);
        }
        assertEquals(0xff, argb[y * WIDTH] >>> 24, "alpha of an MP4 pixel");
    }
}
