package ai.fvgs.ui.internal.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.e4.ui.workbench.modeling.EPartService;

/**
 * File &gt; Quit (Ctrl+Q): closes the workbench, saving its state. Parts with unsaved changes (such as the
 * Studio's scene) are offered for saving first; cancelling that keeps the workbench open.
 */
public final class QuitHandler {

    /**
     * @param workbench the running workbench
     * @param parts     the active window's parts, whose unsaved changes are offered for saving
     */
    @Execute
    public void execute(IWorkbench workbench, @Optional EPartService parts) {
        if (parts != null && !parts.saveAll(true)) {
            return;
        }
        workbench.close();
    }
}
