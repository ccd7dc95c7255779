package ai.fvgs.dataset;

import java.util.Objects;

/**
 * What a new snapshot holds and how it is split.
 *
 * @param filter       which entries: words and filters as for {@link DatasetSearch} (its paging is ignored)
 * @param seed         the seed of the split; the same seed on the same entries gives the same split
 * @param split        the train/val/test percentages
 * @param stratifyBy   whether each primary category is split on its own
 */
public record SnapshotOptions(SearchQuery filter, long seed, SplitRatios split, Stratification stratifyBy) {

    /** Checks the fields. */
    public SnapshotOptions {
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(split, "split");
        Objects.requireNonNull(stratifyBy, "stratifyBy");
    }

    /** @return accepted entries, seed 0, 80/10/10, stratified by category */
    public static SnapshotOptions defaults() {
        return new SnapshotOptions(SearchQuery.all().withStatus(EntryStatus.ACCEPTED), 0, SplitRatios.DEFAULT, Stratification.CATEGORY);
    }

    /** @param value the entries to take @return a changed copy */
    public SnapshotOptions withFilter(SearchQuery value) {
        return new SnapshotOptions(value, seed, split, stratifyBy);
    }

    /** @param value the seed @return a changed copy */
    public SnapshotOptions withSeed(long value) {
        return new SnapshotOptions(filter, value, split, stratifyBy);
    }

    /** @param value the ratios @return a changed copy */
    public SnapshotOptions withSplit(SplitRatios value) {
        return new SnapshotOptions(filter, seed, value, stratifyBy);
    }

    /** @param value the stratification @return a changed copy */
    public SnapshotOptions withStratifyBy(Stratification value) {
        return new SnapshotOptions(filter, seed, split, value);
    }
}
