package ai.fvgs.dataset.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import ai.fvgs.dataset.ConflictException;
import ai.fvgs.dataset.DatasetEntry;
import ai.fvgs.dataset.EntryStatus;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * The Review part: the submitted entries one by one, the entry's image twice side by side, each with one labeller's
 * annotation set on a read-only {@link AnnotationCanvas} (two labellers chosen when more saved a set), the
 * differences between the two ({@link ReviewDiff}: IoU per matched shape, unmatched shapes dashed, attribute
 * differences listed), a review comment, and Accept ({@code A}, Ctrl+Shift+A) and Reject ({@code R}, Ctrl+Shift+R;
 * needs a comment). Next/previous review item: {@code J}/{@code H} on an image, Ctrl+Shift+N. Reading and deciding
 * run on the {@link ReviewSession}'s background thread.
 */
public final class ReviewPart {

    /** Element id of the part in the model fragment. */
    public static final String ID = "ai.fvgs.dataset.ui.part.review";

    /** What the reviewer chose when someone else changed the entry first. */
    public enum ConflictChoice {
        /** Read the entry again and review what is stored now. */
        RELOAD,
        /** Leave it and go on with the next entry. */
        SKIP
    }

    private final DatasetConnection connection;
    private final PartDisplay ui = new PartDisplay();
    private Composite root;
    private Combo reviewer, labellerA, labellerB;
    private AnnotationCanvas canvasA, canvasB;
    private org.eclipse.swt.widgets.List differences;
    private Text comment;
    private Label title, status;
    private MApplication app;
    private Function<ConflictException, ConflictChoice> conflicts = this::askConflict;

    private ReviewSession session;
    private List<Long> queue = List.of();
    private int index = -1;
    private LoadedEntry loaded;
    private ReviewDiff diff;
    private boolean busy;
    private String decided = "";

    /** @param connection the dataset connection of the workbench */
    @Inject
    public ReviewPart(DatasetConnection connection) {
        this.connection = connection;
    }

    /**
     * Creates the controls, offers the part to the handlers and connects as the operating-system user.
     *
     * @param parent      the part's composite
     * @param application the application, whose context gets the part
     */
    @PostConstruct
    public void create(Composite parent, MApplication application) {
        createControls(parent);
        app = application;
        app.getContext().set(ReviewPart.class, this);
        connect(DatasetConnection.osUser());
    }

    /** Removes the part from the application context and stops the session. */
    @PreDestroy
    public void dispose() {
        if (app != null && app.getContext().getLocal(ReviewPart.class) == this) {
            app.getContext().remove(ReviewPart.class);
        }
        if (session != null) {
            session.close();
        }
    }

    /** @param parent the composite to build the part in */
    public void createControls(Composite parent) {
        root = new Composite(parent, SWT.NONE);
        ui.attach(root);
        root.setLayout(new GridLayout(1, false));
        Composite top = new Composite(root, SWT.NONE);
        top.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        top.setLayout(new GridLayout(3, false));
        new Label(top, SWT.NONE).setText("Reviewer:");
        reviewer = new Combo(top, SWT.DROP_DOWN);
        reviewer.setText(DatasetConnection.osUser());
        GridData rd = new GridData(SWT.LEFT, SWT.CENTER, false, false);
        rd.widthHint = 140;
        reviewer.setLayoutData(rd);
        reviewer.addListener(SWT.Selection, e -> connect(reviewer.getText().strip()));
        reviewer.addListener(SWT.DefaultSelection, e -> connect(reviewer.getText().strip()));
        title = new Label(top, SWT.NONE);
        title.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));

        SashForm sash = new SashForm(root, SWT.HORIZONTAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        labellerA = labellerChooser(sash);
        canvasA = reviewCanvas(labellerA.getParent());
        labellerB = labellerChooser(sash);
        canvasB = reviewCanvas(labellerB.getParent());

        Composite side = new Composite(sash, SWT.NONE);
        side.setLayout(new GridLayout(2, true));
        Label dl = new Label(side, SWT.NONE);
        dl.setText("Differences:");
        dl.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        differences = new org.eclipse.swt.widgets.List(side, SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
        GridData dd = new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1);
        dd.widthHint = 160;
        differences.setLayoutData(dd);
        Label cl = new Label(side, SWT.WRAP);
        cl.setText("Review comment (required to reject):");
        cl.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        comment = new Text(side, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
        GridData cd = new GridData(SWT.FILL, SWT.FILL, true, false, 2, 1);
        cd.heightHint = 70;
        cd.widthHint = 160;
        comment.setLayoutData(cd);
        button(side, "Accept (A)", this::accept);
        button(side, "Reject (R)", this::reject);
        button(side, "< Previous (H)", this::previous);
        button(side, "Next (J) >", this::next);
        sash.setWeights(4, 4, 2);

        status = new Label(root, SWT.NONE);
        ui.status(status);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        ui.message("Choose the reviewer");
    }

    private Combo labellerChooser(Composite parent) {
        Composite box = new Composite(parent, SWT.NONE);
        box.setLayout(new GridLayout(1, false));
        Combo c = new Combo(box, SWT.READ_ONLY);
        c.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        c.addListener(SWT.Selection, e -> showSets());
        return c;
    }

    private AnnotationCanvas reviewCanvas(Composite parent) {
        AnnotationCanvas c = new AnnotationCanvas(parent, () -> null, () -> null, name -> null, ui::message);
        c.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        c.readOnly(true);
        c.emptyText("No entry to review");
        c.otherKeys(this::canvasKey);
        return c;
    }

    private static void button(Composite parent, String text, Runnable action) {
        Button b = new Button(parent, SWT.PUSH);
        b.setText(text);
        b.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        b.addListener(SWT.Selection, e -> action.run());
    }

    private boolean canvasKey(Event e) {
        if ((e.stateMask & (SWT.MOD1 | SWT.ALT)) != 0) {
            return false;
        }
        switch (Character.toLowerCase(e.character)) {
        case 'a' -> accept();
        case 'r' -> reject();
        case 'j' -> next();
        case 'h' -> previous();
        case '?' -> CheatSheet.open(root.getShell());
        default -> {
            return false;
        }
        }
        return true;
    }

    /**
     * Reviews as another user: checks the role and reads the queue of submitted entries, in the background.
     *
     * @param name the reviewer's user name
     */
    public void connect(String name) {
        busy = true;
        ui.message("Connecting as " + name + "...");
        CompletableFuture.supplyAsync(() -> {
            try {
                ReviewSession s = ReviewSession.open(connection.store(), name);
                return new Object[] { s, s.queue(), ReviewSession.reviewers(s.store()) };
            } catch (ai.fvgs.dataset.DatasetException e) {
                throw new java.util.concurrent.CompletionException(e);
            }
        }).whenComplete((r, error) -> ui.async(() -> {
            busy = false;
            if (error != null) {
                ui.message(DatasetErrors.unwrap(error).getMessage());
                return;
            }
            if (session != null) {
                session.close();
            }
            session = (ReviewSession) r[0];
            @SuppressWarnings("unchecked")
            List<Long> ids = (List<Long>) r[1];
            @SuppressWarnings("unchecked")
            List<String> names = (List<String>) r[2];
            reviewer.setItems(names.toArray(String[]::new));
            reviewer.setText(session.reviewer());
            queue = new ArrayList<>(ids);
            open(0);
        }));
    }

    private void open(int row) {
        ReviewSession s = session;
        if (s == null) {
            return;
        }
        if (row < 0 || row >= queue.size()) {
            show(null);
            ui.message(decided + (queue.isEmpty() ? "No submitted entries to review" : "End of the review queue"));
            decided = "";
            return;
        }
        busy = true;
        index = row;
        long id = queue.get(row);
        s.async(() -> s.load(id)).whenComplete((entry, error) -> ui.async(() -> {
            busy = false;
            String before = decided;
            decided = "";
            if (error != null) {
                ui.failed("Open Entry", "Entry " + id + " could not be opened for review", error);
            } else {
                show(entry);
                ui.message(before + (entry.imageError() != null ? entry.imageError()
                        : "Reviewing entry " + id + " (" + (index + 1) + " of " + queue.size() + ")"));
            }
        }));
    }

    private void show(LoadedEntry entry) {
        boolean same = entry != null && loaded != null && loaded.entry().id() == entry.entry().id();
        loaded = entry;
        List<String> names = entry == null ? List.of() : entry.annotations().labellers();
        labellerA.setItems(names.toArray(String[]::new));
        labellerB.setItems(names.toArray(String[]::new));
        if (!names.isEmpty()) {
            int a = Math.max(0, names.indexOf(entry.entry().assignee()));
            labellerA.select(a);
            if (names.size() > 1) {
                labellerB.select(a == 0 ? 1 : 0);
            }
        }
        if (!same) { // a reload of the same entry keeps the comment being written
            comment.setText(entry == null || entry.entry().reviewComment() == null ? "" : entry.entry().reviewComment());
        }
        showSets();
    }

    private void showSets() {
        if (loaded == null) {
            canvasA.show(null, null);
            canvasB.show(null, null);
            differences.removeAll();
            diff = null;
            title.setText("No entry");
            return;
        }
        String a = labellerA.getSelectionIndex() < 0 ? null : labellerA.getText();
        String b = labellerB.getSelectionIndex() < 0 || labellerB.getText().equals(a) ? null : labellerB.getText();
        EntryWork wa = a == null ? null : new EntryWork(loaded.entry(), loaded.annotations(), a);
        EntryWork wb = b == null ? null : new EntryWork(loaded.entry(), loaded.annotations(), b);
        diff = wa == null ? null : ReviewDiff.of(a, wa.annotations(), b, wb == null ? List.of() : wb.annotations());
        canvasA.show(wa, loaded.image());
        canvasB.show(wb, loaded.image());
        ReviewDiff d = diff;
        if (d != null) {
            canvasA.marks(i -> i < d.notesA().size() ? d.notesA().get(i) : null, i -> i < d.flaggedA().length && d.flaggedA()[i]);
            canvasB.marks(i -> i < d.notesB().size() ? d.notesB().get(i) : null, i -> i < d.flaggedB().length && d.flaggedB()[i]);
        }
        differences.setItems(d == null ? new String[] { "No labeller saved annotations" }
                : d.differences().isEmpty() ? new String[] { "The two sets agree" } : d.differences().toArray(String[]::new));
        DatasetEntry e = loaded.entry();
        title.setText("Entry " + e.id() + " - " + e.status().label() + (e.assignee() == null ? "" : " - labelled by " + e.assignee()) + " - "
                + loaded.annotations().sets().size() + " annotation set" + (loaded.annotations().sets().size() == 1 ? "" : "s"));
        title.getParent().layout();
    }

    /** Accepts the entry under review (A, Ctrl+Shift+A) and opens the next one. */
    public void accept() {
        decide(EntryStatus.ACCEPTED);
    }

    /** Rejects the entry under review with the comment (R, Ctrl+Shift+R); refused without a comment. */
    public void reject() {
        if (loaded != null && comment.getText().isBlank()) {
            ui.message("A rejection needs a comment saying what to fix: write it in the review comment field, then Reject again");
            comment.setFocus();
            return;
        }
        decide(EntryStatus.REJECTED);
    }

    private void decide(EntryStatus decision) {
        if (loaded == null || busy || session == null) {
            return;
        }
        busy = true;
        ReviewSession s = session;
        DatasetEntry entry = loaded.entry();
        String text = comment.getText();
        s.async(() -> {
            DatasetEntry stored = s.decide(entry, decision, text);
            connection.entriesChanged();
            return stored;
        }).whenComplete((stored, error) -> ui.async(() -> {
            busy = false;
            if (error == null) {
                queue.remove(Long.valueOf(entry.id()));
                decided = (decision == EntryStatus.ACCEPTED ? "Accepted" : "Rejected") + " entry " + entry.id() + ". ";
                ui.message(decided);
                openAfterDecision();
            } else if (DatasetErrors.unwrap(error) instanceof ConflictException conflict) {
                if (conflicts.apply(conflict) == ConflictChoice.RELOAD) {
                    open(index);
                } else {
                    next();
                }
            } else {
                ui.failed(decision == EntryStatus.ACCEPTED ? "Accept Entry" : "Reject Entry", "Entry " + entry.id() + " could not be "
                        + decision.label(), error);
            }
        }));
    }

    private void openAfterDecision() {
        if (index < queue.size()) {
            open(index);
        } else {
            refreshQueue();
        }
    }

    private ConflictChoice askConflict(ConflictException conflict) {
        MessageDialog dialog = new MessageDialog(root.getShell(), "Someone Else Changed This Entry", null,
                "The entry was changed after you opened it, so your decision was not stored:\n" + conflict.getMessage()
                        + "\n\nReload shows the entry as stored now; Skip goes on with the next entry.",
                MessageDialog.WARNING, 0, "Reload", "Skip");
        return dialog.open() == 0 ? ConflictChoice.RELOAD : ConflictChoice.SKIP;
    }

    /** Opens the next submitted entry (J, Ctrl+Shift+N); past the end, reads the queue again. */
    public void next() {
        if (busy || session == null) {
            return;
        }
        if (index + 1 < queue.size()) {
            open(index + 1);
        } else {
            refreshQueue();
        }
    }

    /** Opens the previous submitted entry (H). */
    public void previous() {
        if (!busy && session != null && index > 0) {
            open(index - 1);
        }
    }

    private void refreshQueue() {
        ReviewSession s = session;
        busy = true;
        s.async(s::queue).whenComplete((ids, error) -> ui.async(() -> {
            busy = false;
            if (error != null) {
                ui.failed("Review Queue", "The submitted entries could not be read", error);
            } else {
                queue = new ArrayList<>(ids);
                open(0);
            }
        }));
    }

    // for the handlers and the tests

    /** @return the entry under review, or {@code null} */
    public LoadedEntry loaded() {
        return loaded;
    }

    /** @return the differences of the two sets shown, or {@code null} */
    public ReviewDiff diff() {
        return diff;
    }

    /** @return whether something is being read or stored */
    public boolean busy() {
        return busy;
    }

    /** @return the reviewer's session, or {@code null} */
    public ReviewSession session() {
        return session;
    }

    /** @return the canvas of the first labeller (left) */
    public AnnotationCanvas canvasA() {
        return canvasA;
    }

    /** @return the canvas of the second labeller (right) */
    public AnnotationCanvas canvasB() {
        return canvasB;
    }

    /** @return the chooser of the first labeller */
    public Combo labellerA() {
        return labellerA;
    }

    /** @return the chooser of the second labeller */
    public Combo labellerB() {
        return labellerB;
    }

    /** @return the review comment field */
    public Text comment() {
        return comment;
    }

    /** @return the differences shown */
    public org.eclipse.swt.widgets.List differences() {
        return differences;
    }

    /** @return the status line */
    public String statusText() {
        return status.getText();
    }

    /** @param chooser answers the conflict question instead of a dialog (tests) */
    public void conflictChooser(Function<ConflictException, ConflictChoice> chooser) {
        conflicts = chooser;
    }
}
