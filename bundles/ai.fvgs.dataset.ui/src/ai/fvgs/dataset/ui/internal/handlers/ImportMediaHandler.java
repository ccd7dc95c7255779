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
import ai.fvgs.dataset.ui.internal.ImportWizard;
import ai.fvgs.dataset.ui.internal.LabellingSession;
import jakarta.inject.Named;

/** File &gt; Import Dataset Media... in the Dataset perspective: the import wizard. */
public final class ImportMediaHandler {

    /** Element id of the Dataset perspective. */
    static final String PERSPECTIVE = "ai.fvgs.dataset.ui.perspective.dataset";

    /**
     * @param connection the dataset connection
     * @param window     the active window
     * @param models     finds its perspective
     * @return whether the Dataset perspective is shown
     */
    @CanExecute
    public boolean canExecute(@Optional DatasetConnection connection, @Optional MWindow window, @Optional EModelService models) {
        return inDatasetPerspective(connection, window, models);
    }

    static boolean inDatasetPerspective(DatasetConnection connection, MWindow window, EModelService models) {
        if (connection == null) {
            return false;
        }
        if (window == null || models == null) {
            return true;
        }
        var perspective = models.getActivePerspective(window);
        return perspective != null && PERSPECTIVE.equals(perspective.getElementId());
    }

    static String user(DatasetConnection connection) {
        LabellingSession s = connection.session();
        return s != null ? s.user() : DatasetConnection.osUser();
    }

    /**
     * @param shell      the active shell
     * @param connection the dataset connection
     */
    @Execute
    public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, DatasetConnection connection) {
        ImportWizard wizard = new ImportWizard(connection, user(connection), () -> {
            LabellingSession s = connection.session();
            if (s != null) {
                s.datasetChanged();
            }
        });
        new WizardDialog(shell, wizard).open();
    }
}
