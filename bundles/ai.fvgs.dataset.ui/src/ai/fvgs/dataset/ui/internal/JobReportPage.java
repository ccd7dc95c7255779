package ai.fvgs.dataset.ui.internal;

import java.util.concurrent.CancellationException;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.wizard.IWizardPage;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.widgets.Label;

/**
 * The last page of a dataset wizard: starts the wizard's work as a {@link Job} when it is first shown, then shows
 * the outcome. Once the job is started the earlier pages cannot be changed any more. The subclass makes the
 * controls, the {@link #state} line among them, and says what the outcome looks like.
 *
 * @param <R> what the job reports
 */
public abstract class JobReportPage<R> extends WizardPage {

    /** What the job is doing, and how it ended; made by the subclass in {@link #createControl}. */
    protected Label state;
    private Job job;
    private R report;
    private boolean finished;

    /**
     * @param title       the page's title
     * @param description what the page does
     */
    protected JobReportPage(String title, String description) {
        super("report", title, null);
        setDescription(description);
        setPageComplete(false);
    }

    /** @return the started job, which hands its progress and outcome to this page on the display thread */
    protected abstract Job start();

    /**
     * Shows the outcome; the controls are not disposed.
     *
     * @param result what the job reported, or {@code null}
     * @param error  why there is no result: a {@link CancellationException} when cancelled, or a failure
     */
    protected abstract void show(R result, Throwable error);

    @Override
    public void setVisible(boolean visible) {
        super.setVisible(visible);
        if (visible && job == null) {
            state.setText("Starting...");
            job = start();
        }
    }

    @Override
    public IWizardPage getPreviousPage() {
        return job == null ? super.getPreviousPage() : null; // a job that ran cannot be changed
    }

    /**
     * @param result what the job reported, or {@code null}
     * @param error  why there is no result: a {@link CancellationException} when cancelled, or a failure
     */
    void finished(R result, Throwable error) {
        finished = true;
        report = result;
        if (state.isDisposed()) {
            return;
        }
        show(result, error);
        state.getParent().layout(true, true);
        setPageComplete(true);
        getContainer().updateButtons();
    }

    /**
     * Shows a failure: in the state line, as the page's error and in a dialog with the details (logged too).
     *
     * @param line        the state line, without the cause
     * @param dialogTitle the dialog's title
     * @param what        what failed, as a sentence without the cause
     * @param error       the cause
     */
    protected final void showFailure(String line, String dialogTitle, String what, Throwable error) {
        String why = DatasetErrors.unwrap(error).getMessage();
        state.setText(line + ": " + why);
        setErrorMessage(why);
        DatasetErrors.show(getShell(), dialogTitle, what, error);
    }

    /** Cancels the job, unless it has not started or has ended. */
    public void cancel() {
        if (job != null && !finished) {
            cancelling();
            job.cancel();
        }
    }

    /** Called before the running job is cancelled; does nothing unless overridden. */
    protected void cancelling() {
    }

    // for the wizard and the tests

    /** @return whether the job ended (done, cancelled or failed) */
    public boolean finished() {
        return finished;
    }

    /** @return what the job reported, or {@code null} */
    public R report() {
        return report;
    }

    /** @return the running or ended job, or {@code null} before the page was shown */
    public Job job() {
        return job;
    }

    /** @return the state line */
    public String stateText() {
        return state.getText();
    }
}
