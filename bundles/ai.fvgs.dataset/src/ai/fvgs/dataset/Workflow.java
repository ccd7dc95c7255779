package ai.fvgs.dataset;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import ai.fvgs.dataset.internal.Database;
import ai.fvgs.dataset.internal.Entries;
import ai.fvgs.dataset.internal.EntrySearch;
import ai.fvgs.dataset.internal.Queue;
import ai.fvgs.dataset.internal.Transitions;
import ai.fvgs.dataset.internal.UserTable;

/**
 * The labelling workflow of a {@link DatasetStore}: assignment queues and status changes with rules by role.
 * Every step runs in one transaction with an audit record, and names a user of the dataset as actor.
 * <pre>
 * new         -> in_progress   labeller (the assignee, or anyone when unassigned: it becomes theirs)
 * in_progress -> submitted     labeller (the assignee)
 * submitted   -> accepted      reviewer
 * submitted   -> rejected      reviewer, with a review comment
 * rejected    -> in_progress   labeller (the assignee)
 * </pre>
 * An admin may make any status change and is the only one who assigns entries. Obtain it with
 * {@link DatasetStore#workflow()}; thread-safe.
 */
public final class Workflow {

    private static final Set<Role> LABELLING = EnumSet.of(Role.LABELLER, Role.ADMIN);

    private final Database db;

    Workflow(Database db) {
        this.db = db;
    }

    /**
     * The labeller's next entry: the oldest entry assigned to them in progress (work in hand), else the
     * oldest assigned to them that is new, else the oldest new entry assigned to nobody. A new entry is taken
     * (assigned to the labeller and moved to in progress). Safe when several labellers ask at once: an entry
     * is taken by one of them only.
     *
     * @param labeller the user name of a labeller or admin
     * @return the entry, or empty when the queue and the pool of unassigned new entries are empty
     * @throws WorkflowException if the user is not a labeller or admin
     * @throws DatasetException  if the user does not exist, or on a database error
     */
    public Optional<DatasetEntry> next(String labeller) throws DatasetException {
        Instant now = now();
        return db.transaction(c -> Queue.next(c, labelling(c, labeller, "take entries"), now));
    }

    /**
     * Assigns one entry to a labeller (or to nobody), keeping its status.
     *
     * @param entryId  the entry, in status new, in progress or rejected
     * @param labeller the user name of a labeller or admin, or {@code null} to unassign
     * @param actor    an admin
     * @return the stored entry
     * @throws WorkflowException if the actor is no admin, the assignee no labeller or admin, or the entry is
     *                           submitted or accepted
     * @throws DatasetException  if the entry or a user does not exist, or on a database error
     */
    public DatasetEntry assign(long entryId, String labeller, String actor) throws DatasetException {
        Instant now = now();
        return db.transaction(c -> {
            admin(c, actor, "assign entries");
            User target = labeller == null ? null : labelling(c, labeller, "be assigned entries");
            DatasetEntry e = Entries.load(c, entryId).orElseThrow(() -> new DatasetException("entry " + entryId + " does not exist"));
            if (e.status() == EntryStatus.SUBMITTED || e.status() == EntryStatus.ACCEPTED) {
                throw new WorkflowException("entry " + entryId + " is " + e.status().label() + " and cannot be assigned; allowed for entries that are "
                        + "new, in_progress or rejected");
            }
            EntrySearch one = EntrySearch.of(c, SearchQuery.all());
            Queue.assign(c, one.restrictedTo(entryId), target, actor, now);
            return Entries.load(c, entryId).orElseThrow();
        });
    }

    /**
     * Assigns every entry that matches a filter (its paging is ignored) and is new, in progress or rejected
     * to a labeller (or to nobody), in one transaction with one audit record per changed entry.
     *
     * @param filter   which entries
     * @param labeller the user name of a labeller or admin, or {@code null} to unassign
     * @param actor    an admin
     * @return how many entries changed (entries already assigned to that labeller do not count)
     * @throws WorkflowException if the actor is no admin or the assignee no labeller or admin
     * @throws DatasetException  if a user does not exist, or on a database error
     */
    public int assignAll(SearchQuery filter, String labeller, String actor) throws DatasetException {
        Instant now = now();
        return db.transaction(c -> {
            admin(c, actor, "assign entries");
            User target = labeller == null ? null : labelling(c, labeller, "be assigned entries");
            return Queue.assign(c, EntrySearch.of(c, filter), target, actor, now);
        });
    }

    /**
     * Moves an entry to another status if the workflow and the actor's role allow it (see the class
     * comment) and nobody saved the entry since it was read.
     *
     * @param entry   the entry as read (its version is checked)
     * @param to      the new status
     * @param comment the review comment (required to reject; kept when {@code null})
     * @param actor   the user name of who makes the step
     * @return the stored entry with its new version
     * @throws WorkflowException if the step is not allowed for the actor
     * @throws ConflictException if someone else saved the entry first
     * @throws DatasetException  if the entry or the actor does not exist, or on a database error
     */
    public DatasetEntry transition(DatasetEntry entry, EntryStatus to, String comment, String actor) throws DatasetException {
        Instant now = now();
        return db.transaction(c -> Transitions.apply(c, entry, to, comment, user(c, actor), now));
    }

    private static User user(Connection c, String name) throws SQLException, DatasetException {
        return UserTable.find(c, name).orElseThrow(() -> UserTable.unknown(name));
    }

    private static User labelling(Connection c, String name, String what) throws SQLException, DatasetException {
        User u = user(c, name);
        if (!LABELLING.contains(u.role())) {
            throw new WorkflowException("user '" + name + "' is a " + u.role().label() + " and may not " + what + "; allowed: labeller, admin");
        }
        return u;
    }

    private static void admin(Connection c, String name, String what) throws SQLException, DatasetException {
        User u = user(c, name);
        if (u.role() != Role.ADMIN) {
            throw new WorkflowException("user '" + name + "' is a " + u.role().label() + " and may not " + what + "; only an admin may");
        }
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
