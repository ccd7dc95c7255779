package ai.fvgs.studio.ui.internal.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Shell;

import ai.fvgs.studio.SceneDocument;
import ai.fvgs.studio.ui.internal.StudioSession;
import ai.fvgs.studio.ui.internal.StudioErrors;
import jakarta.inject.Named;

/** Edit &gt; Redo (Ctrl+Y, Ctrl+Shift+Z): makes the last undone edit again. */
public final class RedoHandler {

    /** @param session the Studio, if it runs @return whether its document has an edit to redo */
    @CanExecute
    public boolean canExecute(@Optional StudioSession session) {
        return session != null && session.existing().map(SceneDocument::canRedo).orElse(false);
    }

    /**
     * @param session the Studio
     * @param shell   the active shell, for errors
     */
    @Execute
    public void execute(StudioSession session, @Optional @Named(IServiceConstants.ACTIVE_SHELL) Shell shell) {
        SceneDocument doc = session.document();
        String label = doc.redoLabel();
        try {
            doc.redo();
        } catch (RuntimeException e) {
            StudioErrors.show(shell, "Redo", "'" + label + "' could not be redone.", e);
        }
    }
}
