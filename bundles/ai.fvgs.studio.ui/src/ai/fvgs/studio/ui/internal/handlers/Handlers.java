package ai.fvgs.studio.ui.internal.handlers;

import ai.fvgs.studio.ui.internal.DocumentActions;
import ai.fvgs.studio.ui.internal.FileChooser;

/** Shared by the File handlers: the actions with the native file dialog. */
final class Handlers {

    static final DocumentActions DIALOGS = new DocumentActions(FileChooser.DIALOG);

    private Handlers() {
    }
}
