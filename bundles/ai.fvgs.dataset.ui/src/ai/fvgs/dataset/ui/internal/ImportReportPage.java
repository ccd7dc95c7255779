package ai.fvgs.dataset.ui.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.CancellationException;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.wizard.IWizardPage;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

import ai.fvgs.dataset.ImportProblem;
import ai.fvgs.dataset.ImportReport;

/**
 * The second page of the import wizard: runs the import as a {@link Job} when it is shown, with a progress bar and
 * Stop, then lists every file the import reported (file, what, why) and offers Copy Report and Save Report. What an
 * import committed before Stop stays; running the same import again continues it.
 */
public final class ImportReportPage extends WizardPage {

    /** Starts the import; the page is told its progress and outcome. */
    @FunctionalInterface
    public interface Starter {
        /** @param page the page to tell @return the running job */
        Job start(ImportReportPage page);
    }

    private final Starter starter;
    private ProgressBar bar;
    private Label state, summary;
    private Table problems;
    private Button stop, copy, save;
    private Job job;
    private ImportReport report;
    private boolean finished;
    private Path base;

    /** @param starter starts the import */
    public ImportReportPage(Starter starter) {
        super("report", "Import", null);
        this.starter = starter;
        setDescription("Importing: what could not be imported is listed file by file");
        setPageComplete(false);
    }

    @Override
    public void createControl(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        page.setLayout(new GridLayout(3, false));
        bar = new ProgressBar(page, SWT.HORIZONTAL | SWT.SMOOTH);
        bar.setMaximum(1000);
        bar.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        stop = new Button(page, SWT.PUSH);
        stop.setText("&Stop");
        stop.setEnabled(false);
        stop.addListener(SWT.Selection, e -> cancel());
        state = new Label(page, SWT.NONE);
        state.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
        summary = new Label(page, SWT.WRAP);
        summary.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
        problems = new Table(page, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI | SWT.VIRTUAL); // rows are filled when shown
        problems.addListener(SWT.SetData, e -> {
            TableItem item = (TableItem) e.item;
            ImportProblem p = report.problems().get(problems.indexOf(item));
            item.setText(new String[] { shown(p.file()), kind(p), p.reason() + (p.otherEntryId() == null ? "" : " (entry " + p.otherEntryId() + ")") });
        });
        problems.setHeaderVisible(true);
        problems.setLinesVisible(true);
        GridData td = new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1);
        td.heightHint = 220;
        td.widthHint = 640;
        problems.setLayoutData(td);
        for (String[] c : new String[][] { { "File", "260" }, { "What", "110" }, { "Problem", "420" } }) {
            TableColumn col = new TableColumn(problems, SWT.LEFT);
            col.setText(c[0]);
            col.setWidth(Integer.parseInt(c[1]));
        }
        Composite buttons = new Composite(page, SWT.NONE);
        buttons.setLayout(new GridLayout(2, true));
        buttons.setLayoutData(new GridData(SWT.END, SWT.CENTER, true, false, 3, 1));
        copy = new Button(buttons, SWT.PUSH);
        copy.setText("&Copy Report");
        copy.addListener(SWT.Selection, e -> copyReport());
        save = new Button(buttons, SWT.PUSH);
        save.setText("Save &Report...");
        save.addListener(SWT.Selection, e -> {
            FileDialog d = new FileDialog(getShell(), SWT.SAVE);
            d.setFileName("import-report.tsv");
            d.setOverwrite(true);
            String file = d.open();
            if (file != null) {
                try {
                    saveReport(Path.of(file));
                } catch (IOException ex) {
                    DatasetErrors.show(getShell(), "Save Import Report", "The report could not be saved to " + file, ex);
                }
            }
        });
        copy.setEnabled(false);
        save.setEnabled(false);
        setControl(page);
    }

    @Override
    public void setVisible(boolean visible) {
        super.setVisible(visible);
        if (visible && job == null) {
            state.setText("Starting...");
            stop.setEnabled(true);
            job = starter.start(this);
        }
    }

    @Override
    public IWizardPage getPreviousPage() {
        return job == null ? super.getPreviousPage() : null; // an import that ran cannot be changed
    }

    /**
     * @param fraction done, 0 to 1
     * @param message  what is being imported
     */
    void progress(double fraction, String message) {
        if (!bar.isDisposed()) {
            bar.setSelection((int) Math.round(fraction * 1000));
            state.setText(message);
        }
    }

    /**
     * Shows the outcome.
     *
     * @param result the report, or {@code null}
     * @param error  why there is none: a {@link CancellationException} when stopped, or a failure
     */
    void finished(ImportReport result, Throwable error) {
        finished = true;
        if (bar.isDisposed()) {
            return;
        }
        stop.setEnabled(false);
        report = result;
        if (error instanceof CancellationException) {
            state.setText("Stopped. The entries imported so far stay; running the same import again continues it.");
        } else if (error != null) {
            state.setText("The import failed: " + DatasetErrors.unwrap(error).getMessage());
            setErrorMessage(DatasetErrors.unwrap(error).getMessage());
            DatasetErrors.show(getShell(), "Import Dataset Media", "The import failed", error);
        } else {
            bar.setSelection(bar.getMaximum());
            state.setText("Done" + (result.resumed() ? " (continued an unfinished import)" : ""));
            summary.setText(summary(result));
            problems.setItemCount(result.problems().size());
            copy.setEnabled(true);
            save.setEnabled(true);
        }
        state.getParent().layout(true, true);
        setPageComplete(true);
    }

    /** @param folder the files in the table are shown relative to it (the imported folder, or the manifest's) */
    void relativeTo(Path folder) {
        base = folder;
    }

    private String shown(String file) {
        try {
            Path p = Path.of(file);
            return base != null && p.isAbsolute() && p.startsWith(base) ? base.relativize(p).toString() : file;
        } catch (java.nio.file.InvalidPathException e) {
            return file; // a MANIFEST:LINE or a JSON path
        }
    }

    private static String kind(ImportProblem p) {
        return switch (p.kind()) {
        case ERROR -> "not imported";
        case DUPLICATE -> "duplicate";
        case NEAR_DUPLICATE -> "near duplicate";
        };
    }

    private static String summary(ImportReport r) {
        return r.filesSeen() + " files seen, " + r.entriesCreated() + " entries created, " + r.alreadyImported() + " already imported, "
                + r.errors().size() + " not imported, " + r.duplicates().size() + " duplicates, " + r.nearDuplicates().size() + " near duplicates";
    }

    /** Stops the import after the entry being imported. */
    public void cancel() {
        if (job != null && !finished) {
            state.setText("Stopping...");
            job.cancel();
        }
    }

    /** @return the report as tab-separated text: a summary line, a header, one line per file */
    public String reportText() {
        if (report == null) {
            return "";
        }
        StringBuilder out = new StringBuilder("# ").append(summary(report)).append('\n').append("file\twhat\tproblem\n");
        for (ImportProblem p : report.problems()) {
            out.append(clean(p.file())).append('\t').append(kind(p)).append('\t').append(clean(p.reason())).append('\n');
        }
        return out.toString();
    }

    private static String clean(String s) {
        return s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }

    private void copyReport() {
        Clipboard clipboard = new Clipboard(getShell().getDisplay());
        try {
            clipboard.setContents(new Object[] { reportText() }, new Transfer[] { TextTransfer.getInstance() });
        } finally {
            clipboard.dispose();
        }
    }

    /**
     * Writes the report; the file appears only when complete.
     *
     * @param file the file
     * @throws IOException if it cannot be written
     */
    public void saveReport(Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Path temp = Files.createTempFile(dir, "." + file.getFileName(), ".partial");
        try {
            Files.writeString(temp, reportText(), StandardCharsets.UTF_8);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    // for the wizard and the tests

    /** @return whether the import ended (done, stopped or failed) */
    public boolean finished() {
        return finished;
    }

    /** @return the report, or {@code null} */
    public ImportReport report() {
        return report;
    }

    /** @return the table of reported files */
    public Table problems() {
        return problems;
    }

    /** @return the running or ended job, or {@code null} before the page was shown */
    public Job job() {
        return job;
    }
}
