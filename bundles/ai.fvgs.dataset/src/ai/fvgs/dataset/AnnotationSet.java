package ai.fvgs.dataset;

import java.time.Instant;
import java.util.List;

/**
 * One labeller's annotations of an entry. Each labeller has at most one set per entry, so that two
 * labellers' work on the same entry stays apart (for agreement figures). An empty set means the labeller
 * looked at the entry and found nothing to annotate.
 *
 * @param labeller    the labeller's user name
 * @param annotations the annotations, in the order they were saved
 * @param updatedAt   when the set was last saved
 * @param updatedBy   who saved it last (the labeller, or for example a reviewer who corrected it)
 */
public record AnnotationSet(String labeller, List<Annotation> annotations, Instant updatedAt, String updatedBy) {

    /** Copies the list. */
    public AnnotationSet {
        annotations = List.copyOf(annotations);
    }
}
