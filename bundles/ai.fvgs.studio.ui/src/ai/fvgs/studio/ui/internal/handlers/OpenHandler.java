package ai.fvgs.studio.ui.internal.handlers;

import org.eclipse.swt.widgets.Shell;

import ai.fvgs.studio.SceneDocument;
import ai.fvgs.studio.ui.internal.DocumentActions;

/** File &gt; Open (Ctrl+O): a scene file, after asking about unsaved changes. */
public final class OpenHandler extends FileHandler {

    /** With the native file dialog. */
    public OpenHandler() {
        this(Handlers.DIALOGS);
    }

    /** @param actions the file actions to use */
    public OpenHandler(DocumentActions actions) {
        super(actions);
    }

    @Override
    protected void run(DocumentActions actions, Shell shell, SceneDocument doc) {
        actions.open(shell, doc);
    }
}
