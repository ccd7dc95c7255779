package ai.fvgs.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import ai.fvgs.ui.internal.progress.JobProgressControl;
import ai.fvgs.tests.swt.SwtDriver;

/** The status-bar progress indicator follows a real background Job and cancels it. */
class JobProgressControlUITest {

    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    private Display display;
    private Shell shell;
    private SwtDriver driver;

    @BeforeEach
    void open() {
        display = Display.getDefault();
        driver = new SwtDriver(display);
        shell = new Shell(display);
        shell.setLayout(new FillLayout());
        new JobProgressControl(driver.uiSynchronize()).create(shell);
        shell.setSize(640, 40);
        shell.open();
    }

    @AfterEach
    void close() {
        shell.dispose();
        Job.getJobManager().setProgressProvider(null);
    }

    @Test
    void showsTheRunningJobAndItsProgressAndCancelsIt() throws Exception {
        Label label = SwtDriver.find(shell, Label.class).get(0);
        ProgressBar bar = SwtDriver.find(shell, ProgressBar.class).get(0);
        Button cancel = SwtDriver.find(shell, Button.class).get(0);
        assertEquals("Ready", label.getText());

        AtomicReference<IStatus> result = new AtomicReference<>();
        Job job = Job.create("Rendering look 3", (IProgressMonitor monitor) -> {
            monitor.beginTask("Rendering look 3", 10);
            monitor.subTask("frame 3 of 10");
            monitor.worked(3);
            while (!monitor.isCanceled()) {
                Thread.onSpinWait();
            }
            return Status.CANCEL_STATUS;
        });
        job.addJobChangeListener(new org.eclipse.core.runtime.jobs.JobChangeAdapter() {
            @Override
            public void done(org.eclipse.core.runtime.jobs.IJobChangeEvent event) {
                result.set(event.getResult());
            }
        });
        job.schedule();

        driver.waitUntil("the job's progress in the status bar", () -> label.getText().equals("Rendering look 3: frame 3 of 10")
                && bar.getSelection() == 300 && bar.isVisible() && cancel.isVisible(), TIMEOUT);
        cancel.notifyListeners(SWT.Selection, new Event());
        driver.waitUntil("the job to end after Cancel", () -> result.get() != null, TIMEOUT);
        assertEquals(IStatus.CANCEL, result.get().getSeverity());
        driver.waitUntil("the status bar to be ready again", () -> label.getText().equals("Ready"), TIMEOUT);
        assertTrue(!bar.isVisible() && !cancel.isVisible());
    }
}
