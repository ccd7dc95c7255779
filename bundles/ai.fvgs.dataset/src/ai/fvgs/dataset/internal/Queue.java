package ai.fvgs.dataset.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import ai.fvgs.dataset.ConflictException;
import ai.fvgs.dataset.DatasetEntry;
import ai.fvgs.dataset.DatasetException;
import ai.fvgs.dataset.EntryStatus;
import ai.fvgs.dataset.User;

/**
 * SQL for assignment queues: "next entry in my queue" and assigning entries to labellers. Taking an entry
 * reads a few candidates in queue order without locks, then locks the first one still free by its primary
 * key with {@code SELECT ... FOR UPDATE SKIP LOCKED} (PostgreSQL and H2 2.x alike), so two labellers asking
 * at once get different entries without waiting for each other, and the update itself is guarded by the
 * version that was read. (H2 locks every row a {@code FOR UPDATE} query matches before applying its
 * {@code LIMIT}: one query over the whole pool took 100-500 ms with 20,000 new entries.) Queue queries order
 * by the whole key of {@code entries_queue_idx}, which lets H2 read the index in order instead of sorting.
 */
public final class Queue {

    /** Statuses an entry may be (re)assigned in: not while it is waiting for or past review. */
    public static final String ASSIGNABLE = "('new', 'in_progress', 'rejected')";

    /** Candidates read per round when taking an entry. */
    private static final int CANDIDATES = 8;

    private Queue() {
    }

    /**
     * The labeller's next entry: the oldest entry assigned to them that is in progress (work in hand), else
     * the oldest assigned to them that is new, else the oldest new entry assigned to nobody. A new entry is
     * taken: it becomes the labeller's and in progress, audited as {@code take}.
     *
     * @param c        a connection in a transaction
     * @param labeller the labeller
     * @param at       now
     * @return the entry, or empty when there is nothing to do
     * @throws SQLException     on a database error
     * @throws DatasetException if the entry changed under the lock (cannot happen with row locks)
     */
    public static Optional<DatasetEntry> next(Connection c, User labeller, Instant at) throws SQLException, DatasetException {
        Optional<Long> inHand = firstId(c, "SELECT id FROM entries WHERE assignee_id = ? AND status = 'in_progress' ORDER BY assignee_id, status, id LIMIT 1",
                labeller.id());
        if (inHand.isPresent()) {
            return Entries.load(c, inHand.get());
        }
        Optional<Long> take = take(c, labeller.id());
        if (take.isEmpty()) {
            take = take(c, null);
        }
        if (take.isEmpty()) {
            return Optional.empty();
        }
        DatasetEntry before = Entries.load(c, take.get()).orElseThrow();
        return Optional.of(save(c, before, EntryStatus.IN_PROGRESS, labeller.name(), before.reviewComment(), labeller.name(), at, "take"));
    }

    /**
     * Assigns entries (locked in id order) to a user, or to nobody, one audit record per entry. Entries
     * already assigned to that user are left alone.
     *
     * @param c        a connection in a transaction
     * @param filter   which entries; only those in an {@link #ASSIGNABLE} status are assigned
     * @param assignee the user, or {@code null} to unassign
     * @param actor    who assigns
     * @param at       now
     * @return how many entries changed
     * @throws SQLException on a database error
     */
    public static int assign(Connection c, EntrySearch filter, User assignee, String actor, Instant at) throws SQLException {
        record Row(long id, EntryStatus status, long version, Long assigneeId, String comment) {
        }
        List<Row> rows = filter.select(c, "e.id, e.status, e.version, e.assignee_id, e.review_comment",
                " AND e.status IN " + ASSIGNABLE + " ORDER BY e.id FOR UPDATE",
                r -> new Row(r.getLong(1), EntryStatus.parse(r.getString(2)), r.getLong(3), (Long) r.getObject(4, Long.class), r.getString(5)));
        Map<Long, String> names = new HashMap<>();
        for (User u : UserTable.list(c)) {
            names.put(u.id(), u.name());
        }
        Long target = assignee == null ? null : assignee.id();
        int changed = 0;
        try (PreparedStatement s = c.prepareStatement("UPDATE entries SET assignee_id = ?, version = version + 1, updated_at = ?, updated_by = ? "
                + "WHERE id = ? AND version = ?")) {
            for (Row r : rows) {
                if (java.util.Objects.equals(r.assigneeId(), target)) {
                    continue;
                }
                Transitions.setNullable(s, 1, target);
                s.setObject(2, AuditLog.utc(at));
                s.setString(3, actor);
                s.setLong(4, r.id());
                s.setLong(5, r.version());
                s.executeUpdate();
                AuditLog.write(c, at, actor, "assign", "entry", r.id(),
                        Transitions.state(r.version(), r.status(), r.assigneeId() == null ? null : names.get(r.assigneeId()), r.comment()),
                        Transitions.state(r.version() + 1, r.status(), assignee == null ? null : assignee.name(), r.comment()));
                changed++;
            }
        }
        return changed;
    }

    /**
     * Saves a workflow change if the entry is still at the version read, with its audit record.
     *
     * @param c        a connection in a transaction
     * @param before   the entry as read
     * @param status   the new status
     * @param assignee the assignee's user name, or {@code null}
     * @param comment  the review comment, or {@code null}
     * @param actor    who changes it
     * @param at       now
     * @param action   the audit action, e.g. {@code take}
     * @return the stored entry
     * @throws SQLException      on a database error
     * @throws ConflictException if the stored version is no longer the one read
     * @throws DatasetException  if the assignee does not exist
     */
    static DatasetEntry save(Connection c, DatasetEntry before, EntryStatus status, String assignee, String comment, String actor, Instant at,
            String action) throws SQLException, DatasetException {
        Long assigneeId = null;
        if (assignee != null) {
            assigneeId = UserTable.find(c, assignee).map(User::id).orElseThrow(() -> UserTable.unknown(assignee));
        }
        int changed;
        try (PreparedStatement s = c.prepareStatement("UPDATE entries SET status = ?, assignee_id = ?, review_comment = ?, version = version + 1, "
                + "updated_at = ?, updated_by = ? WHERE id = ? AND version = ?")) {
            s.setString(1, status.label());
            Transitions.setNullable(s, 2, assigneeId);
            s.setString(3, comment);
            s.setObject(4, AuditLog.utc(at));
            s.setString(5, actor);
            s.setLong(6, before.id());
            s.setLong(7, before.version());
            changed = s.executeUpdate();
        }
        if (changed == 0) {
            DatasetEntry now = Entries.load(c, before.id()).orElseThrow(() -> new DatasetException("entry " + before.id() + " does not exist"));
            throw new ConflictException(before.id(), before.version(), now.version());
        }
        AuditLog.write(c, at, actor, action, "entry", before.id(),
                Transitions.state(before.version(), before.status(), before.assignee(), before.reviewComment()),
                Transitions.state(before.version() + 1, status, assignee, comment));
        return Entries.load(c, before.id()).orElseThrow();
    }

    /**
     * Locks the oldest new entry of an assignee (or of nobody) that no other transaction holds.
     *
     * @param assignee a user id, or {@code null} for the pool of unassigned entries
     * @return the locked entry's id, or empty when there is none
     */
    private static Optional<Long> take(Connection c, Long assignee) throws SQLException {
        String who = assignee == null ? "assignee_id IS NULL" : "assignee_id = ?";
        String candidates = "SELECT id FROM entries WHERE " + who + " AND status = 'new' AND id > ? ORDER BY assignee_id, status, id LIMIT " + CANDIDATES;
        String lock = "SELECT id FROM entries WHERE id = ? AND " + who + " AND status = 'new' FOR UPDATE SKIP LOCKED";
        long after = 0;
        while (true) {
            List<Long> ids = new ArrayList<>(CANDIDATES);
            try (PreparedStatement s = c.prepareStatement(candidates)) {
                int i = 1;
                if (assignee != null) {
                    s.setLong(i++, assignee);
                }
                s.setLong(i, after);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        ids.add(r.getLong(1));
                    }
                }
            }
            if (ids.isEmpty()) {
                return Optional.empty();
            }
            try (PreparedStatement s = c.prepareStatement(lock)) {
                for (long id : ids) { // still new and free? another labeller may have taken it since it was read
                    s.setLong(1, id);
                    if (assignee != null) {
                        s.setLong(2, assignee);
                    }
                    try (ResultSet r = s.executeQuery()) {
                        if (r.next()) {
                            return Optional.of(id);
                        }
                    }
                }
            }
            after = ids.get(ids.size() - 1);
        }
    }

    private static Optional<Long> firstId(Connection c, String sql, Long parameter) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            if (parameter != null) {
                s.setLong(1, parameter);
            }
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(r.getLong(1)) : Optional.empty();
            }
        }
    }
}
