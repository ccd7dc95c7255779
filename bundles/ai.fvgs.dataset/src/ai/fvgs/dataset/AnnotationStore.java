package ai.fvgs.dataset;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import ai.fvgs.dataset.internal.AnnotationRows;
import ai.fvgs.dataset.internal.Database;

/**
 * The annotations of dataset entries, from {@link DatasetStore#annotations()}: one {@link AnnotationSet} per
 * labeller and entry.
 * <p>
 * Saving uses the entry's version as its optimistic lock, like {@link DatasetStore#update}: read the
 * annotations (or the entry), edit, and save with the version that was read; the save bumps the entry's
 * version. If anyone saved the entry or any of its annotation sets in between, the save throws
 * {@link ConflictException} and changes nothing. Every save is written to the audit log with the set
 * before and after as JSON.
 * <p>
 * Thread-safe.
 */
public final class AnnotationStore {

    private final Database db;
    private final MediaStore media;

    AnnotationStore(Database db, MediaStore media) {
        this.db = db;
        this.media = media;
    }

    /**
     * @param entryId an entry id
     * @return every labeller's annotations of the entry, with the entry's current version
     * @throws DatasetException if the entry does not exist, or on a database error
     */
    public Annotations read(long entryId) throws DatasetException {
        return db.transaction(c -> AnnotationRows.load(c, entryId));
    }

    /**
     * Replaces one labeller's annotation set of an entry with {@code annotations} (an empty list leaves an
     * empty set: the labeller found nothing to annotate).
     *
     * @param entryId         the entry
     * @param expectedVersion the entry's version the annotations were made on, e.g.
     *                        {@link Annotations#entryVersion()} or {@link DatasetEntry#version()}
     * @param labeller        the user whose set this is; must exist
     * @param annotations     the complete set
     * @param actor           who saves it (usually the labeller; a reviewer correcting the set)
     * @return the entry's annotations after saving, with the new entry version
     * @throws ConflictException if the entry was saved since {@code expectedVersion}; nothing was changed
     * @throws DatasetException  if the entry or labeller does not exist, an annotation is on a media item the
     *                           entry does not have or of the wrong kind, a PNG mask is not in the media store,
     *                           a run-length mask does not cover its image, or on a database error
     */
    public Annotations save(long entryId, long expectedVersion, String labeller, List<Annotation> annotations, String actor)
            throws DatasetException {
        if (actor == null || actor.isBlank() || actor.length() > 64) {
            throw new DatasetException("actor '" + actor + "' is not allowed; every change needs the name of who makes it, 1 to 64 characters");
        }
        if (labeller == null || annotations == null) {
            throw new DatasetException("saving annotations of entry " + entryId + " needs a labeller and a list of annotations (possibly empty)");
        }
        List<Annotation> copy = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(annotations)); // nulls are reported by the checks
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        return db.transaction(c -> AnnotationRows.save(c, entryId, expectedVersion, labeller, copy, media, now, actor));
    }

    /**
     * @param entryId an entry id
     * @return the audit records of the entry's saved annotation sets, oldest first: who saved whose set when,
     *         with the set (and the entry version) before and after as JSON; also part of
     *         {@link DatasetStore#entryHistory(long)}
     * @throws DatasetException on a database error
     */
    public List<AuditRecord> history(long entryId) throws DatasetException {
        return db.transaction(c -> AnnotationRows.history(c, entryId));
    }
}
