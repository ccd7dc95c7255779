package ai.fvgs.product.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ai.fvgs.product.tests.PerspectiveLayout.Stack;
import ai.fvgs.product.tests.ScreenPixels.Highlight;
import ai.fvgs.product.tests.WorkbenchModel.Item;

/**
 * Smoke test of the real product's workbench: {@code fvgs} without arguments on $DISPLAY, then every perspective of
 * the application model (Application.e4xmi and the bundles' fragment.e4xmi, so parts added later are covered) is
 * opened through Window &gt; Perspective with the keyboard, and every part's tab is clicked with the mouse. Each part
 * must come to the front, draw something (not one flat colour), and leave no error or exception in the workspace
 * log and no stack trace on stdout or stderr. Screenshots of every part go to target/screenshots.
 */
class PerspectivesUITest {

    private static final String TITLE = "AI-FVGS Workbench";
    /** Height of the status bar trim under the perspectives, in pixels (only used to place vertically split stacks). */
    private static final int STATUS_BAR = 36;
    /** Height of a part stack's tab row, in pixels: the part draws below it. */
    private static final int TAB_ROW = 32;
    /** A part that drew its controls has far more colours than this (text is anti-aliased). */
    private static final int MIN_COLOURS = 16;

    @TempDir
    Path home;

    private final List<String> problems = new ArrayList<>();
    private XDisplay display;
    private ProductOutput output;
    private Rectangle window;
    private Path screenshots;

    @Test
    void everyPerspectiveAndPartOpensAndDraws() throws Exception {
        String x = System.getenv("DISPLAY");
        assumeTrue(x != null && !x.isBlank(), "needs an X display (DISPLAY); .ci/run starts Xvfb");
        XDisplay.requireTools();
        WorkbenchModel model = WorkbenchModel.read(Path.of(System.getProperty("fvgs.root", "../..")));
        List<Item> perspectives = model.perspectives();
        assertFalse(perspectives.isEmpty(), "no perspectives in " + model.files());
        screenshots = Path.of(System.getProperty("fvgs.screenshots", "target/screenshots"));
        display = new XDisplay(Files.createDirectories(home.resolve("shots")));

        Fvgs fvgs = new Fvgs(home);
        Path out = home.resolve("stdout.txt"), err = home.resolve("stderr.txt");
        output = new ProductOutput(fvgs.dataDir().resolve("workspace/.metadata/.log"), out, err);
        ProcessBuilder pb = fvgs.builder(List.of()).redirectOutput(out.toFile()).redirectError(err.toFile());
        pb.environment().put("NO_AT_BRIDGE", "1"); // no accessibility bus process left behind
        Process workbench = pb.start();
        try {
            window = awaitWindow(workbench, err);
            int areaTop = awaitFirstTab().y() - 1;
            Rectangle area = new Rectangle(window.x, areaTop, window.width, window.y + window.height - STATUS_BAR - areaTop);
            checkOutput("starting the workbench");
            for (int i = 0; i < perspectives.size(); i++) {
                visit(model, perspectives.get(i), area, i > 0);
            }
            quit(workbench);
        } finally {
            if (workbench.isAlive()) {
                workbench.destroyForcibly().waitFor(20, TimeUnit.SECONDS);
            }
        }
        assertTrue(problems.isEmpty(), problems.size() + " problem(s) in the workbench (screenshots in " + screenshots
                + "):\n\n" + String.join("\n\n", problems));
    }

    /** @param changes whether switching must change the window (the first perspective is shown at start) */
    private void visit(WorkbenchModel model, Item perspective, Rectangle area, boolean changes) throws Exception {
        String name = "perspective '" + perspective.label() + "' (" + perspective.id() + ", " + perspective.source + ")";
        List<Item> menuPath = model.menuPathTo(perspective.id()).orElse(null);
        if (menuPath == null) {
            problems.add(name + ": no item in the main menu shows it");
            return;
        }
        List<String> keys = new ArrayList<>();
        for (Item menu : menuPath) {
            String clash = mnemonicClash(model, menuPath, menu);
            if (clash != null) {
                problems.add(name + ": cannot be chosen from the keyboard: " + clash);
                return;
            }
            String key = String.valueOf(mnemonic(menu.label()));
            keys.add(keys.isEmpty() ? "alt+" + key : key);
        }
        BufferedImage before = display.screenshot();
        display.keys(keys.toArray(String[]::new));
        BufferedImage after = awaitStable(area);
        checkOutput(name + ", switching to it");
        if (changes && ScreenPixels.same(before, after, area)) {
            problems.add(name + ": typing " + keys + " (Window > Perspective) did not change the window");
            return;
        }
        for (Stack stack : PerspectiveLayout.stacks(perspective, area)) {
            if (stack.tabbed()) {
                visitTabs(name, stack);
            } else {
                checkPart(name, stack.parts().get(0), display.screenshot(), inset(stack.bounds(), 6));
            }
        }
    }

    private void visitTabs(String perspective, Stack stack) throws Exception {
        Rectangle b = stack.bounds();
        Highlight previous = null;
        for (Item part : stack.parts()) {
            int clickX = previous == null ? b.x + 12 : previous.x1() + 12;
            int clickY = b.y + TAB_ROW / 2;
            display.click(clickX, clickY);
            BufferedImage shot = awaitStable(b);
            Highlight h = selectedTab(shot, b, clickX);
            String name = perspective + " > part '" + part.label() + "' (" + part.id() + ", " + part.source + ")";
            if (h == null) {
                save(shot, perspective, part);
                problems.add(name + ": its tab did not come to the front when clicked at " + clickX + "," + clickY
                        + "; tab highlights seen in the stack: " + ScreenPixels.tabHighlights(shot, tabBand(b)));
                return;
            }
            checkPart(name, part, shot, new Rectangle(b.x + 6, h.y() + TAB_ROW, b.width - 12, b.y + b.height - h.y() - TAB_ROW - 6));
            previous = h;
        }
        if (previous == null) {
            problems.add(perspective + ": stack " + stack.container().id() + " has no parts to show");
            return;
        }
        int beyond = previous.x1() + 12;
        if (beyond > b.x + b.width - 80) {
            return; // the tab row is full up to the minimize and maximize buttons
        }
        display.click(beyond, b.y + TAB_ROW / 2);
        Highlight after = selectedTab(awaitStable(b), b, previous.x0() + 1);
        if (after == null || after.x0() != previous.x0()) {
            problems.add(perspective + ": stack " + stack.container().id() + " shows another tab right of its last model part '"
                    + stack.parts().get(stack.parts().size() - 1).label() + "' (clicked at " + beyond + ")");
        }
    }

    private void checkPart(String name, Item part, BufferedImage shot, Rectangle content) throws IOException {
        save(shot, name, part);
        int colours = ScreenPixels.distinctColours(shot, content);
        if (colours < MIN_COLOURS) {
            problems.add(name + ": its area " + content + " is blank (" + colours + " colours)");
        }
        checkOutput(name);
    }

    private void checkOutput(String when) throws IOException {
        for (String p : output.newProblems()) {
            problems.add(when + ": " + p);
        }
    }

    private void quit(Process workbench) throws Exception {
        display.keys("ctrl+q");
        if (!workbench.waitFor(30, TimeUnit.SECONDS)) {
            XDisplay.save(display.screenshot(), window, screenshots.resolve("workbench-quit.png"));
            problems.add("Ctrl+Q (File > Quit) did not close the workbench within 30 s; see workbench-quit.png");
        }
        checkOutput("quitting");
    }

    /** @return the selected tab in the stack's tab row that covers x, or null */
    private static Highlight selectedTab(BufferedImage shot, Rectangle stack, int x) {
        return ScreenPixels.tabHighlights(shot, tabBand(stack)).stream().filter(h -> h.x0() <= x && x <= h.x1()).findFirst().orElse(null);
    }

    private static Rectangle tabBand(Rectangle stack) {
        return new Rectangle(stack.x - 4, stack.y - 6, stack.width + 8, 16);
    }

    private Rectangle awaitWindow(Process workbench, Path err) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (workbench.isAlive() && System.nanoTime() < deadline) {
            Rectangle r = display.findWindow(TITLE);
            if (r != null) {
                return r;
            }
            workbench.waitFor(250, TimeUnit.MILLISECONDS);
        }
        throw new AssertionError("the workbench window did not appear; alive=" + workbench.isAlive() + ", stderr:\n"
                + Files.readString(err, StandardCharsets.UTF_8) + "\n" + output.newProblems());
    }

    /** @return the highlight of the first perspective's active part tab, once the window has drawn it */
    private Highlight awaitFirstTab() throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        BufferedImage shot = null;
        while (System.nanoTime() < deadline) {
            shot = display.screenshot();
            List<Highlight> tabs = ScreenPixels.tabHighlights(shot, window);
            if (!tabs.isEmpty()) {
                return tabs.get(0);
            }
            Thread.sleep(250);
        }
        assertNotNull(shot);
        XDisplay.save(shot, window, screenshots.resolve("workbench-start.png"));
        throw new AssertionError("the workbench window shows no selected part tab after 60 s; see workbench-start.png; "
                + output.newProblems());
    }

    /** @return a screenshot once the area has not changed for half a second (at most 10 s) */
    private BufferedImage awaitStable(Rectangle area) throws Exception {
        Thread.sleep(500);
        BufferedImage last = display.screenshot();
        int same = 0;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (same < 2 && System.nanoTime() < deadline) {
            Thread.sleep(250);
            BufferedImage next = display.screenshot();
            same = ScreenPixels.same(last, next, area) ? same + 1 : 0;
            last = next;
        }
        return last;
    }

    private void save(BufferedImage shot, String perspective, Item part) throws IOException {
        String p = perspective.replaceAll("^perspective '([^']*)'.*$", "$1");
        XDisplay.save(shot, window, screenshots.resolve("workbench-" + slug(p) + "-" + slug(part.label()) + ".png"));
    }

    private static String slug(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    private static Rectangle inset(Rectangle r, int by) {
        return new Rectangle(r.x + by, r.y + by, r.width - 2 * by, r.height - 2 * by);
    }

    /** @return the character after the single '&amp;' of a label, lower case */
    static char mnemonic(String label) {
        int i = label.replace("&&", "\0\0").indexOf('&');
        return i < 0 || i + 1 >= label.length() ? 0 : Character.toLowerCase(label.charAt(i + 1));
    }

    /** @return why the menu or item cannot be reached by its mnemonic among its siblings, or null if it can */
    private static String mnemonicClash(WorkbenchModel model, List<Item> path, Item item) {
        char m = mnemonic(item.label());
        if (m == 0) {
            return "'" + item.label() + "' (" + item.source + ") has no mnemonic ('&' before a letter)";
        }
        int depth = path.indexOf(item);
        Item parent = depth == 0 ? model.mainMenu() : path.get(depth - 1);
        List<String> same = parent.shownChildren().stream().filter(s -> s != item && mnemonic(s.label()) == m)
                .map(s -> "'" + s.label() + "' (" + s.source + ")").toList();
        return same.isEmpty() ? null : "'" + item.label() + "' (" + item.source + ") has the same mnemonic as " + same;
    }
}
