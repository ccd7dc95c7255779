package ai.fvgs.studio.ui.internal;

import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import org.eclipse.swt.widgets.Control;

import ai.fvgs.scene.Scene;
import ai.fvgs.studio.SceneDocument;

/**
 * A part's change to the Studio's document as one undoable edit: a change the document turns down (nothing
 * changed) or that fails puts the part's controls back to the document, and a failure is shown in a dialog that
 * names the part and the edit not done (and is logged, {@link StudioErrors}).
 */
final class DocumentEdit {

    private DocumentEdit() {
    }

    /**
     * @param doc     the document
     * @param owner   the part's control, whose shell parents the error dialog
     * @param part    the part's label, the dialog's title
     * @param label   the edit's label (the Undo menu shows it)
     * @param change  makes the change; it may throw for a value that is not allowed
     * @param refresh puts the part's controls back to the document
     * @return whether the document changed
     */
    static boolean apply(SceneDocument doc, Control owner, String part, String label, Supplier<UnaryOperator<Scene>> change,
            Runnable refresh) {
        try {
            boolean changed = doc.edit(label, change.get());
            if (!changed) {
                refresh.run();
            }
            return changed;
        } catch (RuntimeException e) {
            refresh.run();
            StudioErrors.show(owner.getShell(), part, label + " was not done.", e);
            return false;
        }
    }
}
