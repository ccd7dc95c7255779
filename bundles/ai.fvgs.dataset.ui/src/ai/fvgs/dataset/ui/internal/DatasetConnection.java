package ai.fvgs.dataset.ui.internal;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import ai.fvgs.dataset.DatasetException;
import ai.fvgs.dataset.DatasetStore;

/**
 * The Dataset perspective's connection: opens the store once, off the display thread, and the labelling session of
 * the chosen user. The parts listen for the session; listeners are called on a background thread (parts move to
 * the display thread themselves). By default the user is the one logged in to the operating system.
 */
public final class DatasetConnection implements AutoCloseable {

    /** Opens the store. */
    @FunctionalInterface
    public interface StoreOpener {
        /** @return the open store @throws DatasetException if it cannot be opened */
        DatasetStore open() throws DatasetException;
    }

    private final StoreOpener opener;
    private DatasetStore store;
    private volatile LabellingSession session;
    private volatile Throwable problem;
    private final List<Consumer<DatasetConnection>> listeners = new CopyOnWriteArrayList<>();
    private final List<Runnable> entryListeners = new CopyOnWriteArrayList<>();

    /** @param opener opens the store, on first use */
    public DatasetConnection(StoreOpener opener) {
        this.opener = opener;
    }

    /** @return the name of the operating-system user, the default labeller */
    public static String osUser() {
        return System.getProperty("user.name", "");
    }

    /**
     * Opens the store if needed and a session for the user, in the background; listeners learn the outcome.
     *
     * @param user the labeller's user name
     * @return done when the session is open, or failed with why not
     */
    public CompletableFuture<LabellingSession> connect(String user) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                LabellingSession next = LabellingSession.open(store(), user);
                next.addChangeListener(this::entriesChanged);
                LabellingSession old = session;
                session = next;
                problem = null;
                if (old != null) {
                    old.close();
                }
                return next;
            } catch (DatasetException | RuntimeException e) {
                problem = e;
                throw new java.util.concurrent.CompletionException(e);
            } finally {
                listeners.forEach(l -> l.accept(this));
            }
        });
    }

    /**
     * @return the open store, opened now if needed (call off the display thread)
     * @throws DatasetException if it cannot be opened
     */
    public synchronized DatasetStore store() throws DatasetException {
        if (store == null) {
            store = opener.open();
        }
        return store;
    }

    /** @return the session, or {@code null} while none is open */
    public LabellingSession session() {
        return session;
    }

    /** @return why the last {@link #connect(String)} failed, or {@code null} */
    public Throwable problem() {
        return problem;
    }

    /**
     * @param listener told after every {@link #connect(String)}, on a background thread; told at once if a session
     *                 is open already
     */
    public void addListener(Consumer<DatasetConnection> listener) {
        listeners.add(listener);
        if (session != null || problem != null) {
            listener.accept(this);
        }
    }

    /** @param listener no longer told */
    public void removeListener(Consumer<DatasetConnection> listener) {
        listeners.remove(listener);
    }

    /**
     * @param listener told, on a background thread, after a part of this workbench saved, submitted, took, accepted
     *                 or rejected an entry (the statistics read their figures again)
     */
    public void addEntryListener(Runnable listener) {
        entryListeners.add(listener);
    }

    /** @param listener no longer told */
    public void removeEntryListener(Runnable listener) {
        entryListeners.remove(listener);
    }

    /** Tells the entry listeners that entries changed; call it off the display thread after a change is stored. */
    public void entriesChanged() {
        entryListeners.forEach(Runnable::run);
    }

    /** Closes the session and the store. */
    @Override
    public synchronized void close() {
        if (session != null) {
            session.close();
        }
        if (store != null) {
            store.close();
            store = null;
        }
    }
}
