package ai.fvgs.dataset;

import java.util.Map;

/**
 * How many entries are assigned to one user, by status.
 *
 * @param labeller the user name
 * @param byStatus the counts for every status, in {@link EntryStatus} order (zero included)
 */
public record LabellerStats(String labeller, Map<EntryStatus, Long> byStatus) {

    /** Copies the map, keeping the status order. */
    public LabellerStats {
        byStatus = DatasetStats.complete(EntryStatus.class, byStatus);
    }

    /** @return all entries assigned to the user */
    public long total() {
        return byStatus.values().stream().mapToLong(Long::longValue).sum();
    }
}
