package ai.fvgs.dataset.ui.internal;

import java.nio.file.Path;

import org.eclipse.core.runtime.jobs.Job;

import ai.fvgs.dataset.DatasetImport;
import ai.fvgs.dataset.ImportReport;

/**
 * File &gt; Import Dataset Media: choose a folder, a manifest or a COCO file and the options, then the import runs
 * as a Job with progress and Stop, and ends with the per-file report. The entry browser searches again when the
 * import ends.
 */
public final class ImportWizard extends JobWizard {

    private final DatasetConnection connection;
    private final Runnable imported;
    private final ImportSourcePage source;
    private final ImportReportPage report;

    /**
     * @param connection the dataset connection; the store is opened off the display thread
     * @param user       who imports (recorded in the audit log), and the default COCO labeller
     * @param imported   told on the display thread when an import has ended, e.g. to refresh the entry browser
     */
    public ImportWizard(DatasetConnection connection, String user, Runnable imported) {
        this.connection = connection;
        this.imported = imported;
        setWindowTitle("Import Dataset Media");
        setNeedsProgressMonitor(false);
        source = new ImportSourcePage(user);
        report = new ImportReportPage(this::start);
    }

    @Override
    public void addPages() {
        addPage(source);
        addPage(report);
    }

    private Job start(ImportReportPage page) {
        ImportSourcePage.Request r = source.request();
        String name = "Importing " + r.source().getFileName();
        Path folder = r.source().toAbsolutePath();
        page.relativeTo(java.nio.file.Files.isDirectory(folder) ? folder : folder.getParent());
        return ProgressJob.start(name, getShell().getDisplay(), progress -> {
            DatasetImport importer = connection.store().importer();
            return r.coco() ? importer.runCoco(r.source(), r.cocoImages(), r.labeller(), r.options(), progress)
                    : importer.run(r.source(), r.options(), progress);
        }, page::progress, (ImportReport result, Throwable error) -> {
            page.finished(result, error);
            imported.run();
        });
    }

    /** @return the first page */
    public ImportSourcePage sourcePage() {
        return source;
    }

    /** @return the progress and report page */
    @Override
    public ImportReportPage reportPage() {
        return report;
    }
}
