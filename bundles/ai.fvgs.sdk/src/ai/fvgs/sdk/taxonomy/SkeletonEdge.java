package ai.fvgs.sdk.taxonomy;

/**
 * A line between two points of a {@link KeypointSkeleton}, by their indexes (0-based) in its point list.
 *
 * @param from the index of one point, 0 or more
 * @param to   the index of the other point, 0 or more, not {@code from}
 * @since 1.2
 */
public record SkeletonEdge(int from, int to) {

    /** Checks the indexes. */
    public SkeletonEdge {
        if (from < 0 || to < 0 || from == to) {
            throw new IllegalArgumentException("edge " + from + "-" + to + " is not allowed; it needs two different point indexes, 0 or more");
        }
    }
}
