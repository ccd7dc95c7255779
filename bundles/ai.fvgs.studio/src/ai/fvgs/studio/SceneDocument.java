package ai.fvgs.studio;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.operations.AbstractOperation;
import org.eclipse.core.commands.operations.DefaultOperationHistory;
import org.eclipse.core.commands.operations.IOperationHistory;
import org.eclipse.core.commands.operations.IOperationHistoryListener;
import org.eclipse.core.commands.operations.OperationHistoryEvent;
import org.eclipse.core.commands.operations.IUndoContext;
import org.eclipse.core.commands.operations.ObjectUndoContext;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;

import ai.fvgs.scene.Scene;
import ai.fvgs.scene.SceneException;
import ai.fvgs.scene.SceneFiles;

/**
 * A scene being edited in the Studio: an immutable {@link Scene}, the file it was opened from or saved to (or
 * none), whether it has changed since (dirty), and its edits as undoable operations.
 * <p>
 * Every change goes through {@link #edit(String, UnaryOperator)}, which executes a {@link SceneEdit} on the
 * {@link IOperationHistory} under this document's own {@link #undoContext()}; {@link #undo()} and
 * {@link #redo()} step through them. The document is dirty when its scene differs from the one last opened
 * or saved, so undoing back to the saved state makes it clean again. {@link #newScene()} and
 * {@link #open(Path)} replace the scene and forget the edits; {@link #save()} and {@link #saveAs(Path)} write
 * the scene JSON that {@code fvgs render} reads, through a temporary file and a rename.
 * <p>
 * Not thread-safe: use a document from one thread (in the workbench, the display thread). Its scenes are
 * immutable, so they can be handed to other threads (for example to a {@link PreviewRenderer}). Listeners are
 * called on the thread that made the change, after the history has recorded it, so {@link #undoLabel()} and
 * {@link #canRedo()} already tell the new state. Edits undone or redone directly on the history (for example by
 * a generic Undo action for this document's {@link #undoContext()}) are reported too.
 */
public final class SceneDocument {

    /** The most edits kept for undo. */
    public static final int UNDO_LIMIT = 200;

    /** What happened to a document. */
    public enum ChangeKind {
        /** An edit was made. */
        EDITED,
        /** An edit was undone. */
        UNDONE,
        /** An undone edit was made again. */
        REDONE,
        /** The scene was replaced by a new or opened one; the edits were forgotten. */
        REPLACED,
        /** The scene was saved; its file may have changed. */
        SAVED
    }

    /**
     * A change of a document.
     *
     * @param document the document
     * @param kind     what happened
     * @param label    the edit's label for {@code EDITED}, {@code UNDONE} and {@code REDONE}, else empty
     */
    public record Change(SceneDocument document, ChangeKind kind, String label) {
    }

    /** Told about every change of a document. */
    @FunctionalInterface
    public interface Listener {
        /** @param change what changed */
        void changed(Change change);
    }

    private final IOperationHistory history;
    private final IUndoContext context;
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private final IOperationHistoryListener historyListener = this::historyChanged;
    private Scene scene;
    private Scene savedScene;
    private Path file;

    /**
     * A new untitled document with its own operation history.
     *
     * @param scene the scene to start with
     */
    public SceneDocument(Scene scene) {
        this(scene, new DefaultOperationHistory());
    }

    /**
     * @param scene   the scene to start with; the document is untitled and clean
     * @param history where the edits are executed; the document keeps them apart from others' under its own
     *                undo context, so one history can serve several documents
     */
    public SceneDocument(Scene scene, IOperationHistory history) {
        this.scene = Objects.requireNonNull(scene, "scene");
        this.savedScene = scene;
        this.history = Objects.requireNonNull(history, "history");
        this.context = new ObjectUndoContext(this, "scene document");
        history.setLimit(context, UNDO_LIMIT);
        history.addOperationHistoryListener(historyListener);
    }

    /** Forgets this document's edits and stops listening to the history; the document is not used afterwards. */
    public void dispose() {
        history.removeOperationHistoryListener(historyListener);
        history.dispose(context, true, true, true);
        listeners.clear();
    }

    /** @return the scene as it is now */
    public Scene scene() {
        return scene;
    }

    /** @return the file the scene was opened from or last saved to, none for an untitled document */
    public Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    /** @return the file's name, or {@code Untitled} */
    public String name() {
        return file == null ? "Untitled" : file.getFileName().toString();
    }

    /** @return whether the scene differs from the one last opened or saved */
    public boolean isDirty() {
        return !scene.equals(savedScene);
    }

    /** @return the history the edits are executed on */
    public IOperationHistory history() {
        return history;
    }

    /** @return this document's undo context in {@link #history()} */
    public IUndoContext undoContext() {
        return context;
    }

    /** @param listener told about every change from now on */
    public void addListener(Listener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    /** @param listener no longer told */
    public void removeListener(Listener listener) {
        listeners.remove(listener);
    }

    /**
     * Changes the scene as one undoable edit. A change that leaves the scene as it was is not recorded.
     *
     * @param label  what the edit does, for Undo and Redo menu items (e.g. {@code Change bust})
     * @param change makes the new scene from the current one
     * @return whether the scene changed
     * @throws IllegalArgumentException if the change rejects the scene (for example a measurement out of
     *                                  range); the scene is then unchanged
     */
    public boolean edit(String label, UnaryOperator<Scene> change) {
        Scene after = Objects.requireNonNull(change.apply(scene), "the edit returned no scene");
        if (after.equals(scene)) {
            return false;
        }
        SceneEdit edit = new SceneEdit(label, scene, after);
        edit.addContext(context);
        try {
            IStatus status = history.execute(edit, null, null);
            if (!status.isOK()) {
                throw new IllegalStateException(label + " was not done: " + status.getMessage());
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException(label + " failed: " + e.getMessage(), e);
        }
        return true;
    }

    /** @return whether there is an edit to undo */
    public boolean canUndo() {
        return history.canUndo(context);
    }

    /** @return whether there is an undone edit to redo */
    public boolean canRedo() {
        return history.canRedo(context);
    }

    /** @return the label of the edit {@link #undo()} would undo, or empty */
    public String undoLabel() {
        var op = history.getUndoOperation(context);
        return op == null ? "" : op.getLabel();
    }

    /** @return the label of the edit {@link #redo()} would redo, or empty */
    public String redoLabel() {
        var op = history.getRedoOperation(context);
        return op == null ? "" : op.getLabel();
    }

    /** @return whether an edit was undone */
    public boolean undo() {
        if (!canUndo()) {
            return false;
        }
        try {
            return history.undo(context, null, null).isOK();
        } catch (ExecutionException e) {
            throw new IllegalStateException("undo failed: " + e.getMessage(), e);
        }
    }

    /** @return whether an edit was redone */
    public boolean redo() {
        if (!canRedo()) {
            return false;
        }
        try {
            return history.redo(context, null, null).isOK();
        } catch (ExecutionException e) {
            throw new IllegalStateException("redo failed: " + e.getMessage(), e);
        }
    }

    /** Replaces the scene by a new untitled one with {@link SceneEdits#defaultScene()}; forgets the edits. */
    public void newScene() {
        replace(SceneEdits.defaultScene(), null);
    }

    /**
     * Replaces the scene by a new untitled one, e.g. a look variant; forgets the edits.
     *
     * @param scene the new document's scene
     */
    public void newScene(Scene scene) {
        replace(Objects.requireNonNull(scene, "scene"), null);
    }

    /**
     * Replaces the scene by the one in a file and forgets the edits. On failure the document is unchanged.
     *
     * @param path a scene file
     * @throws IOException    if it cannot be read
     * @throws SceneException listing every problem of the file
     */
    public void open(Path path) throws IOException, SceneException {
        Scene opened = SceneFiles.read(path);
        replace(opened, path.toAbsolutePath());
    }

    /**
     * Saves to the document's file.
     *
     * @throws IOException           if it cannot be written; the old file is then unchanged
     * @throws IllegalStateException if the document is untitled (use {@link #saveAs(Path)})
     */
    public void save() throws IOException {
        if (file == null) {
            throw new IllegalStateException("the document is untitled: save it as a file first");
        }
        saveAs(file);
    }

    /**
     * Writes the scene to a file, which becomes the document's file; the document is then clean.
     *
     * @param path where to write
     * @throws IOException if it cannot be written; the document keeps its old file and dirty state
     */
    public void saveAs(Path path) throws IOException {
        Scene saving = scene;
        SceneFiles.write(saving, path);
        file = path.toAbsolutePath();
        savedScene = saving;
        fire(ChangeKind.SAVED, "");
    }

    private void replace(Scene next, Path path) {
        history.dispose(context, true, true, false);
        history.setLimit(context, UNDO_LIMIT);
        scene = next;
        savedScene = next;
        file = path;
        fire(ChangeKind.REPLACED, "");
    }

    private void historyChanged(OperationHistoryEvent event) {
        if (!(event.getOperation() instanceof SceneEdit edit) || edit.document() != this) {
            return;
        }
        switch (event.getEventType()) {
            // an executed edit is announced once the history holds it (DONE comes before that)
            case OperationHistoryEvent.OPERATION_ADDED -> fire(ChangeKind.EDITED, edit.getLabel());
            case OperationHistoryEvent.UNDONE -> fire(ChangeKind.UNDONE, edit.getLabel());
            case OperationHistoryEvent.REDONE -> fire(ChangeKind.REDONE, edit.getLabel());
            default -> {
                // other events (about to execute, done, operation removed) change nothing visible
            }
        }
    }

    private void fire(ChangeKind kind, String label) {
        Change change = new Change(this, kind, label);
        for (Listener l : listeners) {
            l.changed(change);
        }
    }

    /** One edit: the scene before and after. Executing and redoing set the after state, undoing the before. */
    private final class SceneEdit extends AbstractOperation {

        private final Scene before;
        private final Scene after;

        SceneEdit(String label, Scene before, Scene after) {
            super(label);
            this.before = before;
            this.after = after;
        }

        SceneDocument document() {
            return SceneDocument.this;
        }

        @Override
        public IStatus execute(IProgressMonitor monitor, IAdaptable info) {
            scene = after;
            return Status.OK_STATUS;
        }

        @Override
        public IStatus redo(IProgressMonitor monitor, IAdaptable info) {
            scene = after;
            return Status.OK_STATUS;
        }

        @Override
        public IStatus undo(IProgressMonitor monitor, IAdaptable info) {
            scene = before;
            return Status.OK_STATUS;
        }
    }
}
