package ai.fvgs.dataset.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import ai.fvgs.dataset.Annotation;
import ai.fvgs.dataset.Split;
import ai.fvgs.dataset.SplitRatios;

/**
 * Seeded, stratified train/val/test splits. Each stratum is split on its own: its size n gives each split
 * {@code floor(n * percent / 100)} entries, and the entries left over go, one each, to the splits with the
 * largest remainders (ties: train, val, test), so every split's share of every stratum is within one entry of
 * its ratio. Which entries go where: the stratum's entries ordered by a 64-bit hash of (seed, entry id), the
 * first ones to train, then val, then test. The order of an entry does not depend on the other entries, so
 * the same seed on the same entries always gives the same split.
 */
public final class Splitter {

    /** The stratum of entries without a labelled region, attribute or tag. */
    public static final String NONE = "none";

    private Splitter() {
    }

    /**
     * @param annotations the frozen annotations of an entry
     * @return its primary category: the most frequent region, mask or track label (ties: the first name in
     *         alphabetical order), else its first attribute ({@code attribute=value}) or tag, else {@code none}
     */
    public static String stratum(List<Annotation> annotations) {
        Map<String, Integer> counts = new TreeMap<>();
        for (Annotation a : annotations) {
            String label = switch (a) {
                case Annotation.Region r -> r.label().name();
                case Annotation.Mask m -> m.label().name();
                case Annotation.Track t -> t.label().name();
                default -> null;
            };
            if (label != null) {
                counts.merge(label, 1, Integer::sum);
            }
        }
        String best = null;
        int bestCount = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) { // name order: the first of equal counts wins
            if (e.getValue() > bestCount) {
                best = e.getKey();
                bestCount = e.getValue();
            }
        }
        if (best != null) {
            return best;
        }
        for (Annotation a : annotations) {
            if (a instanceof Annotation.Attribute x) {
                return x.attribute().name() + "=" + x.value();
            }
            if (a instanceof Annotation.Tag x) {
                return x.tag().name();
            }
        }
        return NONE;
    }

    /**
     * @param strata the stratum of every entry, by entry id (use one stratum for an unstratified split)
     * @param seed   the seed
     * @param ratios the percentages
     * @return the split of every entry
     */
    public static Map<Long, Split> assign(Map<Long, String> strata, long seed, SplitRatios ratios) {
        Map<String, List<Long>> byStratum = new TreeMap<>();
        for (Map.Entry<Long, String> e : strata.entrySet()) {
            byStratum.computeIfAbsent(e.getValue(), k -> new ArrayList<>()).add(e.getKey());
        }
        long mixedSeed = mix(seed);
        Map<Long, Split> out = new HashMap<>();
        for (List<Long> ids : byStratum.values()) {
            ids.sort(Comparator.comparingLong((Long id) -> mix(mixedSeed ^ id)).thenComparingLong(id -> id));
            int[] quota = quotas(ids.size(), ratios);
            int i = 0;
            for (Split s : Split.values()) {
                for (int k = 0; k < quota[s.ordinal()]; k++) {
                    out.put(ids.get(i++), s);
                }
            }
        }
        return out;
    }

    /**
     * @param n      entries in a stratum
     * @param ratios the percentages
     * @return entries per split (train, val, test) by largest remainder
     */
    static int[] quotas(int n, SplitRatios ratios) {
        Split[] splits = Split.values();
        int[] quota = new int[3];
        int[] remainder = new int[3];
        int given = 0;
        for (Split s : splits) {
            long share = (long) n * ratios.percent(s);
            quota[s.ordinal()] = (int) (share / 100);
            remainder[s.ordinal()] = (int) (share % 100);
            given += quota[s.ordinal()];
        }
        for (int left = n - given; left > 0; left--) {
            int best = -1;
            for (int i = 0; i < 3; i++) {
                if (best < 0 || remainder[i] > remainder[best]) {
                    best = i;
                }
            }
            quota[best]++;
            remainder[best] = -1; // at most one extra entry per split
        }
        return quota;
    }

    /** SplitMix64's finaliser: a well-mixed 64-bit hash. */
    private static long mix(long z) {
        z += 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
