package ai.fvgs.ui.internal.progress;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.ProgressProvider;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * The status-bar progress indicator: shows the most recently started user-visible {@link Job} that is
 * still running, its latest task and sub-task, its progress, and a button to cancel it. It installs itself
 * as the job manager's progress provider, so every non-system Job reports here.
 */
public final class JobProgressControl {

    private final UISynchronize sync;
    /** running jobs in the order they started; guarded by itself */
    private final Map<Job, JobMonitor> running = new LinkedHashMap<>();
    private Label label;
    private ProgressBar bar;
    private Button cancel;
    private volatile JobMonitor shown;
    private volatile boolean updatePending;

    /** @param sync runs widget updates on the display thread */
    @Inject
    public JobProgressControl(UISynchronize sync) {
        this.sync = sync;
    }

    /** @param parent the trim bar composite */
    @PostConstruct
    public void create(Composite parent) {
        Composite area = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(3).margins(4, 1).applyTo(area);
        label = new Label(area, SWT.NONE);
        GridDataFactory.fillDefaults().hint(360, SWT.DEFAULT).align(SWT.FILL, SWT.CENTER).applyTo(label);
        bar = new ProgressBar(area, SWT.HORIZONTAL | SWT.SMOOTH);
        GridDataFactory.fillDefaults().hint(160, 14).align(SWT.FILL, SWT.CENTER).applyTo(bar);
        cancel = new Button(area, SWT.PUSH | SWT.FLAT);
        cancel.setText("Cancel");
        cancel.setToolTipText("Cancel the running task");
        cancel.addListener(SWT.Selection, e -> {
            JobMonitor m = shown;
            if (m != null) {
                m.job.cancel();
                m.setCanceled(true);
            }
        });
        Job.getJobManager().setProgressProvider(new ProgressProvider() {
            @Override
            public IProgressMonitor createMonitor(Job job) {
                if (job.isSystem()) {
                    return new NullProgressMonitor();
                }
                JobMonitor monitor = new JobMonitor(job);
                synchronized (running) {
                    running.put(job, monitor);
                }
                return monitor;
            }
        });
        update();
    }

    @PreDestroy
    void dispose() {
        Job.getJobManager().setProgressProvider(null);
    }

    private void changed() {
        if (!updatePending) {
            updatePending = true;
            sync.asyncExec(() -> {
                updatePending = false;
                update();
            });
        }
    }

    private void update() {
        if (label == null || label.isDisposed()) {
            return;
        }
        List<JobMonitor> jobs;
        synchronized (running) {
            jobs = new ArrayList<>(running.values());
        }
        JobMonitor m = jobs.isEmpty() ? null : jobs.get(jobs.size() - 1);
        shown = m;
        boolean busy = m != null;
        label.setText(busy ? m.text() + (jobs.size() > 1 ? "  (+" + (jobs.size() - 1) + " more)" : "") : "Ready");
        bar.setVisible(busy);
        cancel.setVisible(busy);
        if (busy) {
            bar.setMaximum(1000);
            bar.setSelection(m.fraction());
        }
    }

    /** Receives one job's progress and asks for a repaint. */
    private final class JobMonitor extends NullProgressMonitor {
        private final Job job;
        private volatile String task = "";
        private volatile String subTask = "";
        private double total;
        private double worked;

        JobMonitor(Job job) {
            this.job = job;
        }

        synchronized int fraction() {
            return total <= 0 ? 0 : (int) Math.min(1000, 1000.0 * worked / total);
        }

        String text() {
            String name = task.isEmpty() ? job.getName() : task;
            return subTask.isEmpty() ? name : name + ": " + subTask;
        }

        @Override
        public void beginTask(String name, int totalWork) {
            task = name == null ? "" : name;
            synchronized (this) {
                total = totalWork == IProgressMonitor.UNKNOWN ? 0 : totalWork;
            }
            changed();
        }

        @Override
        public void subTask(String name) {
            subTask = name == null ? "" : name;
            changed();
        }

        @Override
        public void setTaskName(String name) {
            task = name == null ? "" : name;
            changed();
        }

        @Override
        public void internalWorked(double work) {
            synchronized (this) {
                worked += work;
            }
            changed();
        }

        @Override
        public void worked(int work) {
            internalWorked(work);
        }

        @Override
        public void setCanceled(boolean value) {
            super.setCanceled(value);
            if (value) {
                subTask = "cancelling";
                changed();
            }
        }

        @Override
        public void done() {
            synchronized (running) {
                running.remove(job);
            }
            changed();
        }
    }
}
