package ai.fvgs.ui.internal.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.workbench.IWorkbench;

/** File &gt; Quit (Ctrl+Q): closes the workbench, saving its state. */
public final class QuitHandler {

    /** @param workbench the running workbench */
    @Execute
    public void execute(IWorkbench workbench) {
        workbench.close();
    }
}
