package ai.fvgs.video.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Runs the system's {@code ffprobe} and {@code ffmpeg} (Debian package {@code ffmpeg}) on files the tests wrote,
 * as an independent check of the encoder.
 */
final class Ffprobe {

    private Ffprobe() {
    }

    /**
     * @param file a video file
     * @return the first video stream of {@code ffprobe -v error -show_streams -count_frames -of json}, plus
     *         the format's duration as {@code format_duration}
     */
    static JsonNode videoStream(Path file) throws IOException, InterruptedException {
        byte[] out = run("ffprobe", "-v", "error", "-show_streams", "-show_format", "-count_frames", "-of", "json",
                file.toString());
        JsonNode root = new ObjectMapper().readTree(out);
        for (JsonNode stream : root.path("streams")) {
            if ("video".equals(stream.path("codec_type").asText())) {
                ((ObjectNode) stream).put("format_duration",
                        root.path("format").path("duration").asDouble());
                return stream;
            }
        }
        return fail("ffprobe found no video stream in " + file + ": " + root);
    }

    /**
     * Decodes one frame with the command-line ffmpeg to raw RGBA bytes.
     *
     * @param file    a video file
     * @param decoder a decoder name for {@code -c:v} (such as {@code libvpx-vp9}, which keeps VP9 alpha), or null
     * @param frame   0-based frame index
     * @return width * height * 4 bytes R, G, B, A
     */
    static byte[] rgbaFrame(Path file, String decoder, int frame) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("ffmpeg", "-v", "error"));
        if (decoder != null) {
            cmd.addAll(List.of("-c:v", decoder));
        }
        cmd.addAll(List.of("-i", file.toString(), "-vf", "select=eq(n\\," + frame + ")", "-frames:v", "1",
                "-f", "rawvideo", "-pix_fmt", "rgba", "-"));
        return run(cmd.toArray(String[]::new));
    }

    /**
     * Like {@link #rgbaFrame}, as ARGB {@code int}s.
     */
    static int[] argbFrame(Path file, String decoder, int frame) throws IOException, InterruptedException {
        byte[] rgba = rgbaFrame(file, decoder, frame);
        int[] argb = new int[rgba.length / 4];
        for (int i = 0; i < argb.length; i++) {
            argb[i] = (rgba[4 * i + 3] & 0xff) << 24 | (rgba[4 * i] & 0xff) << 16 | (rgba[4 * i + 1] & 0xff) << 8
                    | (rgba[4 * i + 2] & 0xff);
        }
        return argb;
    }

    private static byte[] run(String... command) throws IOException, InterruptedException {
        Process p;
        try {
            p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.PIPE).start();
        } catch (IOException e) {
            return fail(command[0] + " is needed by this test and was not found: install Debian's ffmpeg package ("
                    + e.getMessage() + ")");
        }
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Thread drain = Thread.ofVirtual().start(() -> copy(p.getErrorStream(), err));
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail(String.join(" ", command) + " did not finish in 60 s");
        }
        drain.join();
        assertEquals(0, p.exitValue(), () -> String.join(" ", command) + " failed: " + err);
        return out;
    }

    private static void copy(InputStream in, ByteArrayOutputStream out) {
        try {
            in.transferTo(out);
        } catch (IOException e) {
            // the process ended; what was read is enough for the message
        }
    }
}
