package ai.fvgs.dataset.ui.internal.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;

import ai.fvgs.dataset.ui.internal.LabellingPart;

/** Submits the open entry for review and takes the next one (Ctrl+Enter). */
public final class SubmitHandler {

    /** @param part the annotation part, when open @return whether it can */
    @CanExecute
    public boolean canExecute(@Optional LabellingPart part) {
        return part != null;
    }

    /** @param part the annotation part */
    @Execute
    public void execute(@Optional LabellingPart part) {
        if (part != null) {
            part.submit();
        }
    }
}
