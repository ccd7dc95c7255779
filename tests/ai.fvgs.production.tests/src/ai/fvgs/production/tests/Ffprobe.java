package ai.fvgs.production.tests;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The system's ffprobe, as an independent check of the encoded files. */
final class Ffprobe {

    private Ffprobe() {
    }

    /** @return the whole {@code ffprobe -show_streams -show_format -count_frames} answer as JSON */
    static JsonNode probe(Path file) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("ffprobe", "-v", "error", "-show_streams", "-show_format", "-count_frames", "-of", "json",
                file.toString()).redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new AssertionError("ffprobe failed on " + file + ": " + new String(out, java.nio.charset.StandardCharsets.UTF_8));
        }
        return new ObjectMapper().readTree(out);
    }
}
