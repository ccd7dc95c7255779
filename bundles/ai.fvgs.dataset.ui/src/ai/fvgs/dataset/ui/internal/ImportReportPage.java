package ai.fvgs.dataset.ui.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.CancellationException;

import org.eclipse.core.runtime.jobs.Job;
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
public final class ImportReportPage extends JobReportPage<ImportReport> {

    /** Starts the import; the page is told its progress and outcome. */
    @FunctionalInterface
    public interface Starter {
        /** @param page the page to tell @return the running job */
        Job start(ImportReportPage page);
    }

    private final Starter starter;
    private ProgressBar bar;
    private Label summary;
    private Table problems;
    private Button stop, copy, save;
    private Path base;

    /** @param starter starts the import */
    public ImportReportPage(Starter starter) {
        super("Import", "Importing: what could not be imported is listed file by file");
        this.starter = starter;
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
            ImportProblem p = report().problems().get(problems.indexOf(item));
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
    protected Job start() {
        stop.setEnabled(true);
        return starter.start(this);
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

    @Override
    protected void show(ImportReport result, Throwable error) {
        stop.setEnabled(false);
        if (error instanceof CancellationException) {
            state.setText("Stopped. The entries imported so far stay; running the same import again continues it.");
        } else if (error != null) {
            showFailure("The import failed", "Import Dataset Media", "The import failed", error);
        } else {
            bar.setSelection(bar.getMaximum());
            state.setText("Done" + (result.resumed() ? " (continued an unfinished import)" : ""));
            summary.setText(summary(result));
            problems.setItemCount(result.problems().size());
            copy.setEnabled(true);
            save.setEnabled(true);
        }
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

    /** Stops the import after the entry being imported; what was committed stays, and a re-run continues it. */
    @Override
    protected void cancelling() {
        state.setText("Stopping...");
    }

    /** @return the report as tab-separated text: a summary line, a header, one line per file */
    public String reportText() {
        ImportReport r = report();
        if (r == null) {
            return "";
        }
        StringBuilder out = new StringBuilder("# ").append(summary(r)).append('\n').append("file\twhat\tproblem\n");
        for (ImportProblem p : r.problems()) {
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

    /** @return the table of reported files */
    public Table problems() {
        return problems;
    }
}
