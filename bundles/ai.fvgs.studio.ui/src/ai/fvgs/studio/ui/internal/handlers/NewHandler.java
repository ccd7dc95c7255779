package ai.fvgs.studio.ui.internal.handlers;

import org.eclipse.swt.widgets.Shell;

import ai.fvgs.studio.SceneDocument;
import ai.fvgs.studio.ui.internal.DocumentActions;

/** File &gt; New (Ctrl+N): a new untitled scene, after asking about unsaved changes. */
public final class NewHandler extends FileHandler {

    /** With the native file dialog. */
    public NewHandler() {
        this(Handlers.DIALOGS);
    }

    /** @param actions the file actions to use */
    public NewHandler(DocumentActions actions) {
        super(actions);
    }

    @Override
    protected void run(DocumentActions actions, Shell shell, SceneDocument doc) {
        actions.newScene(shell, doc);
    }
}
