package ai.fvgs.dataset.ui.internal.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;

import ai.fvgs.dataset.ui.internal.LabellingPart;

/** Opens the previous entry (Alt+Left). */
public final class PreviousHandler {

    /** @param part the annotation part, when open @return whether it can */
    @CanExecute
    public boolean canExecute(@Optional LabellingPart part) {
        return part != null;
    }

    /** @param part the annotation part */
    @Execute
    public void execute(@Optional LabellingPart part) {
        if (part != null) {
            part.previous();
        }
    }
}
