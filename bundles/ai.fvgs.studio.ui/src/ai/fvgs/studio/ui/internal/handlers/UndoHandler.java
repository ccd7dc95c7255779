package ai.fvgs.studio.ui.internal.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Shell;

import ai.fvgs.studio.SceneDocument;
import ai.fvgs.studio.ui.internal.StudioErrors;
import jakarta.inject.Named;

/** Edit &gt; Undo (Ctrl+Z): undoes the Studio document's last edit. */
public final class UndoHandler {

    /** @param doc the Studio's document, if the Studio runs @return whether there is an edit to undo */
    @CanExecute
    public boolean canExecute(@Optional SceneDocument doc) {
        return doc != null && doc.canUndo();
    }

    /**
     * @param doc   the Studio's document
     * @param shell the active shell, for errors
     */
    @Execute
    public void execute(SceneDocument doc, @Optional @Named(IServiceConstants.ACTIVE_SHELL) Shell shell) {
        String label = doc.undoLabel();
        try {
            doc.undo();
        } catch (RuntimeException e) {
            StudioErrors.show(shell, "Undo", "'" + label + "' could not be undone.", e);
        }
    }
}
