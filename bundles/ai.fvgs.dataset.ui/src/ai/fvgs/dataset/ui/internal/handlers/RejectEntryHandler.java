package ai.fvgs.dataset.ui.internal.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;

import ai.fvgs.dataset.ui.internal.ReviewPart;

/** Rejects the entry under review with its comment (Ctrl+Shift+R); refused without a comment. */
public final class RejectEntryHandler {

    /** @param part the part, when open @return whether it can */
    @CanExecute
    public boolean canExecute(@Optional ReviewPart part) {
        return part != null;
    }

    /** @param part the part */
    @Execute
    public void execute(@Optional ReviewPart part) {
        if (part != null) {
            part.reject();
        }
    }
}
