package ai.fvgs.dataset;

import java.util.Map;
import java.util.Objects;

/**
 * How often one label is used across all annotation sets. See {@link DatasetQuality#labels()}.
 *
 * @param kind            {@code attribute}, {@code tag}, {@code box}, {@code polygon}, {@code keypoints},
 *                        {@code mask} or {@code track}
 * @param label           the label (with its taxonomy, if any): the attribute name, tag or object class
 * @param value           the attribute's value; {@code null} for other kinds
 * @param annotations     how many annotations use it
 * @param entriesByStatus how many entries have it in at least one annotation set, per entry status in
 *                        {@link EntryStatus} order (zero included)
 */
public record LabelCount(String kind, Label label, String value, long annotations, Map<EntryStatus, Long> entriesByStatus) {

    /** Checks the fields and copies the map. */
    public LabelCount {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(label, "label");
        entriesByStatus = DatasetStats.complete(EntryStatus.class, entriesByStatus);
    }

    /** @return entries that have it, in any status */
    public long entries() {
        return entriesByStatus.values().stream().mapToLong(Long::longValue).sum();
    }
}
