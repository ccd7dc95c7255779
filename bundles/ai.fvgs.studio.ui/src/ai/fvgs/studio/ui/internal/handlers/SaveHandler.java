package ai.fvgs.studio.ui.internal.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Shell;

import ai.fvgs.studio.SceneDocument;
import ai.fvgs.studio.ui.internal.StudioSession;
import ai.fvgs.studio.ui.internal.DocumentActions;
import jakarta.inject.Named;

/** File &gt; Save (Ctrl+S): to the scene's file, or Save As for an untitled scene; enabled when there are unsaved changes. */
public final class SaveHandler {

    private final DocumentActions actions;

    /** With the native file dialog. */
    public SaveHandler() {
        this(Handlers.DIALOGS);
    }

    /** @param actions the file actions to use */
    public SaveHandler(DocumentActions actions) {
        this.actions = actions;
    }

    /** @param session the Studio, if it runs @return whether its document has unsaved changes */
    @CanExecute
    public boolean canExecute(@Optional StudioSession session) {
        return session != null && session.existing().map(SceneDocument::isDirty).orElse(false);
    }

    /**
     * @param session the Studio
     * @param shell   the active shell
     */
    @Execute
    public void execute(StudioSession session, @Named(IServiceConstants.ACTIVE_SHELL) Shell shell) {
        SceneDocument doc = session.document();
        actions.save(shell, doc);
    }
}
