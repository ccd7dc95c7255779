package ai.fvgs.dataset.ui.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;

import ai.fvgs.dataset.Annotation;
import ai.fvgs.dataset.Annotations;
import ai.fvgs.dataset.DatasetEntry;

/**
 * The labeller's work on one entry: the entry as read, the entry version the annotations were read at (for
 * optimistic locking), the edited annotation set, and an undo stack of whole sets (sets are small). Not
 * thread-safe: used on the display thread.
 */
public final class EntryWork {

    /** At most this many edits are kept for undo. */
    public static final int UNDO_LIMIT = 200;

    private DatasetEntry entry;
    private long version;
    private List<Annotation> annotations;
    private final Deque<List<Annotation>> undo = new ArrayDeque<>();
    private boolean dirty;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    /**
     * @param entry       the entry as read
     * @param annotations its annotations as read, with the entry version they belong to
     * @param labeller    whose set is edited
     */
    public EntryWork(DatasetEntry entry, Annotations annotations, String labeller) {
        this.entry = Objects.requireNonNull(entry, "entry");
        this.version = annotations.entryVersion();
        this.annotations = annotations.set(labeller).map(s -> List.copyOf(s.annotations())).orElse(List.of());
    }

    /** @return the entry as last read or stored */
    public DatasetEntry entry() {
        return entry;
    }

    /** @return the entry version the annotations were made on */
    public long version() {
        return version;
    }

    /** @return the current annotation set, unmodifiable */
    public List<Annotation> annotations() {
        return annotations;
    }

    /** @return whether there are edits not saved */
    public boolean dirty() {
        return dirty;
    }

    /** @return whether {@link #undo()} can undo an edit */
    public boolean canUndo() {
        return !undo.isEmpty();
    }

    /**
     * Applies an edit to the set, remembering the set before for undo.
     *
     * @param change takes the current set (a modifiable copy) and returns the new one
     */
    public void edit(UnaryOperator<List<Annotation>> change) {
        List<Annotation> next = List.copyOf(change.apply(new ArrayList<>(annotations)));
        if (next.equals(annotations)) {
            return;
        }
        undo.push(annotations);
        while (undo.size() > UNDO_LIMIT) {
            undo.removeLast();
        }
        annotations = next;
        dirty = true;
        fire();
    }

    /** @return whether an edit was undone */
    public boolean undo() {
        if (undo.isEmpty()) {
            return false;
        }
        annotations = undo.pop();
        dirty = true;
        fire();
        return true;
    }

    /**
     * Records a successful save: the new entry version, the stored set; the set is no longer dirty.
     *
     * @param stored the annotations after saving
     * @param labeller whose set this is
     */
    void saved(Annotations stored, String labeller) {
        version = stored.entryVersion();
        annotations = stored.set(labeller).map(s -> List.copyOf(s.annotations())).orElse(List.of());
        dirty = false;
        fire();
    }

    /** @param stored the entry after a workflow step or a fresh read */
    void entry(DatasetEntry stored) {
        entry = stored;
        version = stored.version();
        fire();
    }

    /** @param listener told after every change of the set, on the thread that made it */
    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    private void fire() {
        listeners.forEach(Runnable::run);
    }
}
