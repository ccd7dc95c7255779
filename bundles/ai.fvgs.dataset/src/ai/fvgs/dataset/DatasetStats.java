package ai.fvgs.dataset;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Counts over the whole dataset.
 *
 * @param entries            all entries
 * @param byStatus           entries per status, in {@link EntryStatus} order (zero included)
 * @param entriesByMedia     entries with at least one item of each media kind, in {@link MediaKind} order
 * @param mediaItemsByKind   media items per kind, in {@link MediaKind} order
 * @param unassignedByStatus entries assigned to nobody, per status
 * @param byLabeller         per assignee, ordered by user name; users without entries are left out
 */
public record DatasetStats(long entries, Map<EntryStatus, Long> byStatus, Map<MediaKind, Long> entriesByMedia,
        Map<MediaKind, Long> mediaItemsByKind, Map<EntryStatus, Long> unassignedByStatus, List<LabellerStats> byLabeller) {

    /** Copies the maps (in enum order, missing keys as zero) and the list. */
    public DatasetStats {
        byStatus = complete(EntryStatus.class, byStatus);
        entriesByMedia = complete(MediaKind.class, entriesByMedia);
        mediaItemsByKind = complete(MediaKind.class, mediaItemsByKind);
        unassignedByStatus = complete(EntryStatus.class, unassignedByStatus);
        byLabeller = List.copyOf(byLabeller);
    }

    static <K extends Enum<K>> Map<K, Long> complete(Class<K> type, Map<K, Long> counts) {
        EnumMap<K, Long> m = new EnumMap<>(type);
        for (K k : type.getEnumConstants()) {
            m.put(k, counts.getOrDefault(k, 0L));
        }
        return Collections.unmodifiableMap(m);
    }
}
