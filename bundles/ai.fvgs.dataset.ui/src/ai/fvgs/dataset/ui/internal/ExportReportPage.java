package ai.fvgs.dataset.ui.internal;

import java.util.concurrent.CancellationException;
import java.util.function.Function;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.List;
import org.eclipse.swt.widgets.ProgressBar;

import ai.fvgs.dataset.ExportReport;

/**
 * The last page of the export wizard: runs the snapshot and export as a {@link Job} when shown, then shows the
 * {@link ExportReport}: the folder, the files written, and what the format could not hold. Cancel stops the
 * export; a snapshot made already stays.
 */
public final class ExportReportPage extends JobReportPage<ExportReport> {

    private final Function<ExportReportPage, Job> starter;
    private ProgressBar bar;
    private Label summary;
    private List files;

    /** @param starter starts the export and tells this page */
    public ExportReportPage(Function<ExportReportPage, Job> starter) {
        super("Export Dataset", "Writing the snapshot; the folder appears only when complete");
        this.starter = starter;
    }

    @Override
    public void createControl(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        page.setLayout(new GridLayout(1, false));
        bar = new ProgressBar(page, SWT.HORIZONTAL | SWT.INDETERMINATE);
        bar.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        state = new Label(page, SWT.WRAP);
        state.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        summary = new Label(page, SWT.WRAP);
        summary.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        files = new List(page, SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
        GridData fd = new GridData(SWT.FILL, SWT.FILL, true, true);
        fd.heightHint = 220;
        fd.widthHint = 640;
        files.setLayoutData(fd);
        setControl(page);
    }

    @Override
    protected Job start() {
        return starter.apply(this);
    }

    /** @param fraction done @param message what is being done */
    void progress(double fraction, String message) {
        if (!state.isDisposed()) {
            state.setText(message);
        }
    }

    @Override
    protected void show(ExportReport result, Throwable error) {
        bar.setVisible(false);
        if (error instanceof CancellationException) {
            state.setText("Cancelled; no folder was written.");
        } else if (error != null) {
            showFailure("The export failed; nothing was left behind", "Export Dataset", "The export failed", error);
        } else {
            state.setText("Wrote the folder " + result.directory().getFileName() + ":");
            state.setToolTipText(result.directory().toString());
            summary.setText(result.files().size() + " files, " + result.media() + " media, " + result.annotations() + " annotations"
                    + (result.skipped() > 0 ? ", " + result.skipped() + " left out (annotations or media the format cannot hold, e.g. video tracks in COCO)"
                            : ""));
            files.setItems(result.files().toArray(String[]::new));
        }
    }
}
