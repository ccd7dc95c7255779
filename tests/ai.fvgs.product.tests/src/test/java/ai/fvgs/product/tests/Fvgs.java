package ai.fvgs.product.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the installed product's {@code fvgs} launch script in a private data directory and settings file. */
final class Fvgs {

    record Result(int exitCode, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- stdout ---\n" + out + "--- stderr ---\n" + err;
        }
    }

    private final Path home;

    Fvgs(Path home) {
        this.home = home;
    }

    static Path productDir() {
        Path dir = Path.of(System.getProperty("fvgs.product.dir", "missing"));
        if (!Files.isExecutable(dir.resolve("fvgs"))) {
            throw new IllegalStateException("the product is not built: " + dir.resolve("fvgs") + " is missing");
        }
        return dir;
    }

    Path dataDir() {
        return home.resolve("data");
    }

    ProcessBuilder builder(List<String> args) {
        List<String> command = new ArrayList<>();
        command.add(productDir().resolve("fvgs").toString());
        command.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().put("FVGS_DATA_DIR", dataDir().toString());
        pb.environment().put("XDG_CONFIG_HOME", home.resolve("config").toString());
        pb.environment().put("HOME", home.toString());
        return pb;
    }

    Result run(String... args) throws IOException, InterruptedException {
        Path out = Files.createTempFile(home, "out", ".txt");
        Path err = Files.createTempFile(home, "err", ".txt");
        Process p = builder(List.of(args)).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("fvgs " + String.join(" ", args) + " did not finish within 120 s");
        }
        return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }
}
