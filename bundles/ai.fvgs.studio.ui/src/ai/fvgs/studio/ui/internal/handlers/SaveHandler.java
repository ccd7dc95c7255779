package ai.fvgs.studio.ui.internal.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.swt.widgets.Shell;

import ai.fvgs.studio.SceneDocument;
import ai.fvgs.studio.ui.internal.DocumentActions;
import ai.fvgs.studio.ui.internal.StudioSession;

/** File &gt; Save (Ctrl+S): to the scene's file, or Save As for an untitled scene; enabled when there are unsaved changes. */
public final class SaveHandler extends FileHandler {

    /** With the native file dialog. */
    public SaveHandler() {
        this(Handlers.DIALOGS);
    }

    /** @param actions the file actions to use */
    public SaveHandler(DocumentActions actions) {
        super(actions);
    }

    /** @param session the Studio, if it runs @return whether its document has unsaved changes */
    @Override
    @CanExecute
    public boolean canExecute(@Optional StudioSession session) {
        return session != null && session.existing().map(SceneDocument::isDirty).orElse(false);
    }

    @Override
    protected void run(DocumentActions actions, Shell shell, SceneDocument doc) {
        actions.save(shell, doc);
    }
}
