package ai.fvgs.dataset.ui.internal;

import java.nio.file.Path;
import java.util.concurrent.CancellationException;

import org.eclipse.core.runtime.jobs.Job;

import ai.fvgs.dataset.DatasetStore;
import ai.fvgs.dataset.ExportOptions;
import ai.fvgs.dataset.ExportReport;

/**
 * File &gt; Export Dataset: an existing snapshot or a new one (name, entries, split, seed, stratification), the format
 * (COCO, YOLO and its task, JSONL), the media (copy, link, none) and a new folder; the snapshot is made and
 * exported in a Job, and the report shows what was written.
 */
public final class ExportWizard extends JobWizard {

    private final DatasetConnection connection;
    private final String user;
    private final ExportSnapshotPage snapshot;
    private final ExportTargetPage target;
    private final ExportReportPage report;

    /**
     * @param connection the dataset connection
     * @param user       who makes a new snapshot (recorded with it)
     */
    public ExportWizard(DatasetConnection connection, String user) {
        this.connection = connection;
        this.user = user;
        setWindowTitle("Export Dataset");
        snapshot = new ExportSnapshotPage(connection);
        target = new ExportTargetPage();
        report = new ExportReportPage(this::start);
    }

    @Override
    public void addPages() {
        addPage(snapshot);
        addPage(target);
        addPage(report);
    }

    private Job start(ExportReportPage page) {
        ExportSnapshotPage.Choice choice = snapshot.choice();
        ExportOptions options = target.options();
        Path dir = target.directory();
        return ProgressJob.start("Exporting snapshot " + choice.name() + " as " + options.format().label(), getShell().getDisplay(), progress -> {
            DatasetStore store = connection.store();
            if (choice.create()) {
                progress.report(0, "Making snapshot " + choice.name() + "...");
                store.snapshots().create(choice.name(), choice.options(), user);
            }
            if (progress.isCancelled()) {
                throw new CancellationException("export of " + choice.name() + " cancelled");
            }
            progress.report(0.2, "Writing " + options.format().label().toUpperCase(java.util.Locale.ROOT) + " to " + dir + "...");
            return store.exporter().export(choice.name(), dir, options);
        }, page::progress, page::finished);
    }

    /** @return the snapshot page */
    public ExportSnapshotPage snapshotPage() {
        return snapshot;
    }

    /** @return the format and folder page */
    public ExportTargetPage targetPage() {
        return target;
    }

    /** @return the report page */
    @Override
    public ExportReportPage reportPage() {
        return report;
    }
}
