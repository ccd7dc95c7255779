package ai.fvgs.video.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import ai.fvgs.video.VideoFormat;
import ai.fvgs.video.VideoSpec;
import ai.fvgs.video.VideoWriter;

/** Encodes MP4 (H.264 through OpenH264) inside Equinox and checks the file with Debian's ffprobe. */
class Mp4EncodingOSGiTest {

    static final int WIDTH = 640;
    static final int HEIGHT = 360;
    static final int FPS = 25;
    static final int FRAMES = 2 * FPS;

    @TempDir
    Path dir;

    /** Writes 2 s of synthetic 640x360 frames at 25 fps. */
    static Path encode(Path file, VideoSpec spec, SyntheticFrames frames, int count) throws IOException {
        VideoWriter writer = VideoWriter.open(file, spec);
        try {
            for (int i = 0; i < count; i++) {
                writer.write(frames.frame(i), spec.width(), spec.height());
            }
            assertFalse(Files.exists(file), "the final file must not exist before close(): " + file);
            writer.close();
        } catch (IOException | RuntimeException e) {
            writer.abort();
            throw e;
        }
        return file;
    }

    @Test
    void mp4HasH264AndEveryFrameAtTheRequestedSizeAndDuration() throws Exception {
        SyntheticFrames frames = new SyntheticFrames(WIDTH, HEIGHT, FRAMES, false);
        Path file = encode(dir.resolve("walk.mp4"), VideoSpec.of(VideoFormat.MP4_H264, WIDTH, HEIGHT, FPS), frames, FRAMES);

        JsonNode stream = Ffprobe.videoStream(file);
        assertEquals("h264", stream.path("codec_name").asText(), () -> "codec of " + stream);
        assertEquals(WIDTH, stream.path("width").asInt(), "width");
        assertEquals(HEIGHT, stream.path("height").asInt(), "height");
        assertEquals("yuv420p", stream.path("pix_fmt").asText(), "pixel format");
        assertEquals(FRAMES, stream.path("nb_read_frames").asInt(), "frames decoded by ffprobe");
        assertEquals("25/1", stream.path("avg_frame_rate").asText(), "frame rate");
        assertEquals(2.0, stream.path("duration").asDouble(), 0.05, "stream duration in seconds");
        for (int i : new int[] {0, 1, 37, FRAMES - 1}) {
            int[] argb = Ffprobe.argbFrame(file, null, i);
            assertEquals(i, frames.readCode(argb), "the index frame " + i + " spells, decoded by ffmpeg");
            Pixels.assertClose(frames.leftColour(i), argb[HEIGHT / 2 * WIDTH + WIDTH / 4], 12, "left colour of frame " + i);
        }
        assertOnlyFinalFileLeft(file);
    }

    /**
     * The finished video gets the permissions any new file in its folder gets (the process's umask), not the
     * owner-only ones of a temporary file: a render is meant to be shared.
     */
    @Test
    void theFinishedVideoHasTheFolderDefaultPermissions() throws Exception {
        SyntheticFrames frames = new SyntheticFrames(160, 96, 3, false);
        Path file = encode(dir.resolve("shared.mp4"), VideoSpec.of(VideoFormat.MP4_H264, 160, 96, FPS), frames, 3);
        Path plain = Files.createFile(dir.resolve("plain.txt"));
        assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(file));
    }

    /**
     * Flat colours come back from H.264 and VP9 within a few levels: the writer's own conversion to YUV 4:2:0 (BT.601,
     * limited range) is what FFmpeg's decoder expects, with the planes in the right order.
     */
    @Test
    void flatColoursComeBackAfterTheConversionToYuv() throws Exception {
        int[] colours = {0xFFE02020, 0xFF20C040, 0xFF2040D0, 0xFFFFFFFF, 0xFF000000, 0xFF808080, 0xFFF0E040, 0xFF30D0E0,
            0xFFC030B0, 0xFFD8A080, 0xFF102060, 0xFFF08020};
        int w = 128, h = 96, block = 32;
        int[] frame = new int[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                frame[y * w + x] = colours[y / block * (w / block) + x / block];
            }
        }
        for (VideoFormat format : new VideoFormat[] {VideoFormat.MP4_H264, VideoFormat.WEBM_VP9}) {
            Path file = dir.resolve("flat." + format.extension());
            VideoSpec spec = VideoSpec.of(format, w, h, FPS);
            try (VideoWriter writer = VideoWriter.open(file, spec)) {
                for (int i = 0; i < 3; i++) {
                    writer.write(frame, w, h);
                }
            }
            int[] argb = Ffprobe.argbFrame(file, null, 1);
            for (int k = 0; k < colours.length; k++) {
                int cx = k % (w / block) * block + block / 2, cy = k / (w / block) * block + block / 2;
                Pixels.assertClose(colours[k], argb[cy * w + cx], 6, format.label() + ": colour " + Integer.toHexString(colours[k]));
            }
        }
    }

    @Test
    void closingReplacesAnOlderFileOnlyAtTheEnd() throws Exception {
        Path file = dir.resolve("again.mp4");
        Files.writeString(file, "older content");
        VideoSpec spec = VideoSpec.of(VideoFormat.MP4_H264, 64, 48, 24);
        VideoWriter writer = VideoWriter.open(file, spec);
        writer.write(new SyntheticFrames(64, 48, 2, false).frame(0), 64, 48);
        assertEquals("older content", Files.readString(file), "the old file stays until close()");
        writer.close();
        JsonNode stream = Ffprobe.videoStream(file);
        assertEquals(1, stream.path("nb_read_frames").asInt(), "frames");
        assertOnlyFinalFileLeft(file);
    }

    static void assertOnlyFinalFileLeft(Path file) throws IOException {
        try (Stream<Path> files = Files.list(file.getParent())) {
            assertEquals(java.util.List.of(file.getFileName().toString()),
                    files.map(p -> p.getFileName().toString()).sorted().toList(), "files in " + file.getParent());
        }
        assertTrue(Files.size(file) > 0, "size of " + file);
    }
}
