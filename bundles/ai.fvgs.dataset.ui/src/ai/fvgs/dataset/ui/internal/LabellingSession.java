package ai.fvgs.dataset.ui.internal;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.eclipse.swt.graphics.ImageData;

import ai.fvgs.dataset.Annotations;
import ai.fvgs.dataset.DatasetEntry;
import ai.fvgs.dataset.DatasetException;
import ai.fvgs.dataset.DatasetStore;
import ai.fvgs.dataset.EntryStatus;
import ai.fvgs.dataset.InstalledTaxonomy;
import ai.fvgs.dataset.MediaItem;
import ai.fvgs.dataset.MediaKind;
import ai.fvgs.dataset.Role;
import ai.fvgs.dataset.User;
import ai.fvgs.sdk.taxonomy.Taxonomy;

/**
 * The labeller's connection to the dataset: the open store, who labels, the taxonomy vocabulary, and a background
 * thread that reads entries and decodes their images (never on the display thread). Entries read ahead of time
 * ({@link #prefetch(long)}) are kept in a small cache, so opening the next entry shows it at once.
 */
public final class LabellingSession implements AutoCloseable {

    /** Roles that may label. */
    public static final Set<Role> LABELLING = EnumSet.of(Role.LABELLER, Role.ADMIN);

    /** Entries kept read ahead. */
    static final int CACHE = 8;

    private final DatasetStore store;
    private final String user;
    private final Vocabulary vocabulary;
    private final ExecutorService background = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "fvgs-labelling");
        t.setDaemon(true);
        return t;
    });
    private final Map<Long, CompletableFuture<LoadedEntry>> cache = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, CompletableFuture<LoadedEntry>> eldest) {
            return size() > CACHE;
        }
    };

    private final List<Runnable> changeListeners = new java.util.concurrent.CopyOnWriteArrayList<>();

    private LabellingSession(DatasetStore store, String user, Vocabulary vocabulary) {
        this.store = store;
        this.user = user;
        this.vocabulary = vocabulary;
    }

    /**
     * Opens a session for a user of the store; call it off the display thread (it reads the taxonomies).
     *
     * @param store an open store; it stays open when the session is closed
     * @param user  the labeller's user name
     * @return the session
     * @throws DatasetException naming the user and what is allowed if the user does not exist or may not label
     */
    public static LabellingSession open(DatasetStore store, String user) throws DatasetException {
        checkLabeller(store, user);
        List<Taxonomy> taxonomies = new ArrayList<>();
        Map<String, Taxonomy> latest = new LinkedHashMap<>();
        for (InstalledTaxonomy t : store.taxonomies().list()) {
            latest.putIfAbsent(t.taxonomy().name(), store.taxonomies().latest(t.taxonomy().name()).orElse(t.taxonomy()));
        }
        taxonomies.addAll(latest.values());
        return new LabellingSession(store, user, Vocabulary.of(taxonomies));
    }

    /**
     * @param store a store
     * @param user  a user name
     * @throws DatasetException naming the user, its role and the allowed roles, or listing the users who may label
     */
    public static void checkLabeller(DatasetStore store, String user) throws DatasetException {
        Optional<User> found = store.user(user);
        if (found.isEmpty()) {
            List<String> labellers = labellers(store);
            throw new DatasetException("user '" + user + "' does not exist in the dataset " + store.databaseName() + "; "
                    + (labellers.isEmpty() ? "there are no labellers yet: an admin adds one with 'fvgs dataset users add " + user + " --role labeller'"
                            : "choose one of the labellers: " + String.join(", ", labellers)));
        }
        if (!LABELLING.contains(found.get().role())) {
            throw new DatasetException("user '" + user + "' is a " + found.get().role().label()
                    + " and may not label; allowed roles: labeller, admin");
        }
    }

    /**
     * @param store a store
     * @return the names of the users who may label
     * @throws DatasetException on a database error
     */
    public static List<String> labellers(DatasetStore store) throws DatasetException {
        return store.users().stream().filter(u -> LABELLING.contains(u.role())).map(User::name).toList();
    }

    /**
     * @param listener told, on a background thread, after this session saved, submitted or took an entry (the
     *                 browser searches again)
     */
    public void addChangeListener(Runnable listener) {
        changeListeners.add(listener);
    }

    /** @param listener no longer told */
    public void removeChangeListener(Runnable listener) {
        changeListeners.remove(listener);
    }

    /** Tells the change listeners that entries were added or changed elsewhere (an import), so the browser searches again. */
    public void datasetChanged() {
        changed(null);
    }

    private <T> T changed(T result) {
        changeListeners.forEach(Runnable::run);
        return result;
    }

    /** @return the store */
    public DatasetStore store() {
        return store;
    }

    /** @return the labeller's user name */
    public String user() {
        return user;
    }

    /** @return the categories, attributes and skeletons to choose from */
    public Vocabulary vocabulary() {
        return vocabulary;
    }

    /**
     * Runs a task on the session's background threads.
     *
     * @param task the task
     * @param <T>  its result
     * @return its result, later
     */
    public <T> CompletableFuture<T> async(DatasetCall<T> task) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return task.call();
            } catch (DatasetException e) {
                throw new java.util.concurrent.CompletionException(e);
            }
        }, background);
    }

    /**
     * Reads an entry with its annotations and decoded image, from the read-ahead cache when there.
     *
     * @param entryId the entry
     * @return the entry, later
     */
    public CompletableFuture<LoadedEntry> load(long entryId) {
        synchronized (cache) {
            CompletableFuture<LoadedEntry> f = cache.remove(entryId);
            if (f != null && !f.isCompletedExceptionally()) {
                return f;
            }
        }
        return async(() -> read(entryId));
    }

    /**
     * Reads an entry ahead of time, so that a later {@link #load(long)} finds it.
     *
     * @param entryId the entry
     */
    public void prefetch(long entryId) {
        synchronized (cache) {
            if (!cache.containsKey(entryId)) {
                cache.put(entryId, async(() -> read(entryId)));
            }
        }
    }

    /** Forgets what was read ahead (after a save, the cached annotations may be old). @param entryId the entry */
    public void forget(long entryId) {
        synchronized (cache) {
            cache.remove(entryId);
        }
    }

    private LoadedEntry read(long entryId) throws DatasetException {
        return read(store, entryId);
    }

    /**
     * Reads an entry with its annotations and decodes its first image (call off the display thread).
     *
     * @param store   the store
     * @param entryId the entry
     * @return the entry, without its image when it has none or the image cannot be decoded
     * @throws DatasetException if the entry does not exist, or on a database error
     */
    static LoadedEntry read(DatasetStore store, long entryId) throws DatasetException {
        DatasetEntry entry = store.entry(entryId).orElseThrow(() -> new DatasetException("entry " + entryId + " does not exist"));
        Annotations annotations = store.annotations().read(entryId);
        Optional<MediaItem> image = entry.media().stream().filter(m -> m.kind() == MediaKind.IMAGE).findFirst();
        if (image.isEmpty()) {
            return new LoadedEntry(entry, annotations, null, "entry " + entryId + " has no image");
        }
        try (InputStream in = store.media().open(image.get().sha256())) {
            return new LoadedEntry(entry, annotations, new ImageData(in), null);
        } catch (Exception e) { // an I/O error or a format SWT cannot decode: show the entry without its image
            return new LoadedEntry(entry, annotations, null, "image " + image.get().sha256() + " of entry " + entryId + " cannot be read: " + e.getMessage());
        }
    }

    /**
     * Saves the labeller's set (call off the display thread) and reads the entry back with its new version.
     *
     * @param entryId     the entry
     * @param version     the entry version the set was made on
     * @param annotations the set
     * @return the stored annotations and entry
     * @throws DatasetException a {@link ai.fvgs.dataset.ConflictException} if someone else saved first
     */
    public Saved save(long entryId, long version, List<ai.fvgs.dataset.Annotation> annotations) throws DatasetException {
        Annotations stored = store.annotations().save(entryId, version, user, annotations, user);
        forget(entryId);
        DatasetEntry entry = store.entry(entryId).orElseThrow(() -> new DatasetException("entry " + entryId + " was deleted"));
        return changed(new Saved(stored, entry));
    }

    /**
     * @param annotations the stored annotations
     * @param entry       the entry after saving
     */
    public record Saved(Annotations annotations, DatasetEntry entry) {
    }

    /**
     * Submits an entry for review (call off the display thread).
     *
     * @param entry the entry as read, at its current version
     * @return the stored entry
     * @throws DatasetException if the workflow does not allow it or someone saved first
     */
    public DatasetEntry submit(DatasetEntry entry) throws DatasetException {
        DatasetEntry e = entry;
        if (e.status() == EntryStatus.NEW || e.status() == EntryStatus.REJECTED) {
            e = store.workflow().transition(e, EntryStatus.IN_PROGRESS, null, user);
        }
        DatasetEntry done = store.workflow().transition(e, EntryStatus.SUBMITTED, null, user);
        forget(entry.id());
        return changed(done);
    }

    /**
     * Takes the labeller's next entry from the queue (call off the display thread).
     *
     * @return its id, or empty when the queue is empty
     * @throws DatasetException on a database error
     */
    public Optional<Long> takeNext() throws DatasetException {
        return changed(store.workflow().next(user).map(DatasetEntry::id));
    }

    /** Stops the background threads; the store stays open. */
    @Override
    public void close() {
        background.shutdownNow();
    }

    /**
     * A call to the store.
     *
     * @param <T> its result
     */
    @FunctionalInterface
    public interface DatasetCall<T> {
        /** @return the result @throws DatasetException on failure */
        T call() throws DatasetException;
    }
}
