package ai.fvgs.studio.ui.internal.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Shell;

import ai.fvgs.studio.SceneDocument;
import ai.fvgs.studio.ui.internal.DocumentActions;
import ai.fvgs.studio.ui.internal.StudioSession;
import jakarta.inject.Named;

/**
 * The File handlers (New, Open, Save, Save As): each runs one of the {@link DocumentActions} on the Studio's
 * document in the active shell. Dependency injection finds the annotated methods of this superclass.
 */
public abstract class FileHandler {

    private final DocumentActions actions;

    /** @param actions the file actions to use */
    protected FileHandler(DocumentActions actions) {
        this.actions = actions;
    }

    /** @param session the Studio, if it runs @return whether the command can run */
    @CanExecute
    public boolean canExecute(@Optional StudioSession session) {
        return session != null;
    }

    /**
     * @param session the Studio
     * @param shell   the active shell
     */
    @Execute
    public void execute(StudioSession session, @Named(IServiceConstants.ACTIVE_SHELL) Shell shell) {
        run(actions, shell, session.document());
    }

    /** Runs the command's action. */
    protected abstract void run(DocumentActions actions, Shell shell, SceneDocument doc);
}
