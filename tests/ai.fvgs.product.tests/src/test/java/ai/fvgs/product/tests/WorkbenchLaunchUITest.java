package ai.fvgs.product.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code fvgs} without arguments opens the workbench window on the X display ($DISPLAY, Xvfb in CI). */
class WorkbenchLaunchUITest {

    private static final String TITLE = "\"AI-FVGS Workbench\"";

    @TempDir
    Path home;

    @Test
    void noArgumentsOpensTheWorkbenchWindow() throws Exception {
        String display = System.getenv("DISPLAY");
        assumeTrue(display != null && !display.isBlank(), "needs an X display (DISPLAY); .ci/run starts Xvfb");
        Fvgs fvgs = new Fvgs(home);
        Path log = home.resolve("workbench.log");
        Process workbench = fvgs.builder(List.of()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
            boolean shown = false;
            while (!shown && workbench.isAlive() && System.nanoTime() < deadline) {
                shown = windowTitles().contains(TITLE);
                if (!shown) {
                    workbench.waitFor(250, TimeUnit.MILLISECONDS);
                }
            }
            assertTrue(shown, "the workbench window did not appear; alive=" + workbench.isAlive() + ", output:\n"
                    + Files.readString(log, StandardCharsets.UTF_8) + "\nworkspace log:\n" + workspaceLog(fvgs));
        } finally {
            workbench.destroy();
            if (!workbench.waitFor(20, TimeUnit.SECONDS)) {
                workbench.destroyForcibly();
            }
        }
    }

    private static String windowTitles() throws IOException, InterruptedException {
        Process p = new ProcessBuilder("xwininfo", "-root", "-tree").redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(10, TimeUnit.SECONDS);
        return text;
    }

    private static String workspaceLog(Fvgs fvgs) throws IOException {
        Path log = fvgs.dataDir().resolve("workspace/.metadata/.log");
        return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "(none)";
    }
}
