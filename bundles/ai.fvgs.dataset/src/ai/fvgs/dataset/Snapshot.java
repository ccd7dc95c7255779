package ai.fvgs.dataset;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * An immutable, content-hashed selection of dataset entries with their train/val/test split, as made by
 * {@link SnapshotStore#create}. Its entries are frozen when it is made: later edits of the entries never
 * change it.
 *
 * @param id          database id
 * @param name        its unique name
 * @param contentHash SHA-256 (64 hex digits) over the split parameters and the frozen entries in id order;
 *                    two snapshots of unchanged data have the same hash
 * @param seed        the seed of the split
 * @param split       the percentages
 * @param stratifyBy  the stratification
 * @param filter      the filter the entries were selected with, as JSON
 * @param entryCount  how many entries it holds
 * @param splitCounts entries per split
 * @param createdAt   when it was made
 * @param createdBy   who made it
 */
public record Snapshot(long id, String name, String contentHash, long seed, SplitRatios split, Stratification stratifyBy, String filter,
        int entryCount, Map<Split, Integer> splitCounts, Instant createdAt, String createdBy) {

    /** Allowed snapshot names. */
    public static final String NAME_PATTERN = "[A-Za-z0-9][A-Za-z0-9._-]{0,99}";

    /** Checks the fields and copies the counts. */
    public Snapshot {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(split, "split");
        Objects.requireNonNull(stratifyBy, "stratifyBy");
        EnumMap<Split, Integer> counts = new EnumMap<>(Split.class);
        for (Split s : Split.values()) {
            counts.put(s, splitCounts.getOrDefault(s, 0));
        }
        splitCounts = java.util.Collections.unmodifiableMap(counts);
    }

    /**
     * @param name a proposed snapshot name
     * @return the name
     * @throws IllegalArgumentException naming the value and what is allowed
     */
    public static String checkName(String name) {
        if (name == null || !name.matches(NAME_PATTERN)) {
            throw new IllegalArgumentException("snapshot name '" + name + "' is not allowed; use 1 to 100 letters, digits, '.', '_' and '-', "
                    + "starting with a letter or digit");
        }
        return name;
    }
}
