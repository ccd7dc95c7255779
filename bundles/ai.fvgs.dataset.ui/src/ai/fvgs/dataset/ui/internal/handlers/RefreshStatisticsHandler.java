package ai.fvgs.dataset.ui.internal.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;

import ai.fvgs.dataset.ui.internal.StatisticsPart;

/** Reads the figures of the Statistics part again (F5). */
public final class RefreshStatisticsHandler {

    /** @param part the part, when open @return whether it can */
    @CanExecute
    public boolean canExecute(@Optional StatisticsPart part) {
        return part != null;
    }

    /** @param part the part */
    @Execute
    public void execute(@Optional StatisticsPart part) {
        if (part != null) {
            part.refresh();
        }
    }
}
