package ai.fvgs.dataset;

/**
 * A category or attribute of a {@link Snapshot} with the id its exports use. The ids are fixed when the
 * snapshot is made, so every export of it agrees.
 * <p>
 * Categories are the labels of regions, masks and tracks: {@code name} is the label, {@code supercategory}
 * its taxonomy (or {@code none} for a free label), {@code layout} the keypoint layout of its keypoints (or
 * {@code null}). Attributes are the entry-level attributes and tags: {@code name} is the attribute's value
 * and {@code supercategory} the attribute, or {@code name} is the tag and {@code supercategory} is
 * {@code tag}.
 *
 * @param id              the id, from 1
 * @param name            the name
 * @param supercategory   the group it belongs to
 * @param taxonomy        the label's taxonomy, or {@code null}
 * @param taxonomyVersion the taxonomy's version, or {@code null}
 * @param layout          for a category: the keypoint layout of its keypoints, or {@code null}
 */
public record SnapshotLabel(int id, String name, String supercategory, String taxonomy, String taxonomyVersion, String layout) {
}
