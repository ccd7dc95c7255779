package ai.fvgs.dataset;

import java.time.Instant;
import java.util.List;

import ai.fvgs.dataset.internal.Database;
import ai.fvgs.dataset.internal.QualitySql;

/**
 * Quality figures of the labelling: agreement between labellers, throughput per labeller and label
 * distributions. Obtain it with {@link DatasetStore#quality()}; thread-safe. Each figure is read in one
 * transaction.
 */
public final class DatasetQuality {

    private final Database db;
    private final MediaStore media;

    DatasetQuality(Database db, MediaStore media) {
        this.db = db;
        this.media = media;
    }

    /**
     * Agreement on the entries that two or more labellers annotated, for every pair of them.
     * <ul>
     * <li>Attributes: for each attribute name, the items are the entries both labellers annotated where at
     * least one of them set the attribute. A labeller's category for an item is the attribute's value, or
     * {@value Agreement#NONE} where their set does not have the attribute (several values of one attribute in a
     * set are one category, the values sorted and joined with {@code " | "}). Entries where neither set it do
     * not count. Cohen's kappa is computed per attribute and over all attribute items together; it is
     * reported as undefined (empty) where chance agreement is 1. Attributes are told apart by name, whatever
     * their taxonomy.</li>
     * <li>Shapes: boxes, polygons, masks and tracks are matched with the other labeller's shapes of the same
     * kind, media item and label (taxonomy included), greedily by highest IoU (see
     * {@link Agreement.Shapes}; {@link ShapeOverlap} for how IoU is computed). A PNG mask is compared through
     * its non-zero pixels; one that cannot be read or has another pixel count overlaps nothing. A track's IoU
     * is its mean IoU over the video's frames ({@link ShapeOverlap#iou(ShapeTrack, ShapeTrack, int)}), the
     * frame count being the video's duration times its frame rate when known, else up to the later last
     * keyframe. Keypoints and keypoint tracks have no area and are left out.</li>
     * </ul>
     *
     * @return the agreement of every pair of labellers
     * @throws DatasetException on a database error
     */
    public Agreement agreement() throws DatasetException {
        return db.transaction(c -> QualitySql.agreement(c, media));
    }

    /**
     * Throughput per labeller from the audit log. A submission counts for the entry's assignee (the
     * labeller who submitted it, or whose entry an admin submitted); an acceptance or rejection counts for
     * the entry's assignee too. Time per entry runs from the last time the entry went to in progress (taken
     * or reopened) to its submission. Active hours are the distinct clock hours in which the user saved
     * annotations, took an entry or moved one. Labellers (and admins who labelled) with nothing in the range
     * are left out; reviewers are not labellers and are left out.
     *
     * @param from the start of the range (inclusive), or {@code null} for the beginning
     * @param to   the end (exclusive), or {@code null} for now
     * @return one item per labeller, ordered by name
     * @throws DatasetException on a database error
     */
    public List<Throughput> throughput(Instant from, Instant to) throws DatasetException {
        if (from != null && to != null && !from.isBefore(to)) {
            throw new DatasetException("date range from " + from + " to " + to + " is empty; 'from' must be before 'to'");
        }
        return db.transaction(c -> QualitySql.throughput(c, from, to));
    }

    /**
     * @return every attribute (name and value), tag and region label (boxes, polygons, keypoints, masks,
     *         tracks) in use, with the number of annotations and of entries per status; ordered by kind
     *         (attributes, tags, then regions), label, taxonomy and value
     * @throws DatasetException on a database error
     */
    public List<LabelCount> labels() throws DatasetException {
        return db.transaction(QualitySql::labels);
    }
}
