package ai.fvgs.dataset.ui.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ILazyContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Text;

import ai.fvgs.dataset.DatasetEntry;
import ai.fvgs.dataset.EntryStatus;
import ai.fvgs.dataset.EntryText;
import ai.fvgs.dataset.MediaItem;
import ai.fvgs.dataset.MediaKind;
import ai.fvgs.dataset.SearchQuery;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * The entry browser: "My queue" (entries assigned to the labeller) or "All entries", filtered by words, status,
 * media kind, category and attribute; a virtual list ({@link TableViewer} with {@link SWT#VIRTUAL} and an
 * {@link ILazyContentProvider}) whose pages are read off the display thread only when rows become visible, with
 * thumbnails from the media store's thumbnail cache loaded for visible rows only and disposed when they drop out
 * of a small cache; or the same entries as a {@link ThumbnailGrid}. Double-click or Enter opens the entry in the
 * annotation part.
 */
public final class EntryBrowserPart {

    /** Element id of the part in the model fragment. */
    public static final String ID = "ai.fvgs.dataset.ui.part.browser";

    /** Size of the thumbnails in the list. */
    public static final int THUMBNAIL = 48;

    /** Thumbnail size in the media store's cache that the list scales down. */
    static final int CACHED_THUMBNAIL = 256;

    /** Thumbnails kept as images; older ones are disposed. */
    static final int THUMBNAIL_CACHE = 200;

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    private final DatasetConnection connection;
    private final PartDisplay ui = new PartDisplay();
    private final Consumer<DatasetConnection> connectionListener = c -> ui.async(this::connectionChanged);
    private final Runnable sessionChanged = () -> ui.async(this::refreshSoon);
    private BiConsumer<Listing, Integer> opener;
    private Display display;
    private Composite root;
    private Combo user, mode, status, media, view;
    private Composite views;
    private ThumbnailGrid grid;
    private Text search, category, attribute;
    private TableViewer viewer;
    private org.eclipse.swt.widgets.Label summary;
    private LabellingSession session;
    private Listing listing;
    private int generation;
    private final Map<String, Image> thumbnails = new LinkedHashMap<>(64, 0.75f, true);
    private final java.util.Set<String> loading = new java.util.HashSet<>();

    /** @param connection the dataset connection of the workbench */
    @Inject
    public EntryBrowserPart(DatasetConnection connection) {
        this.connection = connection;
    }

    /**
     * Creates the controls; opening an entry shows the annotation part.
     *
     * @param parent the part's composite
     * @param parts  shows the annotation part
     */
    @PostConstruct
    public void create(Composite parent, EPartService parts) {
        createControls(parent, (l, row) -> {
            var part = parts.showPart(LabellingPart.ID, EPartService.PartState.ACTIVATE);
            if (part != null && part.getObject() instanceof LabellingPart labelling) {
                labelling.openFrom(l, row);
            }
        });
    }

    /** Stops listening and disposes the thumbnails. */
    @PreDestroy
    public void dispose() {
        connection.removeListener(connectionListener);
        if (session != null) {
            session.removeChangeListener(sessionChanged);
        }
        thumbnails.values().forEach(Image::dispose);
        thumbnails.clear();
    }

    /**
     * @param parent   the composite to build the part in
     * @param openRow  opens a row of the listing in the annotation part
     */
    public void createControls(Composite parent, BiConsumer<Listing, Integer> openRow) {
        this.opener = openRow;
        display = parent.getDisplay();
        root = new Composite(parent, SWT.NONE);
        ui.attach(root);
        root.setLayout(new GridLayout(1, false));
        root.addListener(SWT.Dispose, e -> dispose());

        Composite filters = new Composite(root, SWT.NONE);
        filters.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        filters.setLayout(new GridLayout(4, false));
        new org.eclipse.swt.widgets.Label(filters, SWT.NONE).setText("Labeller:");
        user = new Combo(filters, SWT.DROP_DOWN);
        user.setText(DatasetConnection.osUser());
        user.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        user.addListener(SWT.Selection, e -> connect());
        user.addListener(SWT.DefaultSelection, e -> connect());
        new org.eclipse.swt.widgets.Label(filters, SWT.NONE).setText("Show:");
        mode = new Combo(filters, SWT.READ_ONLY);
        mode.setItems("My queue", "All entries");
        mode.select(0);
        mode.addListener(SWT.Selection, e -> refresh());

        new org.eclipse.swt.widgets.Label(filters, SWT.NONE).setText("Search:");
        search = new Text(filters, SWT.BORDER | SWT.SEARCH | SWT.ICON_CANCEL);
        search.setMessage("words in captions, tags, file names");
        search.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
        new org.eclipse.swt.widgets.Label(filters, SWT.NONE).setText("Status:");
        status = new Combo(filters, SWT.READ_ONLY);
        status.add("any");
        for (EntryStatus s : EntryStatus.values()) {
            status.add(s.label());
        }
        status.select(0);
        new org.eclipse.swt.widgets.Label(filters, SWT.NONE).setText("Media:");
        media = new Combo(filters, SWT.READ_ONLY);
        media.add("any");
        for (MediaKind k : MediaKind.values()) {
            media.add(k.label());
        }
        media.select(0);
        new org.eclipse.swt.widgets.Label(filters, SWT.NONE).setText("Category:");
        category = new Text(filters, SWT.BORDER);
        category.setMessage("e.g. dress");
        category.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        new org.eclipse.swt.widgets.Label(filters, SWT.NONE).setText("Attribute:");
        attribute = new Text(filters, SWT.BORDER);
        attribute.setMessage("name or name=value");
        attribute.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        for (Text t : List.of(search, category, attribute)) {
            t.addListener(SWT.Modify, e -> refreshSoon());
            t.addListener(SWT.DefaultSelection, e -> refresh());
        }
        for (Combo c : List.of(status, media)) {
            c.addListener(SWT.Selection, e -> refresh());
        }
        new org.eclipse.swt.widgets.Label(filters, SWT.NONE).setText("View:");
        view = new Combo(filters, SWT.READ_ONLY);
        view.setItems("List", "Grid");
        view.select(0);

        views = new Composite(root, SWT.NONE);
        views.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        org.eclipse.swt.custom.StackLayout stack = new org.eclipse.swt.custom.StackLayout();
        views.setLayout(stack);
        viewer = new TableViewer(views, SWT.VIRTUAL | SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setUseHashlookup(true);
        viewer.setContentProvider(new LazyContent());
        column("", THUMBNAIL + 8, e -> "", e -> null);
        column("Id", 70, e -> Long.toString(e.id()), e -> null);
        column("Status", 90, e -> e.status().label(), e -> null);
        column("Labeller", 100, e -> e.assignee() == null ? "" : e.assignee(), e -> null);
        column("Media", 120, e -> e.media().isEmpty() ? "" : e.media().get(0).kind().label() + " " + size(e.media().get(0)), e -> null);
        column("Text", 260, e -> e.texts().stream().map(EntryText::text).findFirst().orElse("").lines().findFirst().orElse(""), e -> null);
        column("Changed", 130, e -> TIME.format(e.updatedAt()), e -> null);
        viewer.getTable().addListener(SWT.MeasureItem, e -> e.height = Math.max(e.height, THUMBNAIL + 4));
        // the thumbnail is painted, not set as the item's image: only painted rows load one
        viewer.getTable().addListener(SWT.PaintItem, e -> {
            if (e.index == 0 && e.item.getData() instanceof DatasetEntry entry) {
                Image image = thumbnail(entry);
                if (image != null) {
                    org.eclipse.swt.graphics.Rectangle b = image.getBounds();
                    e.gc.drawImage(image, e.x + 4 + (THUMBNAIL - b.width) / 2, e.y + (e.height - b.height) / 2);
                }
            }
        });
        viewer.getTable().addListener(SWT.DefaultSelection, e -> openSelected());

        grid = new ThumbnailGrid(views, this::thumbnail, row -> {
            if (listing != null && listing.peek(row) != null) {
                opener.accept(listing, row);
            }
        });
        stack.topControl = viewer.getTable();
        view.addListener(SWT.Selection, e -> {
            stack.topControl = view.getSelectionIndex() == 1 ? grid.control() : viewer.getTable();
            views.layout();
        });

        summary = new org.eclipse.swt.widgets.Label(root, SWT.NONE);
        summary.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        summary.setText("Connecting to the dataset...");
        connection.addListener(connectionListener);
        if (connection.session() == null && connection.problem() == null) {
            connect();
        }
    }

    private static String size(MediaItem m) {
        return m.width() == null ? "" : m.width() + "x" + m.height();
    }

    private void column(String title, int width, java.util.function.Function<DatasetEntry, String> text,
            java.util.function.Function<DatasetEntry, Image> image) {
        TableViewerColumn c = new TableViewerColumn(viewer, SWT.LEFT);
        c.getColumn().setText(title);
        c.getColumn().setWidth(width);
        c.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return element instanceof DatasetEntry e ? text.apply(e) : "...";
            }

            @Override
            public Image getImage(Object element) {
                return element instanceof DatasetEntry e ? image.apply(e) : null;
            }
        });
    }

    private void connect() {
        String name = user.getText().strip();
        summary.setText("Connecting as " + name + "...");
        connection.connect(name);
    }

    private void connectionChanged() {
        if (session != null) {
            session.removeChangeListener(sessionChanged);
        }
        session = connection.session();
        if (session != null) {
            session.addChangeListener(sessionChanged);
        }
        if (session == null) {
            Throwable p = connection.problem();
            summary.setText(p == null ? "Not connected" : DatasetErrors.unwrap(p).getMessage());
            listing = null;
            viewer.setItemCount(0);
            grid.setListing(null);
            fillUsers();
            return;
        }
        if (!user.getText().equals(session.user())) {
            user.setText(session.user());
        }
        fillUsers();
        refresh();
    }

    private void fillUsers() {
        // the labellers are read in the background; the combo offers them
        java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                return LabellingSession.labellers(connection.store());
            } catch (Exception e) {
                return List.<String>of();
            }
        }).thenAccept(names -> ui.async(() -> {
            String typed = user.getText();
            user.setItems(names.toArray(String[]::new));
            user.setText(typed);
        }));
    }

    /** @return the search of the filters */
    SearchQuery query() {
        SearchQuery q = SearchQuery.all();
        if (mode.getSelectionIndex() == 0 && session != null) {
            q = q.withLabeller(session.user());
        }
        if (!search.getText().isBlank()) {
            q = q.withText(search.getText().strip());
        }
        if (status.getSelectionIndex() > 0) {
            q = q.withStatus(EntryStatus.values()[status.getSelectionIndex() - 1]);
        }
        if (media.getSelectionIndex() > 0) {
            q = q.withMedia(MediaKind.values()[media.getSelectionIndex() - 1]);
        }
        if (!category.getText().isBlank()) {
            q = q.withCategory(category.getText().strip());
        }
        String a = attribute.getText().strip();
        if (!a.isEmpty()) {
            int eq = a.indexOf('=');
            q = eq < 0 ? q.withAttribute(a, null) : q.withAttribute(a.substring(0, eq).strip(), a.substring(eq + 1).strip());
        }
        return q;
    }

    private void refreshSoon() {
        int g = ++generation;
        display.timerExec(250, () -> {
            if (g == generation && !root.isDisposed()) {
                refresh();
            }
        });
    }

    /** Runs the search again and shows its first rows. */
    public void refresh() {
        if (session == null) {
            return;
        }
        int g = ++generation;
        LabellingSession s = session;
        SearchQuery q;
        try {
            q = query();
        } catch (IllegalArgumentException e) {
            summary.setText(e.getMessage());
            return;
        }
        summary.setText("Searching...");
        s.async(() -> Listing.search(s, q)).whenComplete((found, error) -> ui.async(() -> {
            if (g != generation) {
                return; // a newer search is on its way
            }
            if (error != null) {
                summary.setText("The search failed: " + DatasetErrors.unwrap(error).getMessage());
                return;
            }
            listing = found;
            viewer.setInput(found);
            viewer.setItemCount(found.size());
            viewer.refresh();
            grid.setListing(found);
            summary.setText(found.size() + (found.size() == 1 ? " entry" : " entries") + (mode.getSelectionIndex() == 0 ? " in the queue of "
                    + s.user() : "") + "; double-click or Enter opens one");
        }));
    }

    private void openSelected() {
        int row = viewer.getTable().getSelectionIndex();
        if (listing != null && row >= 0 && listing.peek(row) != null) {
            opener.accept(listing, row);
        }
    }

    private Image thumbnail(DatasetEntry e) {
        return thumbnail(e, THUMBNAIL);
    }

    private Image thumbnail(DatasetEntry e, int size) {
        Optional<MediaItem> m = e.media().stream().filter(x -> x.kind() != MediaKind.TEXT).findFirst();
        if (m.isEmpty() || session == null) {
            return null;
        }
        String sha = m.get().sha256(), key = sha + "@" + size;
        Image image = thumbnails.get(key);
        if (image == null && loading.add(key)) {
            Path file = session.store().media().thumbnailPath(sha, CACHED_THUMBNAIL);
            session.async(() -> {
                if (!Files.isRegularFile(file)) {
                    return null;
                }
                ImageData data = new ImageData(file.toString());
                double f = Math.min(1, size / (double) Math.max(data.width, data.height));
                return data.scaledTo(Math.max(1, (int) (data.width * f)), Math.max(1, (int) (data.height * f)));
            }).whenComplete((data, error) -> ui.async(() -> {
                loading.remove(key);
                if (data != null) {
                    thumbnails.put(key, new Image(display, data));
                    while (thumbnails.size() > THUMBNAIL_CACHE) {
                        var eldest = thumbnails.entrySet().iterator().next();
                        eldest.getValue().dispose();
                        thumbnails.remove(eldest.getKey());
                    }
                    viewer.getTable().redraw();
                    grid.control().redraw();
                }
            }));
        }
        return image;
    }

    /** @return the number of thumbnails held as images now */
    public int thumbnailsHeld() {
        return thumbnails.size();
    }

    private final class LazyContent implements ILazyContentProvider {

        @Override
        public void updateElement(int index) {
            Listing l = listing;
            if (l == null || index >= l.size()) {
                return;
            }
            DatasetEntry e = l.peek(index);
            if (e != null) {
                viewer.replace(e, index);
            } else {
                l.entry(index).thenAccept(found -> ui.async(() -> {
                    if (found != null && l == listing && index < viewer.getTable().getItemCount()) {
                        viewer.replace(found, index);
                    }
                }));
            }
        }

        @Override
        public void inputChanged(Viewer v, Object oldInput, Object newInput) {
            // the listing is set with the item count
        }
    }

    // for the tests

    /** @return the list */
    public TableViewer viewer() {
        return viewer;
    }

    /** @return the listing shown, or {@code null} */
    public Listing listing() {
        return listing;
    }

    /** @return the line under the list */
    public String summaryText() {
        return summary.getText();
    }

    /** @return the "My queue"/"All entries" combo */
    public Combo mode() {
        return mode;
    }

    /** @return the list/grid switch */
    public Combo view() {
        return view;
    }

    /** @return the thumbnail grid */
    public ThumbnailGrid grid() {
        return grid;
    }

    /** @return the search field */
    public Text search() {
        return search;
    }
}
