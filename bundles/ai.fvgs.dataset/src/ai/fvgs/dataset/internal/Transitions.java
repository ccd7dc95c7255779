package ai.fvgs.dataset.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import ai.fvgs.dataset.ConflictException;
import ai.fvgs.dataset.DatasetEntry;
import ai.fvgs.dataset.DatasetException;
import ai.fvgs.dataset.EntryStatus;
import ai.fvgs.dataset.Role;
import ai.fvgs.dataset.User;
import ai.fvgs.dataset.WorkflowException;

/**
 * The workflow rules and the SQL that applies a status change:
 * <pre>
 * new         -> in_progress   labeller (the assignee, or anyone when unassigned: it becomes theirs)
 * in_progress -> submitted     labeller (the assignee)
 * submitted   -> accepted      reviewer
 * submitted   -> rejected      reviewer, with a comment
 * rejected    -> in_progress   labeller (the assignee)
 * </pre>
 * An admin may make any change, including ones outside this table; a rejection always needs a comment.
 */
public final class Transitions {

    private static final Map<EntryStatus, Set<EntryStatus>> NEXT = Map.of(
            EntryStatus.NEW, EnumSet.of(EntryStatus.IN_PROGRESS),
            EntryStatus.IN_PROGRESS, EnumSet.of(EntryStatus.SUBMITTED),
            EntryStatus.SUBMITTED, EnumSet.of(EntryStatus.ACCEPTED, EntryStatus.REJECTED),
            EntryStatus.REJECTED, EnumSet.of(EntryStatus.IN_PROGRESS),
            EntryStatus.ACCEPTED, EnumSet.noneOf(EntryStatus.class));

    private Transitions() {
    }

    /**
     * @param c       a connection in a transaction
     * @param entry   the entry as the actor read it
     * @param to      the new status
     * @param comment the review comment for accepted or rejected (required to reject), else {@code null} to
     *                keep the current one
     * @param actor   who changes it
     * @param at      now
     * @return the stored entry
     * @throws SQLException      on a database error
     * @throws WorkflowException if the step is not allowed
     * @throws ConflictException if someone else saved the entry since it was read
     * @throws DatasetException  if the entry does not exist
     */
    public static DatasetEntry apply(Connection c, DatasetEntry entry, EntryStatus to, String comment, User actor, Instant at)
            throws SQLException, DatasetException {
        DatasetEntry before = Entries.load(c, entry.id()).orElseThrow(() -> new DatasetException("entry " + entry.id() + " does not exist"));
        if (before.version() != entry.version()) {
            throw new ConflictException(entry.id(), entry.version(), before.version());
        }
        check(before, to, comment, actor);
        String assignee = before.assignee() == null && to == EntryStatus.IN_PROGRESS ? actor.name() : before.assignee();
        String newComment = comment == null || comment.isBlank() ? before.reviewComment() : comment;
        return Queue.save(c, before, to, assignee, newComment, actor.name(), at, "transition");
    }

    static void check(DatasetEntry e, EntryStatus to, String comment, User actor) throws WorkflowException {
        String step = "entry " + e.id() + " from " + e.status().label() + " to " + to.label();
        if (to == e.status()) {
            throw new WorkflowException("entry " + e.id() + " is already " + to.label() + "; nothing to change");
        }
        if (to == EntryStatus.REJECTED && (comment == null || comment.isBlank())) {
            throw new WorkflowException("cannot move " + step + " without a review comment saying what to fix");
        }
        if (actor.role() == Role.ADMIN) {
            return;
        }
        Set<EntryStatus> allowed = NEXT.get(e.status());
        if (!allowed.contains(to)) {
            throw new WorkflowException("cannot move " + step + "; allowed from " + e.status().label() + ": "
                    + (allowed.isEmpty() ? "nothing (only an admin can reopen it)" : allowed.stream().map(EntryStatus::label).collect(Collectors.joining(", "))));
        }
        boolean review = e.status() == EntryStatus.SUBMITTED;
        Role needed = review ? Role.REVIEWER : Role.LABELLER;
        if (actor.role() != needed) {
            throw new WorkflowException("user '" + actor.name() + "' (" + actor.role().label() + ") may not move " + step + "; only a "
                    + needed.label() + " or an admin may");
        }
        if (!review && e.assignee() != null && !e.assignee().equals(actor.name())) {
            throw new WorkflowException("user '" + actor.name() + "' may not move " + step + "; it is assigned to '" + e.assignee() + "'");
        }
        if (!review && e.assignee() == null && to != EntryStatus.IN_PROGRESS) {
            throw new WorkflowException("user '" + actor.name() + "' may not move " + step + "; it is assigned to nobody, take it first");
        }
    }

    /** @return the audited workflow state of an entry */
    static Map<String, Object> state(long version, EntryStatus status, String assignee, String comment) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("version", version);
        m.put("status", status.label());
        m.put("assignee", assignee);
        m.put("reviewComment", comment);
        return m;
    }

    static void setNullable(PreparedStatement s, int index, Long value) throws SQLException {
        if (value == null) {
            s.setNull(index, Types.BIGINT);
        } else {
            s.setLong(index, value);
        }
    }
}
