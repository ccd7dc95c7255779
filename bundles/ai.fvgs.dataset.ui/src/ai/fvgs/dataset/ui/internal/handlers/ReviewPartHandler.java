package ai.fvgs.dataset.ui.internal.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.services.IServiceConstants;

import ai.fvgs.dataset.ui.internal.ReviewPart;
import jakarta.inject.Named;

/**
 * A key of the Review part. Acts only while the Review part is the active part, so that the key never decides on
 * an entry unseen; the subclass says what it does to the part.
 */
public abstract class ReviewPartHandler {

    /** @param active the active part @return whether it is the Review part */
    @CanExecute
    public final boolean canExecute(@Optional @Named(IServiceConstants.ACTIVE_PART) MPart active) {
        return active != null && active.getObject() instanceof ReviewPart;
    }

    /** @param active the active part */
    @Execute
    public final void execute(@Optional @Named(IServiceConstants.ACTIVE_PART) MPart active) {
        if (active != null && active.getObject() instanceof ReviewPart part) {
            apply(part);
        }
    }

    /** @param part the active Review part */
    protected abstract void apply(ReviewPart part);
}
