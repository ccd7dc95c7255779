package ai.fvgs.dataset;

import java.util.List;
import java.util.Optional;

/**
 * Every labeller's annotations of one entry, as read together with the entry's version. Pass
 * {@link #entryVersion()} to {@link AnnotationStore#save} as the expected version.
 *
 * @param entryId      the entry
 * @param entryVersion the entry's version when the annotations were read
 * @param sets         one set per labeller, ordered by labeller name
 */
public record Annotations(long entryId, long entryVersion, List<AnnotationSet> sets) {

    /** Copies the list. */
    public Annotations {
        sets = List.copyOf(sets);
    }

    /**
     * @param labeller a user name
     * @return that labeller's set, or empty if they have not saved one
     */
    public Optional<AnnotationSet> set(String labeller) {
        return sets.stream().filter(s -> s.labeller().equals(labeller)).findFirst();
    }

    /** @return the names of the labellers who saved a set, in name order */
    public List<String> labellers() {
        return sets.stream().map(AnnotationSet::labeller).toList();
    }
}
