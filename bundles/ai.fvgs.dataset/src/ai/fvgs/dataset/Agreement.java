package ai.fvgs.dataset;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * How well labellers agree on the entries they both annotated (doubly-labelled entries), labeller pair by
 * labeller pair. See {@link DatasetQuality#agreement()} for the rules.
 *
 * @param entries entries with annotation sets of two or more labellers
 * @param pairs   one item per pair of labellers who annotated at least one entry in common, ordered by the
 *                names; in each pair {@code labellerA} sorts before {@code labellerB}
 */
public record Agreement(long entries, List<Pair> pairs) {

    /** The category of an entry whose annotation set does not set an attribute. */
    public static final String NONE = "(none)";

    /** Copies the list. */
    public Agreement {
        pairs = List.copyOf(pairs);
    }

    /**
     * The agreement of two labellers.
     *
     * @param labellerA  the first user name
     * @param labellerB  the second
     * @param entries    entries both annotated
     * @param overall    Cohen's kappa over every attribute item together (categories are name and value)
     * @param attributes Cohen's kappa per attribute name, ordered by name
     * @param shapes     shape overlap per kind ({@code box}, {@code polygon}, {@code mask}, {@code track}), only
     *                   kinds that either labeller drew; empty overall kappa when there are no attributes
     */
    public record Pair(String labellerA, String labellerB, long entries, Kappa overall, List<Kappa> attributes, List<Shapes> shapes) {

        /** Copies the lists. */
        public Pair {
            attributes = List.copyOf(attributes);
            shapes = List.copyOf(shapes);
        }
    }

    /**
     * Cohen's kappa of two labellers' categories for the same items: (p_o - p_e) / (1 - p_e), where p_o is the
     * share of items with the same category and p_e the agreement expected by chance from each labeller's
     * category frequencies.
     *
     * @param attribute what was rated: an attribute name, or {@code (overall)}
     * @param items     how many items both rated
     * @param observed  p_o, 0 to 1
     * @param expected  p_e, 0 to 1
     * @param kappa     kappa, -1 to 1; empty where it is undefined: when p_e = 1 (both labellers gave every item
     *                  the same single category)
     */
    public record Kappa(String attribute, long items, double observed, double expected, OptionalDouble kappa) {

        /** Checks the fields. */
        public Kappa {
            Objects.requireNonNull(attribute, "attribute");
            Objects.requireNonNull(kappa, "kappa");
        }

        /**
         * @param attribute what was rated
         * @param a         the first labeller's category for each item
         * @param b         the second labeller's category for the same items, in the same order
         * @return Cohen's kappa of the two
         * @throws IllegalArgumentException if the lists differ in length or are empty
         */
        public static Kappa of(String attribute, List<String> a, List<String> b) {
            if (a.size() != b.size() || a.isEmpty()) {
                throw new IllegalArgumentException("kappa of " + attribute + " needs the same number of ratings from both labellers, at least one; got "
                        + a.size() + " and " + b.size());
            }
            long n = a.size();
            long same = 0;
            Map<String, long[]> counts = new HashMap<>();
            for (int i = 0; i < n; i++) {
                if (a.get(i).equals(b.get(i))) {
                    same++;
                }
                counts.computeIfAbsent(a.get(i), k -> new long[2])[0]++;
                counts.computeIfAbsent(b.get(i), k -> new long[2])[1]++;
            }
            long chance = 0; // n^2 * p_e, exact
            for (long[] c : counts.values()) {
                chance += c[0] * c[1];
            }
            double pe = (double) chance / ((double) n * n);
            double po = (double) same / n;
            // p_e = 1 exactly when chance = n^2; compared in integers so that rounding cannot make it NaN or huge
            OptionalDouble k = chance == n * n ? OptionalDouble.empty()
                    : OptionalDouble.of((double) (same * n - chance) / ((double) n * n - chance));
            return new Kappa(attribute, n, po, pe, k);
        }
    }

    /**
     * How two labellers' shapes of one kind overlap. Shapes are matched within the same media item and label:
     * the pair with the highest intersection over union (IoU) first, then the next highest among the shapes
     * left, and so on (greedy), as long as the IoU is above 0.
     *
     * @param kind          {@code box}, {@code polygon}, {@code mask} or {@code track}
     * @param shapesA       the first labeller's shapes of this kind on the entries both annotated
     * @param shapesB       the second labeller's
     * @param matched       matched pairs
     * @param meanIou       the mean IoU of the matched pairs; empty when nothing matched
     * @param matchedAtHalf matched pairs with an IoU of 0.5 or more
     */
    public record Shapes(String kind, long shapesA, long shapesB, long matched, OptionalDouble meanIou, long matchedAtHalf) {

        /** Checks the fields. */
        public Shapes {
            Objects.requireNonNull(meanIou, "meanIou");
        }

        /** @return the first labeller's shapes that matched nothing */
        public long unmatchedA() {
            return shapesA - matched;
        }

        /** @return the second labeller's shapes that matched nothing */
        public long unmatchedB() {
            return shapesB - matched;
        }

        /**
         * @return the share of all shapes (of both labellers) that are in a match with IoU of 0.5 or more:
         *         2 x {@code matchedAtHalf} / ({@code shapesA} + {@code shapesB}); 0 when there are no shapes
         */
        public double shareMatchedAtHalf() {
            long all = shapesA + shapesB;
            return all == 0 ? 0 : 2.0 * matchedAtHalf / all;
        }
    }
}
