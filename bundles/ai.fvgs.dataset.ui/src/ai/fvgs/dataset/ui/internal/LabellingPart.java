package ai.fvgs.dataset.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

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
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;

import ai.fvgs.dataset.Annotation;
import ai.fvgs.dataset.ConflictException;
import ai.fvgs.dataset.DatasetEntry;
import ai.fvgs.dataset.Label;
import ai.fvgs.sdk.taxonomy.KeypointSkeleton;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * The annotation part: the entry's image on an {@link AnnotationCanvas}, the category chooser and the
 * attribute/tag panel (both driven by the taxonomies, filtered as you type), the keypoint skeleton, the caption
 * editor, and Save (Ctrl+S), Submit (Ctrl+Enter), Previous/Next entry (Alt+Left/Alt+Right, or H/J on the canvas).
 * Entries are read and saved off the display thread; the next entry of the browser's list is read ahead.
 */
public final class LabellingPart {

    /** Element id of the part in the model fragment. */
    public static final String ID = "ai.fvgs.dataset.ui.part.labelling";

    /** Language of the captions written in the caption editor. */
    public static final String CAPTION_LANGUAGE = "en";

    /** What the labeller chose when someone else saved the entry first. */
    public enum ConflictChoice {
        /** Read the entry again, dropping the labeller's edits. */
        RELOAD,
        /** Save the labeller's set over the newer version. */
        OVERWRITE,
        /** Do nothing for now. */
        CANCEL
    }

    private final DatasetConnection connection;
    private final PartDisplay ui = new PartDisplay();
    private final Consumer<DatasetConnection> connectionListener = c -> ui.async(this::connectionChanged);
    private Composite root;
    private AnnotationCanvas canvas;
    private VideoStrip video;
    private ToolBar tools;
    private Text categoryFilter, attributeFilter, caption;
    private Table categories, attributes;
    private Combo skeletons;
    private org.eclipse.swt.widgets.Label status, title;
    private MApplication app;
    private java.util.function.Function<ConflictException, ConflictChoice> conflicts = this::askConflict;

    private LabellingSession session;
    private EntryWork work;
    private Label category;
    private List<Vocabulary.Choice> shownCategories = List.of(), shownAttributes = List.of();
    private Listing listing;
    private int index = -1;
    private boolean busy;
    private final List<Long> openNanos = new ArrayList<>();

    /** @param connection the dataset connection of the workbench */
    @Inject
    public LabellingPart(DatasetConnection connection) {
        this.connection = connection;
    }

    /**
     * Creates the controls and offers the part to the handlers through the application context.
     *
     * @param parent the part's composite
     * @param application the application, whose context gets the part
     */
    @PostConstruct
    public void create(Composite parent, MApplication application) {
        createControls(parent);
        app = application;
        app.getContext().set(LabellingPart.class, this);
    }

    /** Removes the part from the application context. */
    @PreDestroy
    public void dispose() {
        connection.removeListener(connectionListener);
        if (app != null && app.getContext().getLocal(LabellingPart.class) == this) {
            app.getContext().remove(LabellingPart.class);
        }
    }

    /** @param parent the composite to build the part in */
    public void createControls(Composite parent) {
        root = new Composite(parent, SWT.NONE);
        ui.attach(root);
        root.setLayout(new GridLayout(1, false));
        Composite top = new Composite(root, SWT.NONE);
        top.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        top.setLayout(new GridLayout(2, false));
        tools = new ToolBar(top, SWT.FLAT | SWT.RIGHT);
        title = new org.eclipse.swt.widgets.Label(top, SWT.NONE);
        title.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));

        SashForm sash = new SashForm(root, SWT.HORIZONTAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        Composite viewer = new Composite(sash, SWT.NONE);
        GridLayout viewerLayout = new GridLayout(1, false);
        viewerLayout.marginWidth = viewerLayout.marginHeight = 0;
        viewer.setLayout(viewerLayout);
        canvas = new AnnotationCanvas(viewer, () -> category, this::skeleton, name -> session == null ? null
                : session.vocabulary().skeleton(name).map(Vocabulary.Skeleton::skeleton).orElse(null), ui::message);
        canvas.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        video = new VideoStrip(viewer, canvas, () -> work, ui::message);
        canvas.otherKeys(this::canvasKey);
        for (AnnotationCanvas.Tool t : AnnotationCanvas.Tool.values()) {
            ToolItem item = new ToolItem(tools, SWT.RADIO);
            String name = t.name().charAt(0) + t.name().substring(1).toLowerCase(java.util.Locale.ROOT);
            item.setText(name + " (" + Character.toUpperCase(t.key()) + ")");
            item.setData(t);
            item.setSelection(t == canvas.tool());
            item.addListener(SWT.Selection, e -> {
                if (item.getSelection()) {
                    canvas.tool(t);
                }
            });
        }
        canvas.addToolListener(() -> {
            for (ToolItem item : tools.getItems()) {
                item.setSelection(item.getData() == canvas.tool());
            }
        });

        Composite side = new Composite(sash, SWT.NONE);
        side.setLayout(new GridLayout(1, false));
        // narrow lists and fields: the side panel takes the width the sash gives it, the texts are clipped
        java.util.function.Consumer<org.eclipse.swt.widgets.Control> narrow = c -> ((GridData) c.getLayoutData()).widthHint = 120;
        new org.eclipse.swt.widgets.Label(side, SWT.NONE).setText("Category (type to search, Enter picks):");
        categoryFilter = new Text(side, SWT.BORDER | SWT.SEARCH | SWT.ICON_CANCEL);
        categoryFilter.setMessage("e.g. dress");
        categoryFilter.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        categories = new Table(side, SWT.BORDER | SWT.SINGLE | SWT.FULL_SELECTION);
        GridData cd = new GridData(SWT.FILL, SWT.FILL, true, true);
        cd.heightHint = 140;
        categories.setLayoutData(cd);
        categoryFilter.addListener(SWT.Modify, e -> fillCategories());
        categoryFilter.addListener(SWT.DefaultSelection, e -> {
            if (categories.getItemCount() > 0) {
                categories.setSelection(Math.max(0, categories.getSelectionIndex()));
                pickCategory(categories.getSelectionIndex());
                canvas.control().setFocus();
            }
        });
        categoryFilter.addListener(SWT.KeyDown, e -> moveSelection(e, categories));
        categories.addListener(SWT.Selection, e -> pickCategory(categories.getSelectionIndex()));

        new org.eclipse.swt.widgets.Label(side, SWT.NONE).setText("Keypoint skeleton:");
        skeletons = new Combo(side, SWT.READ_ONLY);
        skeletons.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));

        new org.eclipse.swt.widgets.Label(side, SWT.NONE).setText("Attributes and tags (type to search, Space sets):");
        attributeFilter = new Text(side, SWT.BORDER | SWT.SEARCH | SWT.ICON_CANCEL);
        attributeFilter.setMessage("e.g. skin-tone");
        attributeFilter.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        attributes = new Table(side, SWT.BORDER | SWT.CHECK | SWT.SINGLE | SWT.FULL_SELECTION);
        GridData ad = new GridData(SWT.FILL, SWT.FILL, true, true);
        ad.heightHint = 140;
        attributes.setLayoutData(ad);
        attributeFilter.addListener(SWT.Modify, e -> fillAttributes());
        attributeFilter.addListener(SWT.KeyDown, e -> moveSelection(e, attributes));
        attributeFilter.addListener(SWT.DefaultSelection, e -> {
            int i = Math.max(0, attributes.getSelectionIndex());
            if (i < attributes.getItemCount()) {
                setAttribute(i, !attributes.getItem(i).getChecked());
            }
        });
        attributes.addListener(SWT.Selection, e -> {
            if (e.detail == SWT.CHECK && e.item instanceof TableItem item) {
                setAttribute(attributes.indexOf(item), item.getChecked());
            }
        });

        new org.eclipse.swt.widgets.Label(side, SWT.NONE).setText("Caption:");
        caption = new Text(side, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
        GridData capd = new GridData(SWT.FILL, SWT.FILL, true, false);
        capd.heightHint = 70;
        caption.setLayoutData(capd);
        caption.addListener(SWT.FocusOut, e -> applyCaption());

        Composite buttons = new Composite(side, SWT.NONE);
        buttons.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        buttons.setLayout(new GridLayout(2, true));
        button(buttons, "Save", this::save);
        button(buttons, "Submit", this::submit);
        button(buttons, "< Previous", this::previous);
        button(buttons, "Next >", this::next);
        for (org.eclipse.swt.widgets.Control c : List.of(categoryFilter, categories, skeletons, attributeFilter, attributes, caption)) {
            narrow.accept(c);
        }
        for (org.eclipse.swt.widgets.Control c : side.getChildren()) {
            if (c instanceof org.eclipse.swt.widgets.Label l) {
                GridData gd = new GridData(SWT.FILL, SWT.CENTER, true, false);
                gd.widthHint = 120;
                l.setLayoutData(gd);
            }
        }
        sash.setWeights(7, 3);

        status = new org.eclipse.swt.widgets.Label(root, SWT.NONE);
        ui.status(status);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        ui.message("Connecting to the dataset...");
        connection.addListener(connectionListener);
    }

    private static void button(Composite parent, String text, Runnable action) {
        Button b = new Button(parent, SWT.PUSH);
        b.setText(text);
        b.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        b.addListener(SWT.Selection, e -> action.run());
    }

    private static void moveSelection(Event e, Table table) {
        if (e.keyCode == SWT.ARROW_DOWN || e.keyCode == SWT.ARROW_UP) {
            int i = table.getSelectionIndex() + (e.keyCode == SWT.ARROW_DOWN ? 1 : -1);
            if (i >= 0 && i < table.getItemCount()) {
                table.setSelection(i);
            }
            e.doit = false;
        }
    }

    private void connectionChanged() {
        LabellingSession s = connection.session();
        if (s == null) {
            // also when the connection failed before this part was created: say why instead of "Connecting"
            session = null;
            Throwable p = connection.problem();
            ui.message(p == null ? "Not connected" : DatasetErrors.unwrap(p).getMessage());
            return;
        }
        if (s == session) {
            return;
        }
        session = s;
        skeletons.removeAll();
        for (Vocabulary.Skeleton k : s.vocabulary().skeletons()) {
            skeletons.add(k.skeleton().name() + " (" + k.taxonomy() + ", " + k.skeleton().points().size() + " points)");
        }
        int coco = s.vocabulary().skeletons().indexOf(s.vocabulary().skeleton("coco-17").orElse(null));
        if (skeletons.getItemCount() > 0) {
            skeletons.select(Math.max(0, coco));
        }
        fillCategories();
        fillAttributes();
        show(null, null);
        ui.message("Labelling as " + s.user() + ": take the next entry with Alt+Right (or J on the image)");
    }

    private KeypointSkeleton skeleton() {
        if (session == null || skeletons.getSelectionIndex() < 0) {
            return null;
        }
        return session.vocabulary().skeletons().get(skeletons.getSelectionIndex()).skeleton();
    }

    private void fillCategories() {
        if (session == null) {
            return;
        }
        String f = categoryFilter.getText();
        shownCategories = session.vocabulary().categories().stream().filter(c -> c.matches(f)).toList();
        categories.setRedraw(false);
        categories.removeAll();
        int selected = -1;
        for (Vocabulary.Choice c : shownCategories) {
            TableItem item = new TableItem(categories, SWT.NONE);
            item.setText(c.text());
            if (c.label().equals(category)) {
                selected = categories.getItemCount() - 1;
            }
        }
        // nothing highlighted until a category is chosen, so the list never suggests a choice that was not made
        if (selected >= 0) {
            categories.setSelection(selected);
        } else {
            categories.deselectAll();
        }
        categories.setRedraw(true);
    }

    private void pickCategory(int i) {
        if (i < 0 || i >= shownCategories.size()) {
            return;
        }
        category = shownCategories.get(i).label();
        if (canvas.relabelSelected(category)) {
            ui.message("Shape is now " + category.name());
        } else {
            ui.message("New shapes are " + category.name());
        }
    }

    private void fillAttributes() {
        if (session == null) {
            return;
        }
        String f = attributeFilter.getText();
        shownAttributes = session.vocabulary().attributes().stream().filter(c -> c.matches(f)).toList();
        attributes.setRedraw(false);
        attributes.removeAll();
        for (Vocabulary.Choice c : shownAttributes) {
            TableItem item = new TableItem(attributes, SWT.NONE);
            item.setText(c.text());
        }
        if (attributes.getItemCount() > 0) {
            attributes.setSelection(0);
        }
        checkAttributes();
        attributes.setRedraw(true);
    }

    private void checkAttributes() {
        List<Annotation> set = work == null ? List.of() : work.annotations();
        for (int i = 0; i < shownAttributes.size(); i++) {
            Vocabulary.Choice c = shownAttributes.get(i);
            attributes.getItem(i).setChecked(set.contains(new Annotation.Attribute(c.label(), c.value())));
        }
    }

    private void setAttribute(int i, boolean on) {
        if (work == null || i < 0 || i >= shownAttributes.size()) {
            if (i >= 0 && i < attributes.getItemCount()) {
                attributes.getItem(i).setChecked(false);
            }
            ui.message("Open an entry first");
            return;
        }
        Vocabulary.Choice c = shownAttributes.get(i);
        work.edit(list -> {
            // one value per attribute group: setting a value replaces the group's other value
            list.removeIf(a -> a instanceof Annotation.Attribute at && at.attribute().equals(c.label()));
            if (on) {
                list.add(new Annotation.Attribute(c.label(), c.value()));
            }
            return list;
        });
        ui.message((on ? "Set " : "Cleared ") + c.label().name() + " = " + c.value());
    }

    private void applyCaption() {
        if (work == null) {
            return;
        }
        String text = caption.getText().strip();
        work.edit(list -> {
            list.removeIf(a -> a instanceof Annotation.Caption cap && cap.language().equals(CAPTION_LANGUAGE));
            if (!text.isEmpty()) {
                list.add(new Annotation.Caption(CAPTION_LANGUAGE, text));
            }
            return list;
        });
    }

    private boolean canvasKey(Event e) {
        if (video.key(e)) {
            return true;
        }
        boolean plain = (e.stateMask & (SWT.MOD1 | SWT.ALT)) == 0;
        if (plain && (e.character == 'j' || e.character == 'J')) {
            next();
            return true;
        } else if (plain && (e.character == 'h' || e.character == 'H')) {
            previous();
            return true;
        } else if (e.character == '?') {
            CheatSheet.open(root.getShell());
            return true;
        } else if (plain && (e.character == 'c' || e.character == 'C')) {
            categoryFilter.setFocus();
            categoryFilter.selectAll();
            return true;
        } else if (plain && (e.character == 'a' || e.character == 'A')) {
            attributeFilter.setFocus();
            attributeFilter.selectAll();
            return true;
        }
        return false;
    }

    /**
     * Sets the list that Previous and Next walk through (the entry browser's search), and opens a row of it.
     *
     * @param newListing the browser's listing
     * @param row        the row to open
     */
    public void openFrom(Listing newListing, int row) {
        listing = newListing;
        DatasetEntry e = listing.peek(row);
        if (e != null) {
            index = row;
            open(CompletableFuture.completedFuture(Optional.of(e.id())));
        }
    }

    /** Opens the next entry of the browser's list, or takes the next one from the labeller's queue. */
    public void next() {
        step(1);
    }

    /** Opens the previous entry of the browser's list. */
    public void previous() {
        step(-1);
    }

    private void step(int delta) {
        if (session == null || busy) {
            return;
        }
        LabellingSession s = session;
        if (listing != null && index + delta >= 0 && index + delta < listing.size()) {
            index += delta;
            open(listing.entry(index).thenApply(e -> Optional.ofNullable(e).map(DatasetEntry::id)));
        } else if (delta > 0) {
            listing = null;
            index = -1;
            open(s.async(s::takeNext));
        } else {
            ui.message("This is the first entry of the list");
        }
    }

    private void open(CompletableFuture<Optional<Long>> id) {
        LabellingSession s = session;
        long start = System.nanoTime();
        busy = true;
        CompletableFuture<Optional<Long>> saved = work != null && (work.dirty() || captionChanged()) ? saveNow().thenCompose(ok -> id) : id;
        saved.thenCompose(found -> found.isEmpty() ? CompletableFuture.completedFuture((LoadedEntry) null) : s.load(found.get()))
                .whenComplete((loaded, error) -> ui.async(() -> {
                    busy = false;
                    if (error != null) {
                        ui.failed("Open Entry", "The entry could not be opened", error);
                    } else if (loaded == null) {
                        show(null, null);
                        ui.message("Your queue is empty: no entries to label");
                    } else {
                        show(loaded, s);
                        openNanos.add(System.nanoTime() - start);
                        prefetchNeighbours();
                    }
                }));
    }

    private boolean captionChanged() {
        String stored = work.annotations().stream().filter(a -> a instanceof Annotation.Caption c && c.language().equals(CAPTION_LANGUAGE))
                .map(a -> ((Annotation.Caption) a).text()).findFirst().orElse("");
        return !stored.equals(caption.getText().strip());
    }

    private void prefetchNeighbours() {
        if (listing != null && index + 1 < listing.size()) {
            LabellingSession s = session;
            listing.entry(index + 1).thenAccept(e -> {
                if (e != null) {
                    s.prefetch(e.id());
                }
            });
        }
    }

    private void show(LoadedEntry loaded, LabellingSession s) {
        if (root.isDisposed()) {
            return;
        }
        work = loaded == null ? null : new EntryWork(loaded.entry(), loaded.annotations(), s.user());
        canvas.show(work, loaded == null ? null : loaded.image());
        boolean isVideo = showVideo(loaded, s);
        if (work != null) {
            work.addListener(this::workChanged);
            caption.setText(work.annotations().stream().filter(a -> a instanceof Annotation.Caption c && c.language().equals(CAPTION_LANGUAGE))
                    .map(a -> ((Annotation.Caption) a).text()).findFirst().orElse(""));
            ui.message(isVideo ? "Entry " + loaded.entry().id() + " opened: a video; , and . step a frame, Space plays, I sets a keyframe"
                    : loaded.imageError() != null ? loaded.imageError() : "Entry " + loaded.entry().id() + " opened");
        } else {
            caption.setText("");
        }
        workChanged();
    }

    /** Opens the entry's video in the video strip when it is a video entry (no image), else hides the strip. */
    private boolean showVideo(LoadedEntry loaded, LabellingSession s) {
        java.util.List<ai.fvgs.dataset.MediaItem> media = loaded == null ? List.of() : loaded.entry().media();
        int v = -1;
        for (int i = 0; i < media.size() && v < 0; i++) {
            v = media.get(i).kind() == ai.fvgs.dataset.MediaKind.VIDEO ? i : -1;
        }
        if (loaded == null || loaded.image() != null || v < 0) {
            video.close();
            return false;
        }
        video.open(v, s.store().media().path(media.get(v).sha256()));
        return true;
    }

    private void workChanged() {
        if (root.isDisposed()) {
            return;
        }
        checkAttributes();
        if (work == null) {
            title.setText("No entry");
        } else {
            DatasetEntry e = work.entry();
            long shapes = work.annotations().stream().filter(a -> a instanceof Annotation.Region || a instanceof Annotation.Track).count();
            title.setText((work.dirty() ? "*" : "") + "Entry " + e.id() + " - " + e.status().label() + " - " + shapes + " shape"
                    + (shapes == 1 ? "" : "s") + (e.reviewComment() != null ? " - review: " + e.reviewComment() : ""));
        }
        title.getParent().layout();
    }

    /** Saves the labeller's set of the open entry (Ctrl+S); a conflict asks what to do. */
    public void save() {
        if (work != null && !busy) {
            busy = true;
            saveNow().whenComplete((ok, error) -> ui.async(() -> busy = false));
        }
    }

    private CompletableFuture<Boolean> saveNow() {
        applyCaption();
        EntryWork w = work;
        LabellingSession s = session;
        List<Annotation> set = w.annotations();
        long id = w.entry().id(), version = w.version();
        CompletableFuture<Boolean> done = new CompletableFuture<>();
        s.async(() -> s.save(id, version, set)).whenComplete((saved, error) -> ui.async(() -> {
            if (error == null) {
                w.saved(saved.annotations(), s.user());
                w.entry(saved.entry());
                ui.message("Saved entry " + id + " (version " + saved.entry().version() + ")");
                done.complete(true);
            } else if (DatasetErrors.unwrap(error) instanceof ConflictException conflict) {
                resolve(conflict, w, s, done);
            } else {
                ui.failed("Save Annotations", "The annotations of entry " + id + " could not be saved", error);
                done.completeExceptionally(error);
            }
        }));
        return done;
    }

    private void resolve(ConflictException conflict, EntryWork w, LabellingSession s, CompletableFuture<Boolean> done) {
        switch (conflicts.apply(conflict)) {
        case RELOAD -> {
            s.forget(w.entry().id());
            s.load(w.entry().id()).whenComplete((loaded, error) -> ui.async(() -> {
                if (error == null) {
                    show(loaded, s);
                    ui.message("Reloaded entry " + loaded.entry().id() + " as saved by " + loaded.entry().updatedBy());
                } else {
                    ui.failed("Reload Entry", "The entry could not be read again", error);
                }
                done.completeExceptionally(conflict);
            }));
        }
        case OVERWRITE -> s.async(() -> {
            long current = s.store().annotations().read(w.entry().id()).entryVersion();
            return s.save(w.entry().id(), current, w.annotations());
        }).whenComplete((saved, error) -> ui.async(() -> {
            if (error == null) {
                w.saved(saved.annotations(), s.user());
                w.entry(saved.entry());
                ui.message("Saved entry " + w.entry().id() + " over the newer version");
                done.complete(true);
            } else {
                ui.failed("Save Annotations", "The annotations could not be saved", error);
                done.completeExceptionally(error);
            }
        }));
        case CANCEL -> done.completeExceptionally(conflict);
        }
    }

    private ConflictChoice askConflict(ConflictException conflict) {
        MessageDialog dialog = new MessageDialog(root.getShell(), "Someone Else Saved First", null,
                "Someone else saved this entry after you opened it:\n" + conflict.getMessage()
                        + "\n\nReload shows their version and drops your changes; Overwrite saves your annotation set over it.",
                MessageDialog.WARNING, 0, "Reload", "Overwrite", "Cancel");
        return switch (dialog.open()) {
        case 0 -> ConflictChoice.RELOAD;
        case 1 -> ConflictChoice.OVERWRITE;
        default -> ConflictChoice.CANCEL;
        };
    }

    /** Saves and submits the open entry for review (Ctrl+Enter), then takes the next entry of the queue. */
    public void submit() {
        if (work == null || busy) {
            return;
        }
        busy = true;
        LabellingSession s = session;
        EntryWork w = work;
        CompletableFuture<Boolean> saved = w.dirty() || captionChanged() ? saveNow() : CompletableFuture.completedFuture(true);
        saved.thenCompose(ok -> s.async(() -> s.submit(w.entry()))).whenComplete((entry, error) -> ui.async(() -> {
            busy = false;
            if (error != null) {
                if (!(DatasetErrors.unwrap(error) instanceof ConflictException)) {
                    ui.failed("Submit Entry", "Entry " + w.entry().id() + " could not be submitted", error);
                }
            } else {
                w.entry(entry);
                ui.message("Submitted entry " + entry.id() + " for review");
                listing = null;
                index = -1;
                open(s.async(s::takeNext));
            }
        }));
    }

    /** Undoes the last edit of the open entry (Ctrl+Z). */
    public void undo() {
        if (work != null && !work.undo()) {
            ui.message("Nothing to undo");
        }
    }

    // for the handlers and the tests

    /** @return the work on the open entry, or {@code null} */
    public EntryWork work() {
        return work;
    }

    /** @return whether an entry is being read or saved */
    public boolean busy() {
        return busy;
    }

    /** @return the canvas */
    public AnnotationCanvas canvas() {
        return canvas;
    }

    /** @return the video tools, shown for a video entry */
    public VideoStrip video() {
        return video;
    }

    /** @return the category search field */
    public Text categoryFilter() {
        return categoryFilter;
    }

    /** @return the categories shown */
    public Table categories() {
        return categories;
    }

    /** @return the attribute search field */
    public Text attributeFilter() {
        return attributeFilter;
    }

    /** @return the attributes and tags shown */
    public Table attributes() {
        return attributes;
    }

    /** @return the caption editor */
    public Text caption() {
        return caption;
    }

    /** @return the status line */
    public String statusText() {
        return status.getText();
    }

    /** @return the category new shapes get, or {@code null} */
    public Label category() {
        return category;
    }

    /** @return how long each opening of an entry took, from the request until it was shown, in nanoseconds */
    public List<Long> openNanos() {
        return List.copyOf(openNanos);
    }

    /** @param chooser answers the conflict question instead of a dialog (tests) */
    public void conflictChooser(java.util.function.Function<ConflictException, ConflictChoice> chooser) {
        conflicts = chooser;
    }

    /** @return the part's shell */
    public Shell shell() {
        return root.getShell();
    }
}
