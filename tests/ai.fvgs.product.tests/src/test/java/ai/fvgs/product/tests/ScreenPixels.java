package ai.fvgs.product.tests;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** What the UI tests read from a screenshot: selected part tabs and whether an area shows anything. */
final class ScreenPixels {

    /** The coloured line on top of the selected tab of the active part stack, {@code x0..x1} on row {@code y}. */
    record Highlight(int x0, int x1, int y) {
        int width() {
            return x1 - x0 + 1;
        }

        @Override
        public String toString() {
            return "tab highlight x " + x0 + ".." + x1 + " at y " + y;
        }
    }

    private static final int MIN_TAB_WIDTH = 24;

    private ScreenPixels() {
    }

    /**
     * The active stack's selected tab has a two pixel line in the theme's accent colour along its top (GTK's
     * selection colour, for example Adwaita's blue); it is the only saturated run of exactly two rows that is at
     * least a tab wide (table selections are row high, focus rings one pixel).
     *
     * @param image a screenshot
     * @param area  where to look
     * @return the highlights found, top to bottom, left to right
     */
    static List<Highlight> tabHighlights(BufferedImage image, Rectangle area) {
        Rectangle r = area.intersection(new Rectangle(1, 1, image.getWidth() - 2, image.getHeight() - 3));
        List<Highlight> found = new ArrayList<>();
        for (int y = r.y; y < r.y + r.height; y++) {
            int x = r.x;
            while (x < r.x + r.width) {
                int rgb = rgb(image, x, y);
                int end = x;
                while (end + 1 < r.x + r.width && rgb(image, end + 1, y) == rgb) {
                    end++;
                }
                if (end - x + 1 >= MIN_TAB_WIDTH && saturated(rgb) && twoRowsHigh(image, x, end, y, rgb)) {
                    found.add(new Highlight(x, end, y));
                }
                x = end + 1;
            }
        }
        return found;
    }

    private static boolean twoRowsHigh(BufferedImage image, int x0, int x1, int y, int rgb) {
        for (int x : new int[] { x0, (x0 + x1) / 2, x1 }) {
            if (rgb(image, x, y + 1) != rgb || rgb(image, x, y - 1) == rgb || rgb(image, x, y + 2) == rgb) {
                return false;
            }
        }
        return true;
    }

    private static boolean saturated(int rgb) {
        int r = rgb >> 16 & 0xff, g = rgb >> 8 & 0xff, b = rgb & 0xff;
        return Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b)) >= 60;
    }

    /** @return the number of different colours in the area (a part that failed to render is one flat colour) */
    static int distinctColours(BufferedImage image, Rectangle area) {
        Rectangle r = area.intersection(new Rectangle(image.getWidth(), image.getHeight()));
        Set<Integer> colours = new HashSet<>();
        for (int y = r.y; y < r.y + r.height; y++) {
            for (int x = r.x; x < r.x + r.width; x++) {
                colours.add(rgb(image, x, y));
            }
        }
        return colours.size();
    }

    /** @return whether both images have the same pixels in the area */
    static boolean same(BufferedImage a, BufferedImage b, Rectangle area) {
        Rectangle r = area.intersection(new Rectangle(Math.min(a.getWidth(), b.getWidth()), Math.min(a.getHeight(), b.getHeight())));
        for (int y = r.y; y < r.y + r.height; y++) {
            for (int x = r.x; x < r.x + r.width; x++) {
                if (rgb(a, x, y) != rgb(b, x, y)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static int rgb(BufferedImage image, int x, int y) {
        return image.getRGB(x, y) & 0xffffff;
    }
}
