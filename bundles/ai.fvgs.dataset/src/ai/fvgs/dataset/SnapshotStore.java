package ai.fvgs.dataset;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import ai.fvgs.dataset.internal.Database;
import ai.fvgs.dataset.internal.LabelIds;
import ai.fvgs.dataset.internal.SnapshotRows;
import ai.fvgs.dataset.internal.UserTable;

/**
 * Immutable, content-hashed snapshots of the dataset with seeded, stratified train/val/test splits, from
 * {@link DatasetStore#snapshots()}. A snapshot freezes, per entry, its media (SHA-256, kind, size,
 * dimensions, duration), texts, provenance and one annotation set: the set of the labeller the entry is
 * assigned to, else the most recently saved set (ties: the labeller first by name), else none. Nothing
 * changes a snapshot once made; only an admin can delete one.
 * <p>
 * Thread-safe.
 */
public final class SnapshotStore {

    private final Database db;
    private final LabelIds labelIds;

    SnapshotStore(Database db, LabelIds labelIds) {
        this.db = db;
        this.labelIds = labelIds;
    }

    /**
     * Makes a snapshot of the entries that match {@code options.filter()}, in one transaction.
     *
     * @param name    a new name, see {@link Snapshot#NAME_PATTERN}
     * @param options filter, seed, split and stratification
     * @param actor   who makes it
     * @return the snapshot
     * @throws DatasetException if the name is not allowed or taken, the filter names an unknown user, or on a
     *                          database error
     */
    public Snapshot create(String name, SnapshotOptions options, String actor) throws DatasetException {
        String checked = checkName(name);
        String who = actor(actor);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        return db.transaction(c -> SnapshotRows.create(c, checked, options, labelIds, now, who));
    }

    /**
     * @return every snapshot, oldest first
     * @throws DatasetException on a database error
     */
    public List<Snapshot> list() throws DatasetException {
        return db.transaction(SnapshotRows::list);
    }

    /**
     * @param name a snapshot name
     * @return the snapshot, or empty
     * @throws DatasetException on a database error
     */
    public Optional<Snapshot> find(String name) throws DatasetException {
        return db.transaction(c -> SnapshotRows.find(c, name));
    }

    /**
     * @param name a snapshot name
     * @return its frozen entries in id order
     * @throws DatasetException if there is no such snapshot, or on a database error
     */
    public List<SnapshotEntry> entries(String name) throws DatasetException {
        return db.transaction(c -> SnapshotRows.entries(c, SnapshotRows.find(c, name).orElseThrow(() -> missing(name)).id()));
    }

    /**
     * @param name a snapshot name
     * @return its categories (labels of regions, masks and tracks) with their export ids, in id order
     * @throws DatasetException if there is no such snapshot, or on a database error
     */
    public List<SnapshotLabel> categories(String name) throws DatasetException {
        return db.transaction(c -> SnapshotRows.labels(c, SnapshotRows.find(c, name).orElseThrow(() -> missing(name)).id(), "category"));
    }

    /**
     * @param name a snapshot name
     * @return its attributes (entry-level attributes and tags) with their export ids, in id order
     * @throws DatasetException if there is no such snapshot, or on a database error
     */
    public List<SnapshotLabel> attributes(String name) throws DatasetException {
        return db.transaction(c -> SnapshotRows.labels(c, SnapshotRows.find(c, name).orElseThrow(() -> missing(name)).id(), "attribute"));
    }

    /**
     * Deletes a snapshot (the only change a snapshot allows), with an audit record.
     *
     * @param name  the snapshot
     * @param actor an admin
     * @throws WorkflowException if the actor is not an admin
     * @throws DatasetException  if there is no such snapshot or user, or on a database error
     */
    public void delete(String name, String actor) throws DatasetException {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        db.transaction(c -> {
            User u = UserTable.find(c, actor).orElseThrow(() -> UserTable.unknown(actor));
            if (u.role() != Role.ADMIN) {
                throw new WorkflowException("user " + actor + " (" + u.role().label() + ") may not delete snapshot " + name
                        + "; only an admin may delete snapshots");
            }
            SnapshotRows.delete(c, SnapshotRows.find(c, name).orElseThrow(() -> missing(name)), now, actor);
            return null;
        });
    }

    static DatasetException missing(String name) {
        return new DatasetException("snapshot '" + name + "' does not exist; see: fvgs dataset snapshot list");
    }

    private static String checkName(String name) throws DatasetException {
        try {
            return Snapshot.checkName(name);
        } catch (IllegalArgumentException e) {
            throw new DatasetException(e.getMessage(), e);
        }
    }

    private static String actor(String actor) throws DatasetException {
        if (actor == null || actor.isBlank() || actor.length() > 64) {
            throw new DatasetException("actor '" + actor + "' is not allowed; every change needs the name of who makes it, 1 to 64 characters");
        }
        return actor;
    }
}
