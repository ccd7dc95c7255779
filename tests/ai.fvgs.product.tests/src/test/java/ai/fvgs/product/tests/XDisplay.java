package ai.fvgs.product.tests;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

/**
 * The X display ($DISPLAY) as a user sees it: finds a top-level window by its title, types keys and clicks with
 * {@code xdotool} and takes screenshots with ImageMagick's {@code import}. Debian packages: xdotool, imagemagick.
 */
final class XDisplay {

    private final Path work;
    private int shots;
    private String windowId;

    /** @param work a folder for the screenshots this class reads back */
    XDisplay(Path work) {
        this.work = work;
    }

    /** @throws AssertionError naming the missing program and its package when xdotool or import is missing */
    static void requireTools() throws InterruptedException {
        require("xdotool", "version", "xdotool");
        require("import", "-version", "imagemagick");
    }

    private static void require(String program, String arg, String debianPackage) throws InterruptedException {
        String problem;
        try {
            Process p = new ProcessBuilder(program, arg).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            problem = p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0 ? null : "'" + program + " " + arg + "' failed";
        } catch (IOException e) {
            problem = e.getMessage();
        }
        if (problem != null) {
            throw new AssertionError("the workbench UI test drives the product with '" + program + "', which is not usable ("
                    + problem + "); install the Debian package " + debianPackage + " (.ci/run installs it)");
        }
    }

    /**
     * @param title the window title (e4 may add a space after the window's label)
     * @return the geometry of the largest visible window with that title, if one is shown
     */
    Rectangle findWindow(String title) throws IOException, InterruptedException {
        Rectangle best = null;
        String ids = run("xdotool", "search", "--onlyvisible", "--name", "^" + title.replaceAll("[.\\[\\]()*+?{}|^$\\\\]", "\\\\$0") + "[[:space:]]*$");
        for (String id : ids.strip().split("\\s+")) {
            if (id.isEmpty()) {
                continue;
            }
            Rectangle r = geometry(id);
            if (r != null && (best == null || r.width * r.height > best.width * best.height)) {
                best = r;
                windowId = id;
            }
        }
        return best;
    }

    private Rectangle geometry(String id) throws IOException, InterruptedException {
        int x = -1, y = -1, w = -1, h = -1;
        for (String line : run("xdotool", "getwindowgeometry", "--shell", id).split("\n")) {
            String[] kv = line.strip().split("=", 2);
            if (kv.length == 2) {
                switch (kv[0]) {
                case "X" -> x = Integer.parseInt(kv[1]);
                case "Y" -> y = Integer.parseInt(kv[1]);
                case "WIDTH" -> w = Integer.parseInt(kv[1]);
                case "HEIGHT" -> h = Integer.parseInt(kv[1]);
                default -> {
                    // SCREEN, WINDOW
                }
                }
            }
        }
        return w > 0 && h > 0 ? new Rectangle(x, y, w, h) : null;
    }

    /** @param keys xdotool key names, typed one after the other into the window found last */
    void keys(String... keys) throws IOException, InterruptedException {
        if (windowId != null) {
            run("xdotool", "windowfocus", windowId);
        }
        for (String key : keys) {
            run("xdotool", "key", "--clearmodifiers", key);
            Thread.sleep(350);
        }
    }

    /** Moves the pointer, lets GTK see it enter, then clicks the left button. */
    void click(int x, int y) throws IOException, InterruptedException {
        run("xdotool", "mousemove", Integer.toString(x), Integer.toString(y));
        Thread.sleep(200);
        run("xdotool", "click", "1");
    }

    /** @return the whole screen, now */
    BufferedImage screenshot() throws IOException, InterruptedException {
        Path file = work.resolve("screen-" + (shots++ % 4) + ".png");
        run("import", "-window", "root", "png:" + file);
        BufferedImage image = ImageIO.read(file.toFile());
        if (image == null) {
            throw new IOException("import wrote no readable PNG to " + file);
        }
        return image;
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(new ArrayList<>(List.of(command))).redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(20, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException(String.join(" ", command) + " did not finish within 20 s");
        }
        String text = new String(out, StandardCharsets.UTF_8);
        if (p.exitValue() != 0 && !(command[0].equals("xdotool") && command[1].equals("search"))) {
            throw new IOException(String.join(" ", command) + " failed with exit " + p.exitValue() + ": " + text);
        }
        return text;
    }

    /**
     * @param image a screenshot
     * @param file  where to save the part of it inside {@code area}, as PNG
     */
    static void save(BufferedImage image, Rectangle area, Path file) throws IOException {
        Rectangle r = area.intersection(new Rectangle(image.getWidth(), image.getHeight()));
        Files.createDirectories(file.getParent());
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        ImageIO.write(image.getSubimage(r.x, r.y, r.width, r.height), "png", tmp.toFile());
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }
}
