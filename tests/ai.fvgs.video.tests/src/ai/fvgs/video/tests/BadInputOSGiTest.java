package ai.fvgs.video.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ai.fvgs.video.VideoException;
import ai.fvgs.video.VideoFormat;
import ai.fvgs.video.VideoReader;
import ai.fvgs.video.VideoSpec;
import ai.fvgs.video.VideoWriter;

/** Aborted and failed writes leave no file; bad files and values give errors that name them. */
class BadInputOSGiTest {

    @TempDir
    Path dir;

    @Test
    void abortedWritersLeaveNoFile() throws Exception {
        for (VideoFormat format : new VideoFormat[] {VideoFormat.MP4_H264, VideoFormat.WEBM_VP9}) {
            Path file = dir.resolve("aborted." + format.extension());
            VideoWriter writer = VideoWriter.open(file, VideoSpec.of(format, 320, 180, 25));
            SyntheticFrames frames = new SyntheticFrames(320, 180, 10, false);
            for (int i = 0; i < 10; i++) {
                writer.write(frames.frame(i), 320, 180);
            }
            writer.abort();
            writer.abort();
            assertEquals(List.of(), PngSequenceOSGiTest.list(dir), "files left after aborting " + format);
            assertThrows(IllegalStateException.class, () -> writer.write(frames.frame(0), 320, 180));
            assertThrows(VideoException.class, writer::close, "closing an aborted writer");
            assertEquals(List.of(), PngSequenceOSGiTest.list(dir), "files left after close() of an aborted writer");
        }
    }

    @Test
    void aVideoWithoutFramesIsNotSaved() throws Exception {
        Path file = dir.resolve("empty.mp4");
        VideoWriter writer = VideoWriter.open(file, VideoSpec.of(VideoFormat.MP4_H264, 320, 180, 25));
        VideoException e = assertThrows(VideoException.class, writer::close);
        assertTrue(e.getMessage().contains(file.toString()) && e.getMessage().contains("no frames"), e.getMessage());
        assertEquals(List.of(), PngSequenceOSGiTest.list(dir), "files left");
    }

    @Test
    void aFrameOfTheWrongSizeIsRejectedNamingTheSizes() throws Exception {
        Path file = dir.resolve("sizes.mp4");
        VideoWriter writer = VideoWriter.open(file, VideoSpec.of(VideoFormat.MP4_H264, 320, 180, 25));
        try {
            IllegalArgumentException zero = assertThrows(IllegalArgumentException.class, () -> writer.write(new int[0], 0, 0));
            assertTrue(zero.getMessage().contains("0x0") && zero.getMessage().contains("320x180"), zero.getMessage());
            IllegalArgumentException shortArray = assertThrows(IllegalArgumentException.class,
                    () -> writer.write(new int[100], 320, 180));
            assertTrue(shortArray.getMessage().contains("100 pixels") && shortArray.getMessage().contains("57600"),
                    shortArray.getMessage());
            // the writer is still usable after rejected frames
            writer.write(new SyntheticFrames(320, 180, 1, false).frame(0), 320, 180);
            writer.close();
        } catch (Exception e) {
            writer.abort();
            throw e;
        }
        assertEquals(1, VideoReader.probe(file).frameCount(), "frames in the file");
    }

    @Test
    void badSpecsNameTheValueAndWhatIsAllowed() {
        assertMessage(() -> VideoSpec.of(VideoFormat.MP4_H264, 0, 360, 25), "width 0", "1 to 8192");
        assertMessage(() -> VideoSpec.of(VideoFormat.MP4_H264, 641, 360, 25), "width 641", "even");
        assertMessage(() -> VideoSpec.of(VideoFormat.WEBM_VP9, 640, 360, 29), "fps 29", "24, 25, 30, 60");
        assertMessage(() -> VideoSpec.of(VideoFormat.MP4_H264, 640, 360, 25).withAlpha(true), "alpha", "WEBM_VP9");
        assertMessage(() -> VideoSpec.of(VideoFormat.MP4_H264, 640, 360, 25).withBitrate(-1), "bitrate -1", "0");
        assertMessage(() -> VideoWriter.open(dir.resolve("clip.mov"), VideoSpec.of(VideoFormat.MP4_H264, 640, 360, 25)),
                "clip.mov", ".mp4");
        assertMessage(() -> VideoWriter.open(dir.resolve("clip.webm"), VideoSpec.of(VideoFormat.MP4_H264, 640, 360, 25)),
                "clip.webm", "MP4 (H.264)");
    }

    @Test
    void aMissingFileIsNamed() {
        Path missing = dir.resolve("no-such-background.mp4");
        VideoException e = assertThrows(VideoException.class, () -> VideoReader.probe(missing));
        assertEquals(missing + ": does not exist", e.getMessage());
        assertEquals(missing, e.file());
        assertThrows(VideoException.class, () -> VideoReader.open(missing));
    }

    @Test
    void aTextFileNamedMp4IsNamedAsNotAVideo() throws Exception {
        Path text = Files.writeString(dir.resolve("notes.mp4"), "These are notes, not a video.\n".repeat(50));
        VideoException e = assertThrows(VideoException.class, () -> VideoReader.open(text));
        assertTrue(e.getMessage().startsWith(text + ": is not a video file that FFmpeg can read"), e.getMessage());
    }

    @Test
    void anEmptyFileIsNamed() throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.webm"));
        VideoException e = assertThrows(VideoException.class, () -> VideoReader.probe(empty));
        assertEquals(empty + ": is empty (0 bytes)", e.getMessage());
    }

    @Test
    void aTruncatedVideoIsReadUpToItsEndOrNamedAsDamaged() throws Exception {
        Path good = Mp4EncodingOSGiTest.encode(dir.resolve("good.mp4"), VideoSpec.of(VideoFormat.MP4_H264, 320, 180, 25),
                new SyntheticFrames(320, 180, 25, false), 25);
        byte[] bytes = Files.readAllBytes(good);

        // the index is at the front (faststart), so the first half of the file still holds the first frames
        Path half = Files.write(dir.resolve("half.mp4"), Arrays.copyOf(bytes, bytes.length / 2));
        try (VideoReader reader = VideoReader.open(half)) {
            int frames = reader.info().frameCount();
            assertTrue(frames > 0 && frames < 25, "frames found in half a file: " + frames);
            assertEquals(320 * 180, reader.frame(frames - 1).length, "the last frame present decodes");
        }

        Path stub = Files.write(dir.resolve("stub.mp4"), Arrays.copyOf(bytes, 100));
        VideoException e = assertThrows(VideoException.class, () -> VideoReader.open(stub));
        assertTrue(e.getMessage().startsWith(stub + ": "), e.getMessage());
    }

    private static void assertMessage(org.junit.jupiter.api.function.Executable action, String... parts) {
        Exception e = assertThrows(Exception.class, action);
        for (String part : parts) {
            assertTrue(e.getMessage().contains(part), () -> "'" + part + "' in: " + e.getMessage());
        }
    }
}
