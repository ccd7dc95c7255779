package ai.fvgs.dataset.ui.internal;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

import ai.fvgs.dataset.DatasetException;
import ai.fvgs.dataset.EntryStatus;
import ai.fvgs.dataset.SearchQuery;
import ai.fvgs.dataset.Snapshot;
import ai.fvgs.dataset.SnapshotOptions;
import ai.fvgs.dataset.SplitRatios;
import ai.fvgs.dataset.Stratification;

/**
 * The first page of the export wizard: an existing snapshot, or a new one with its name, entries, train/val/test
 * split, seed and stratification. The snapshots are read off the display thread.
 */
public final class ExportSnapshotPage extends WizardPage {

    /**
     * The snapshot to export.
     *
     * @param name    its name
     * @param options for a new snapshot, how to make it; {@code null} for an existing one
     */
    public record Choice(String name, SnapshotOptions options) {
        /** @return whether the snapshot is made by the export */
        public boolean create() {
            return options != null;
        }
    }

    private final DatasetConnection connection;
    private List<Snapshot> snapshots = List.of();
    private Button existing, fresh;
    private Table table;
    private Text name, split;
    private Spinner seed;
    private Combo entries, stratify;
    private boolean loaded;

    /** @param connection the dataset connection */
    public ExportSnapshotPage(DatasetConnection connection) {
        super("snapshot", "Export Dataset", null);
        this.connection = connection;
        setDescription("Export an existing snapshot, or make a new one: an immutable, split selection of entries");
        setPageComplete(false);
    }

    @Override
    public void createControl(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        page.setLayout(new GridLayout(2, false));
        existing = new Button(page, SWT.RADIO);
        existing.setText("&Existing snapshot:");
        existing.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        table = new Table(page, SWT.BORDER | SWT.SINGLE | SWT.FULL_SELECTION);
        table.setHeaderVisible(true);
        GridData td = new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1);
        td.heightHint = 110;
        table.setLayoutData(td);
        for (String[] c : new String[][] { { "Name", "200" }, { "Entries", "70" }, { "Split", "90" }, { "Created", "230" } }) {
            TableColumn col = new TableColumn(table, SWT.LEFT);
            col.setText(c[0]);
            col.setWidth(Integer.parseInt(c[1]));
        }
        fresh = new Button(page, SWT.RADIO);
        fresh.setText("&New snapshot:");
        fresh.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        new Label(page, SWT.NONE).setText("Na&me:");
        name = new Text(page, SWT.BORDER);
        name.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        new Label(page, SWT.NONE).setText("En&tries:");
        entries = new Combo(page, SWT.READ_ONLY);
        entries.add("all entries");
        for (EntryStatus s : EntryStatus.values()) {
            entries.add(s.label() + " entries");
        }
        entries.select(EntryStatus.ACCEPTED.ordinal() + 1);
        new Label(page, SWT.NONE).setText("S&plit train/val/test %:");
        split = new Text(page, SWT.BORDER);
        split.setText(SplitRatios.DEFAULT.toString());
        split.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        new Label(page, SWT.NONE).setText("Se&ed:");
        seed = new Spinner(page, SWT.BORDER);
        seed.setValues(0, 0, Integer.MAX_VALUE, 0, 1, 100);
        new Label(page, SWT.NONE).setText("Stratif&y:");
        stratify = new Combo(page, SWT.READ_ONLY);
        stratify.setItems("by category (every split gets its share of each)", "none");
        stratify.select(0);

        existing.addListener(SWT.Selection, e -> validate());
        fresh.addListener(SWT.Selection, e -> validate());
        table.addListener(SWT.Selection, e -> validate());
        name.addListener(SWT.Modify, e -> validate());
        split.addListener(SWT.Modify, e -> validate());
        fresh.setSelection(true);
        setControl(page);
        load();
        validate();
    }

    private void load() {
        CompletableFuture.supplyAsync(() -> {
            try {
                return connection.store().snapshots().list();
            } catch (DatasetException e) {
                throw new CompletionException(e);
            }
        }).whenComplete((list, error) -> getShell().getDisplay().asyncExec(() -> {
            if (table.isDisposed()) {
                return;
            }
            loaded = true;
            if (error != null) {
                DatasetErrors.show(getShell(), "Export Dataset", "The snapshots could not be read", error);
                return;
            }
            snapshots = list;
            for (Snapshot s : list) {
                TableItem item = new TableItem(table, SWT.NONE);
                item.setText(new String[] { s.name(), String.valueOf(s.entryCount()), s.split().toString(), s.createdAt() + " by " + s.createdBy() });
            }
            if (!list.isEmpty()) {
                table.setSelection(list.size() - 1);
            }
            validate();
        }));
    }

    private void validate() {
        boolean isNew = fresh.getSelection();
        table.setEnabled(!isNew);
        for (var c : new org.eclipse.swt.widgets.Control[] { name, entries, split, seed, stratify }) {
            c.setEnabled(isNew);
        }
        String problem = problem(isNew);
        boolean untouched = isNew && name.getText().isEmpty();
        setErrorMessage(untouched ? null : problem);
        setPageComplete(problem == null);
    }

    private String problem(boolean isNew) {
        if (!loaded) {
            return "Reading the snapshots...";
        }
        if (!isNew) {
            return table.getSelectionIndex() < 0 ? "Choose a snapshot (there are " + snapshots.size() + "), or make a new one" : null;
        }
        String n = name.getText().strip();
        if (!n.matches(Snapshot.NAME_PATTERN)) {
            return "Snapshot name '" + n + "' is not allowed; use 1 to 100 letters, digits, '.', '_' and '-', starting with a letter or digit";
        }
        if (snapshots.stream().anyMatch(s -> s.name().equals(n))) {
            return "A snapshot named '" + n + "' exists already; snapshots never change, so choose another name or export that one";
        }
        try {
            SplitRatios.parse(split.getText());
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
        return null;
    }

    /** @return the snapshot to export; only when the page is complete */
    public Choice choice() {
        if (existing.getSelection()) {
            return new Choice(snapshots.get(table.getSelectionIndex()).name(), null);
        }
        SearchQuery filter = SearchQuery.all();
        if (entries.getSelectionIndex() > 0) {
            filter = filter.withStatus(EntryStatus.values()[entries.getSelectionIndex() - 1]);
        }
        SnapshotOptions options = new SnapshotOptions(filter, seed.getSelection(), SplitRatios.parse(split.getText()),
                stratify.getSelectionIndex() == 0 ? Stratification.CATEGORY : Stratification.NONE);
        return new Choice(name.getText().strip(), options);
    }

    // for the tests

    /** @return the new snapshot's name field */
    public Text name() {
        return name;
    }

    /** @return the split field */
    public Text split() {
        return split;
    }

    /**
     * @param status the entries of a new snapshot: a status, or {@code null} for all
     */
    public void entries(EntryStatus status) {
        entries.select(status == null ? 0 : status.ordinal() + 1);
    }

    /** @return whether the snapshots were read */
    public boolean loaded() {
        return loaded;
    }
}
