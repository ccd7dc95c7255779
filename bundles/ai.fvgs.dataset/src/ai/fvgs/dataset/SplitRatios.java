package ai.fvgs.dataset;

import java.util.Locale;

/**
 * How a snapshot divides its entries: whole percentages for train, validation and test that add up to 100.
 *
 * @param train percent of the entries for training, 0 to 100
 * @param val   percent for validation, 0 to 100
 * @param test  percent for testing, 0 to 100
 */
public record SplitRatios(int train, int val, int test) {

    /** 80 % train, 10 % validation, 10 % test. */
    public static final SplitRatios DEFAULT = new SplitRatios(80, 10, 10);

    /** Checks that each share is 0 or more and that they add up to 100. */
    public SplitRatios {
        if (train < 0 || val < 0 || test < 0 || train + val + test != 100) {
            throw new IllegalArgumentException("split " + train + "/" + val + "/" + test
                    + " is not allowed; give train/val/test as whole percentages, each 0 or more, adding up to 100, e.g. 80/10/10");
        }
    }

    /**
     * @param text {@code TRAIN/VAL/TEST}, e.g. {@code 80/10/10} or {@code 100/0/0}
     * @return the ratios
     * @throws IllegalArgumentException naming the text and what is allowed
     */
    public static SplitRatios parse(String text) {
        String[] parts = text == null ? new String[0] : text.strip().split("/", -1);
        int[] p = new int[3];
        if (parts.length == 3) {
            try {
                for (int i = 0; i < 3; i++) {
                    p[i] = Integer.parseInt(parts[i].strip());
                }
                return new SplitRatios(p[0], p[1], p[2]); // throws naming the numbers if they do not add up
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        throw new IllegalArgumentException("split '" + text + "' is not allowed; give train/val/test as whole percentages, each 0 or more, "
                + "adding up to 100, e.g. 80/10/10");
    }

    /** @param split a split @return its percentage */
    public int percent(Split split) {
        return switch (split) {
            case TRAIN -> train;
            case VAL -> val;
            case TEST -> test;
        };
    }

    /** @return {@code TRAIN/VAL/TEST}, e.g. {@code 80/10/10} */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%d/%d/%d", train, val, test);
    }
}
