package ai.fvgs.dataset.ui.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/**
 * A small SWT test driver (SWTBot is not on Maven Central), as in the workbench UI tests: runs the event loop until a condition holds,
 * finds widgets, takes screenshots and reads back what a control shows. Use it on the display thread only.
 */
public final class SwtDriver {

    private final Display display;

    public SwtDriver(Display display) {
        this.display = display;
    }

    /** Processes events until {@code condition} is true; fails with {@code what} after {@code timeout}. */
    public void waitUntil(String what, BooleanSupplier condition, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out after " + timeout.toMillis() + " ms waiting for " + what);
            }
            if (!display.readAndDispatch()) {
                display.timerExec(20, () -> { /* wakes display.sleep() to re-check the condition */ });
                display.sleep();
            }
        }
    }

    /** Lets pending events (layouts, paints) run. */
    public void flush() {
        while (display.readAndDispatch()) {
            // drain
        }
    }

    /** @return every control of a type under {@code root}, depth first */
    public static <T extends Control> List<T> find(Composite root, Class<T> type) {
        List<T> found = new ArrayList<>();
        for (Control c : root.getChildren()) {
            if (type.isInstance(c)) {
                found.add(type.cast(c));
            }
            if (c instanceof Composite child) {
                found.addAll(find(child, type));
            }
        }
        return found;
    }

    /** Saves what the shell shows now as a PNG under the screenshots folder; returns the file. */
    public Path screenshot(Shell shell, String name) throws Exception {
        flush();
        Point size = shell.getSize();
        Image image = new Image(display, size.x, size.y);
        GC gc = new GC(shell);
        try {
            gc.copyArea(image, 0, 0);
        } finally {
            gc.dispose();
        }
        Path dir = Path.of(System.getProperty("fvgs.screenshots", "target/screenshots"));
        Files.createDirectories(dir);
        Path file = dir.resolve(name + ".png");
        ImageLoader loader = new ImageLoader();
        loader.data = new org.eclipse.swt.graphics.ImageData[] { image.getImageData() };
        loader.save(file.toString(), SWT.IMAGE_PNG);
        image.dispose();
        return file;
    }

    /** @return the pixels a control shows now, {@code 0xRRGGBB}, row by row */
    public int[] pixels(Control control) {
        flush();
        Point size = control.getSize();
        Image image = new Image(display, size.x, size.y);
        GC gc = new GC(control);
        try {
            gc.copyArea(image, 0, 0);
        } finally {
            gc.dispose();
        }
        org.eclipse.swt.graphics.ImageData data = image.getImageData();
        image.dispose();
        int[] out = new int[size.x * size.y];
        for (int y = 0; y < size.y; y++) {
            for (int x = 0; x < size.x; x++) {
                org.eclipse.swt.graphics.RGB rgb = data.palette.getRGB(data.getPixel(x, y));
                out[y * size.x + x] = (rgb.red << 16) | (rgb.green << 8) | rgb.blue;
            }
        }
        return out;
    }

    /**
     * @return the pixels a control shows once two reads in a row agree (a paint may be under way), within
     *         {@code timeout}
     */
    public int[] stablePixels(Control control, Duration timeout) {
        int[][] last = { pixels(control) };
        waitUntil("the pixels of " + control + " to settle", () -> {
            int[] now = pixels(control);
            boolean same = java.util.Arrays.equals(now, last[0]);
            last[0] = now;
            return same;
        }, timeout);
        return last[0];
    }
}
