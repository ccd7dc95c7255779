package ai.fvgs.studio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

import ai.fvgs.tests.swt.SwtDriver;

/** What {@link RenderUITest} checks with: ffprobe, files, pixels, error dialogs and screenshots of single controls. */
final class RenderChecks {

    private RenderChecks() {
    }

    /** The system's ffprobe, as a check independent of the encoder: codec, size, counted frames and duration. */
    static Map<String, String> ffprobe(Path video) throws Exception {
        Process p = new ProcessBuilder("ffprobe", "-v", "error", "-select_streams", "v:0", "-count_frames", "-show_entries",
                "stream=codec_name,width,height,nb_read_frames:format=duration", "-of", "default=noprint_wrappers=1", video.toString())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0, "ffprobe failed: " + out);
        Map<String, String> values = new HashMap<>();
        out.lines().map(l -> l.split("=", 2)).filter(kv -> kv.length == 2).forEach(kv -> values.put(kv[0].strip(), kv[1].strip()));
        return values;
    }

    /** @return the number of entries in a folder */
    static long count(Path folder) throws Exception {
        try (Stream<Path> s = Files.list(folder)) {
            return s.count();
        }
    }

    /** @return everything under a folder (none if it does not exist) */
    static List<Path> files(Path folder) throws Exception {
        if (!Files.exists(folder)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(folder)) {
            return s.filter(p -> !p.equals(folder)).toList();
        }
    }

    /** @return how many pixels differ */
    static int differing(int[] a, int[] b) {
        int n = 0;
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            if (a[i] != b[i]) {
                n++;
            }
        }
        return n + Math.abs(a.length - b.length);
    }

    /** @return whether two RGB colours differ by at most 40 in each channel */
    static boolean similar(int a, int b) {
        for (int shift = 0; shift <= 16; shift += 8) {
            if (Math.abs((a >> shift & 0xFF) - (b >> shift & 0xFF)) > 40) {
                return false;
            }
        }
        return true;
    }

    /**
     * Closes the next dialog with that title as soon as it opens (from within its own event loop), after pressing
     * Details and reading its labels and details list.
     *
     * @return receives the dialog's texts
     */
    static AtomicReference<String> closeDialogTitled(Display display, Shell except, String title) {
        AtomicReference<String> dialog = new AtomicReference<>();
        Runnable[] poll = new Runnable[1];
        poll[0] = () -> {
            for (Shell open : display.getShells()) {
                if (open != except && open.isVisible() && title.equals(open.getText())) {
                    SwtDriver.find(open, Button.class).stream().filter(b -> b.getText().contains("Details")).findFirst()
                            .ifPresent(b -> b.notifyListeners(SWT.Selection, new Event()));
                    StringBuilder text = new StringBuilder();
                    SwtDriver.find(open, Label.class).forEach(l -> text.append(l.getText()).append('\n'));
                    SwtDriver.find(open, org.eclipse.swt.widgets.List.class).forEach(l -> text.append(String.join("\n", l.getItems())));
                    dialog.set(text.toString());
                    open.close();
                    return;
                }
            }
            display.timerExec(50, poll[0]);
        };
        display.timerExec(50, poll[0]);
        return dialog;
    }

    /** Saves what one control shows as a PNG under the screenshots folder. */
    static void screenshot(SwtDriver driver, Control control, String name) throws Exception {
        int[] pixels = driver.pixels(control);
        Point size = control.getSize();
        ImageData data = new ImageData(size.x, size.y, 24, new PaletteData(0xFF0000, 0xFF00, 0xFF));
        for (int y = 0; y < size.y; y++) {
            data.setPixels(0, y, size.x, pixels, y * size.x);
        }
        Path folder = Path.of(System.getProperty("fvgs.screenshots", "target/screenshots"));
        Files.createDirectories(folder);
        ImageLoader loader = new ImageLoader();
        loader.data = new ImageData[] { data };
        loader.save(folder.resolve(name + ".png").toString(), SWT.IMAGE_PNG);
    }
}
