package ai.fvgs.dataset.ui.internal;

import org.eclipse.jface.wizard.Wizard;

/**
 * A dataset wizard whose last page runs the work ({@link JobReportPage}): it can finish once the job has ended,
 * and Cancel cancels the job.
 */
public abstract class JobWizard extends Wizard {

    /** @return the last page, which runs the job and shows its outcome */
    public abstract JobReportPage<?> reportPage();

    @Override
    public boolean canFinish() {
        return reportPage().finished();
    }

    @Override
    public boolean performFinish() {
        return true;
    }

    @Override
    public boolean performCancel() {
        reportPage().cancel();
        return true;
    }
}
