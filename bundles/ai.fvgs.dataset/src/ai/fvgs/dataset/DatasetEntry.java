package ai.fvgs.dataset;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A stored dataset entry as read at one {@link #version()}. To change it, derive an edited copy with the
 * {@code with...} methods and pass it to {@link DatasetStore#update(DatasetEntry, String)}, which saves it
 * only if the stored version is still this one.
 *
 * @param id            database id
 * @param status        workflow status
 * @param version       optimistic-lock version, 1 after creation, +1 per update
 * @param assignee      the user name of the labeller it is assigned to, or {@code null}
 * @param reviewComment the reviewer's comment (required to reject), or {@code null}
 * @param sourceKey     the import key, or {@code null}
 * @param media         images, videos and text files, in order (not changed by updates)
 * @param texts         captions, descriptions and tags, in order
 * @param provenance    where it came from (not changed by updates)
 * @param createdAt     when it was created
 * @param createdBy     who created it
 * @param updatedAt     when it was last saved
 * @param updatedBy     who last saved it
 */
public record DatasetEntry(long id, EntryStatus status, long version, String assignee, String reviewComment, String sourceKey,
        List<MediaItem> media, List<EntryText> texts, Provenance provenance, Instant createdAt, String createdBy, Instant updatedAt,
        String updatedBy) {

    /** Checks the fields and copies the lists. */
    public DatasetEntry {
        Objects.requireNonNull(status, "status");
        media = List.copyOf(media);
        texts = List.copyOf(texts);
        Objects.requireNonNull(provenance, "provenance");
        if (reviewComment != null && reviewComment.length() > 4000) {
            throw new IllegalArgumentException("review comment of " + reviewComment.length() + " characters is too long; at most 4000 are allowed");
        }
    }

    /** @param newStatus the new status @return an edited copy */
    public DatasetEntry withStatus(EntryStatus newStatus) {
        return new DatasetEntry(id, newStatus, version, assignee, reviewComment, sourceKey, media, texts, provenance, createdAt, createdBy,
                updatedAt, updatedBy);
    }

    /** @param userName the labeller's user name, or {@code null} to unassign @return an edited copy */
    public DatasetEntry withAssignee(String userName) {
        return new DatasetEntry(id, status, version, userName, reviewComment, sourceKey, media, texts, provenance, createdAt, createdBy,
                updatedAt, updatedBy);
    }

    /** @param comment the review comment, or {@code null} @return an edited copy */
    public DatasetEntry withReviewComment(String comment) {
        return new DatasetEntry(id, status, version, assignee, comment, sourceKey, media, texts, provenance, createdAt, createdBy, updatedAt,
                updatedBy);
    }

    /** @param newTexts the texts that replace the current ones @return an edited copy */
    public DatasetEntry withTexts(List<EntryText> newTexts) {
        return new DatasetEntry(id, status, version, assignee, reviewComment, sourceKey, media, newTexts, provenance, createdAt, createdBy,
                updatedAt, updatedBy);
    }
}
