package ai.fvgs.dataset.ui.internal.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Shell;

import ai.fvgs.dataset.ui.internal.CheatSheet;
import jakarta.inject.Named;

/** Help &gt; Labelling Shortcuts: the list of the Dataset perspective's keys. */
public final class CheatSheetHandler {

    /** @param shell the active shell */
    @Execute
    public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell) {
        CheatSheet.open(shell);
    }
}
