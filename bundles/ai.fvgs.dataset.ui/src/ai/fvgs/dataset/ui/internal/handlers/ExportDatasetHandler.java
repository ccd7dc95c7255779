package ai.fvgs.dataset.ui.internal.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Shell;

import ai.fvgs.dataset.ui.internal.DatasetConnection;
import ai.fvgs.dataset.ui.internal.ExportWizard;
import jakarta.inject.Named;

/** File &gt; Export Dataset... in the Dataset perspective: the export wizard. */
public final class ExportDatasetHandler {

    /**
     * @param connection the dataset connection
     * @param window     the active window
     * @param models     finds its perspective
     * @return whether the Dataset perspective is shown
     */
    @CanExecute
    public boolean canExecute(@Optional DatasetConnection connection, @Optional MWindow window, @Optional EModelService models) {
        return ImportMediaHandler.inDatasetPerspective(connection, window, models);
    }

    /**
     * @param shell      the active shell
     * @param connection the dataset connection
     */
    @Execute
    public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, DatasetConnection connection) {
        new WizardDialog(shell, new ExportWizard(connection, ImportMediaHandler.user(connection))).open();
    }
}
