package ai.fvgs.video.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ai.fvgs.video.PngSequenceWriter;
import ai.fvgs.video.VideoException;
import ai.fvgs.video.VideoFormat;
import ai.fvgs.video.VideoSpec;
import ai.fvgs.video.VideoWriter;

/** PNG sequences: lossless round trip through ImageIO, alpha, naming, and nothing left behind on abort. */
class PngSequenceOSGiTest {

    static final int WIDTH = 97;   // odd sizes are fine for PNG
    static final int HEIGHT = 61;

    @TempDir
    Path dir;

    @Test
    void rgbaFramesDecodeToExactlyThePixelsWritten() throws Exception {
        VideoSpec spec = VideoSpec.of(VideoFormat.PNG_SEQUENCE, WIDTH, HEIGHT, 25).withAlpha(true);
        int[][] frames = randomFrames(3, true);
        Path folder = dir.resolve("frames");
        writeAll(VideoWriter.open(folder, spec), frames);

        assertEquals(List.of("frame_000001.png", "frame_000002.png", "frame_000003.png"), list(folder));
        for (int i = 0; i < frames.length; i++) {
            BufferedImage image = ImageIO.read(folder.resolve(String.format("frame_%06d.png", i + 1)).toFile());
            assertNotNull(image, "ImageIO reads frame " + (i + 1));
            assertTrue(image.getColorModel().hasAlpha(), "frame " + (i + 1) + " has an alpha channel");
            assertArrayEquals(frames[i], image.getRGB(0, 0, WIDTH, HEIGHT, null, 0, WIDTH), "pixels of frame " + (i + 1));
        }
    }

    @Test
    void withoutAlphaFramesAreOpaqueRgbWithTheSameColours() throws Exception {
        VideoSpec spec = VideoSpec.of(VideoFormat.PNG_SEQUENCE, WIDTH, HEIGHT, 30);
        int[][] frames = randomFrames(2, true);
        Path folder = dir.resolve("rgb");
        writeAll(PngSequenceWriter.open(folder, "depth_", spec), frames);

        assertEquals(List.of("depth_000001.png", "depth_000002.png"), list(folder));
        BufferedImage image = ImageIO.read(folder.resolve("depth_000002.png").toFile());
        assertFalse(image.getColorModel().hasAlpha(), "an RGB PNG has no alpha channel");
        int[] expected = frames[1].clone();
        for (int i = 0; i < expected.length; i++) {
            expected[i] |= 0xff000000;
        }
        assertArrayEquals(expected, image.getRGB(0, 0, WIDTH, HEIGHT, null, 0, WIDTH), "colours of frame 2");
    }

    @Test
    void abortDeletesEveryFrameWritten() throws Exception {
        Path folder = dir.resolve("aborted");
        VideoWriter writer = VideoWriter.open(folder, VideoSpec.of(VideoFormat.PNG_SEQUENCE, WIDTH, HEIGHT, 24));
        for (int[] frame : randomFrames(3, false)) {
            writer.write(frame, WIDTH, HEIGHT);
        }
        assertEquals(3, list(folder).size(), "frames are in place while writing");
        writer.abort();
        assertEquals(List.of(), list(folder), "files left after abort()");
        VideoException e = assertThrows(VideoException.class, writer::close);
        assertTrue(e.getMessage().contains("aborted"), e.getMessage());
    }

    @Test
    void aFolderWithAnOlderSequenceIsRefused() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("used"));
        Files.write(folder.resolve("frame_000007.png"), new byte[] {1});
        VideoException e = assertThrows(VideoException.class,
                () -> VideoWriter.open(folder, VideoSpec.of(VideoFormat.PNG_SEQUENCE, WIDTH, HEIGHT, 24)));
        assertTrue(e.getMessage().contains(folder.toString()) && e.getMessage().contains("frame_000007.png"), e.getMessage());
    }

    private static void writeAll(VideoWriter writer, int[][] frames) throws IOException {
        for (int[] frame : frames) {
            writer.write(frame, WIDTH, HEIGHT);
        }
        writer.close();
        assertEquals(frames.length, writer.framesWritten(), "frames written");
    }

    /** Random pixels, with every alpha value from 0 to 255 if {@code alpha}, else opaque. */
    static int[][] randomFrames(int count, boolean alpha) {
        Random random = new Random(42);
        int[][] frames = new int[count][WIDTH * HEIGHT];
        for (int[] frame : frames) {
            for (int i = 0; i < frame.length; i++) {
                int a = alpha ? i % 256 : 255;
                frame[i] = a << 24 | random.nextInt(0x1000000);
            }
        }
        return frames;
    }

    static List<String> list(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
