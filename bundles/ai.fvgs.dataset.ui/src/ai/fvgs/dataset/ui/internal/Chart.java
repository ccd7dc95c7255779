package ai.fvgs.dataset.ui.internal;

import java.util.List;
import java.util.Objects;

/**
 * What a horizontal bar chart of the Statistics part shows, without SWT: a bar per row, stacked by series, on a
 * value axis from {@code min} to {@code max} (0 inside it). A bar without values is <em>undefined</em> (e.g. kappa
 * where chance agreement is 1) and is drawn as that word, not as a zero bar. {@link ChartCanvas} draws it.
 *
 * @param title   the chart's title
 * @param series  the names of the stacked parts, in stacking order
 * @param colours the colour of each series, {@code 0xRRGGBB}
 * @param bars    the rows, top to bottom
 * @param min     the axis start, 0 or below
 * @param max     the axis end, above 0
 * @param empty   what the chart says when it has no bars
 */
public record Chart(String title, List<String> series, List<Integer> colours, List<Bar> bars, double min, double max, String empty) {

    /** Checks the axis and copies the lists. */
    public Chart {
        Objects.requireNonNull(title, "title");
        series = List.copyOf(series);
        colours = List.copyOf(colours);
        bars = List.copyOf(bars);
        if (!(min <= 0 && max > 0) || series.size() != colours.size()) {
            throw new IllegalArgumentException("chart " + title + ": the axis must include 0 (got " + min + " to " + max
                    + ") and every series needs a colour (" + series.size() + " series, " + colours.size() + " colours)");
        }
    }

    /**
     * One row.
     *
     * @param label  the row's name, left of the bar
     * @param values one value per series (stacked), or empty when the figure is undefined
     * @param text   the figure in words, right of the bar, e.g. {@code 12 annotations} or {@code undefined}
     */
    public record Bar(String label, List<Double> values, String text) {

        /** Copies the list. */
        public Bar {
            values = List.copyOf(values);
        }

        /** @return whether the figure is undefined (no values) */
        public boolean undefined() {
            return values.isEmpty();
        }

        /** @return the sum of the values */
        public double total() {
            return values.stream().mapToDouble(Double::doubleValue).sum();
        }
    }
}
