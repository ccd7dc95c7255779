package ai.fvgs.video.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import ai.fvgs.video.VideoFormat;
import ai.fvgs.video.VideoInfo;
import ai.fvgs.video.VideoReader;
import ai.fvgs.video.VideoSpec;

/**
 * Encodes WebM (VP9 through libvpx) with and without alpha inside Equinox and checks it with ffprobe and with
 * ffmpeg's libvpx decoder, which is the one that reads VP9's alpha channel.
 */
class WebmAlphaOSGiTest {

    static final int WIDTH = 640;
    static final int HEIGHT = 360;
    static final int FPS = 25;
    static final int FRAMES = 50;

    @TempDir
    Path dir;

    @Test
    void webmWithAlphaIsVp9WithAlphaModeAndKeepsTransparency() throws Exception {
        SyntheticFrames frames = new SyntheticFrames(WIDTH, HEIGHT, FRAMES, true);
        Path file = Mp4EncodingOSGiTest.encode(dir.resolve("catwalk.webm"),
                VideoSpec.of(VideoFormat.WEBM_VP9, WIDTH, HEIGHT, FPS).withAlpha(true), frames, FRAMES);

        JsonNode stream = Ffprobe.videoStream(file);
        assertEquals("vp9", stream.path("codec_name").asText(), () -> "codec of " + stream);
        assertEquals(WIDTH, stream.path("width").asInt(), "width");
        assertEquals(HEIGHT, stream.path("height").asInt(), "height");
        assertEquals(FRAMES, stream.path("nb_read_frames").asInt(), "frames decoded by ffprobe");
        // ffprobe's built-in VP9 decoder ignores the alpha channel and reports yuv420p; the WebM track says
        // it has alpha with the AlphaMode element, shown as the stream tag alpha_mode
        assertEquals("1", stream.path("tags").path("alpha_mode").asText(), () -> "alpha_mode tag in " + stream.path("tags"));
        assertEquals(2.0, stream.path("format_duration").asDouble(), 0.05, "duration in seconds");

        int frame = 10;
        int[] argb = Ffprobe.argbFrame(file, "libvpx-vp9", frame);
        assertEquals(WIDTH * HEIGHT, argb.length, "pixels of the frame ffmpeg decoded");
        assertEquals(frame, frames.readCode(argb), "the index frame " + frame + " spells");
        int x = WIDTH / 4;
        assertEquals(0, argb[HEIGHT / 8 * WIDTH + x] >>> 24, 8, "alpha in the transparent top quarter");
        assertEquals(128, argb[3 * HEIGHT / 8 * WIDTH + x] >>> 24, 8, "alpha in the half-transparent second quarter");
        assertEquals(255, argb[3 * HEIGHT / 4 * WIDTH + x] >>> 24, 8, "alpha in the opaque bottom half");
        Pixels.assertClose(frames.leftColour(frame), argb[3 * HEIGHT / 4 * WIDTH + x], 12, "colour of the opaque left half");

        try (VideoReader reader = VideoReader.open(file)) {
            VideoInfo info = reader.info();
            assertTrue(info.alpha(), () -> "the reader sees the alpha channel: " + info);
            int[] decoded = reader.frame(frame);
            assertEquals(frame, frames.readCode(decoded), "the index the reader's frame spells");
            assertEquals(0, decoded[HEIGHT / 8 * WIDTH + x] >>> 24, 8, "alpha read back, transparent");
            assertEquals(128, decoded[3 * HEIGHT / 8 * WIDTH + x] >>> 24, 8, "alpha read back, half");
            assertEquals(255, decoded[3 * HEIGHT / 4 * WIDTH + x] >>> 24, 8, "alpha read back, opaque");
        }
        Mp4EncodingOSGiTest.assertOnlyFinalFileLeft(file);
    }

    @Test
    void webmWithoutAlphaIsOpaqueVp9() throws Exception {
        Path file = Mp4EncodingOSGiTest.encode(dir.resolve("opaque.webm"),
                VideoSpec.of(VideoFormat.WEBM_VP9, WIDTH, HEIGHT, FPS), new SyntheticFrames(WIDTH, HEIGHT, FRAMES, true), FRAMES);

        JsonNode stream = Ffprobe.videoStream(file);
        assertEquals("vp9", stream.path("codec_name").asText());
        assertEquals("yuv420p", stream.path("pix_fmt").asText(), "pixel format");
        assertEquals(FRAMES, stream.path("nb_read_frames").asInt(), "frames decoded by ffprobe");
        assertTrue(stream.path("tags").path("alpha_mode").isMissingNode(), () -> "no alpha_mode tag: " + stream.path("tags"));
        int[] argb = Ffprobe.argbFrame(file, "libvpx-vp9", 0);
        assertEquals(255, argb[HEIGHT / 8 * WIDTH + WIDTH / 4] >>> 24, "alpha of a pixel written transparent, in an opaque video");
    }
}
