package ai.fvgs.studio.ui.internal.handlers;

import org.eclipse.swt.widgets.Shell;

import ai.fvgs.studio.SceneDocument;
import ai.fvgs.studio.ui.internal.DocumentActions;

/** File &gt; Save As (Ctrl+Shift+S): to a file the user picks, which becomes the scene's file. */
public final class SaveAsHandler extends FileHandler {

    /** With the native file dialog. */
    public SaveAsHandler() {
        this(Handlers.DIALOGS);
    }

    /** @param actions the file actions to use */
    public SaveAsHandler(DocumentActions actions) {
        super(actions);
    }

    @Override
    protected void run(DocumentActions actions, Shell shell, SceneDocument doc) {
        actions.saveAs(shell, doc);
    }
}
