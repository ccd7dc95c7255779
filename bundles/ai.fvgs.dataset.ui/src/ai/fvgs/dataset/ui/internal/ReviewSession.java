package ai.fvgs.dataset.ui.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import ai.fvgs.dataset.DatasetEntry;
import ai.fvgs.dataset.DatasetException;
import ai.fvgs.dataset.DatasetStore;
import ai.fvgs.dataset.EntryStatus;
import ai.fvgs.dataset.Role;
import ai.fvgs.dataset.SearchQuery;
import ai.fvgs.dataset.User;
import ai.fvgs.dataset.WorkflowException;

/**
 * The reviewer's connection to the dataset: who reviews, the queue of submitted entries, reading an entry with every
 * labeller's annotations, and accepting or rejecting it through {@link ai.fvgs.dataset.Workflow#transition} with the
 * reviewer as actor. Everything runs on one background thread, never on the display thread.
 */
public final class ReviewSession implements AutoCloseable {

    /** Roles that may review. */
    public static final Set<Role> REVIEWING = EnumSet.of(Role.REVIEWER, Role.ADMIN);

    /** At most this many submitted entries are in the queue at a time; it is read again when it runs out. */
    public static final int QUEUE_SIZE = 500;

    private final DatasetStore store;
    private final String reviewer;
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "fvgs-review");
        t.setDaemon(true);
        return t;
    });

    private ReviewSession(DatasetStore store, String reviewer) {
        this.store = store;
        this.reviewer = reviewer;
    }

    /**
     * Opens a session for a user of the store (call off the display thread).
     *
     * @param store    an open store; it stays open when the session is closed
     * @param reviewer the reviewer's user name
     * @return the session
     * @throws DatasetException naming the user, its role and the allowed roles, or listing the reviewers
     */
    public static ReviewSession open(DatasetStore store, String reviewer) throws DatasetException {
        Optional<User> found = store.user(reviewer);
        if (found.isEmpty()) {
            List<String> names = reviewers(store);
            throw new DatasetException("user '" + reviewer + "' does not exist in the dataset " + store.databaseName() + "; "
                    + (names.isEmpty() ? "there are no reviewers yet: an admin adds one with 'fvgs dataset users add " + reviewer + " --role reviewer'"
                            : "choose one of the reviewers: " + String.join(", ", names)));
        }
        if (!REVIEWING.contains(found.get().role())) {
            throw new WorkflowException("user '" + reviewer + "' is a " + found.get().role().label() + " and may not review; allowed roles: reviewer, admin");
        }
        return new ReviewSession(store, reviewer);
    }

    /**
     * @param store a store
     * @return the names of the users who may review
     * @throws DatasetException on a database error
     */
    public static List<String> reviewers(DatasetStore store) throws DatasetException {
        return store.users().stream().filter(u -> REVIEWING.contains(u.role())).map(User::name).toList();
    }

    /** @return the reviewer's user name */
    public String reviewer() {
        return reviewer;
    }

    /** @return the store */
    public DatasetStore store() {
        return store;
    }

    /**
     * Runs a task on the session's background thread.
     *
     * @param task the task
     * @param <T>  its result
     * @return its result, later
     */
    public <T> CompletableFuture<T> async(LabellingSession.DatasetCall<T> task) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return task.call();
            } catch (DatasetException e) {
                throw new CompletionException(e);
            }
        }, background);
    }

    /**
     * @return the ids of the submitted entries, at most {@link #QUEUE_SIZE}, in the store's search order
     * @throws DatasetException on a database error
     */
    public List<Long> queue() throws DatasetException {
        return store.search().search(SearchQuery.all().withStatus(EntryStatus.SUBMITTED).withPage(1, QUEUE_SIZE)).entries().stream()
                .map(DatasetEntry::id).toList();
    }

    /**
     * @param entryId an entry
     * @return the entry, every labeller's annotations and its decoded first image
     * @throws DatasetException if the entry does not exist, or on a database error
     */
    public LoadedEntry load(long entryId) throws DatasetException {
        return LabellingSession.read(store, entryId);
    }

    /**
     * Accepts or rejects an entry as read.
     *
     * @param entry    the entry, at the version the reviewer saw
     * @param decision {@link EntryStatus#ACCEPTED} or {@link EntryStatus#REJECTED}
     * @param comment  the review comment; required to reject, may be blank to accept
     * @return the stored entry
     * @throws DatasetException a {@link WorkflowException} if the step is not allowed (e.g. a rejection without a
     *                          comment), a {@link ai.fvgs.dataset.ConflictException} if someone saved the entry first
     */
    public DatasetEntry decide(DatasetEntry entry, EntryStatus decision, String comment) throws DatasetException {
        if (decision != EntryStatus.ACCEPTED && decision != EntryStatus.REJECTED) {
            throw new IllegalArgumentException("a review accepts or rejects; got " + decision.label());
        }
        String c = comment == null || comment.isBlank() ? null : comment.strip();
        return store.workflow().transition(entry, decision, c, reviewer);
    }

    /** Stops the background thread; the store stays open. */
    @Override
    public void close() {
        background.shutdownNow();
    }
}
