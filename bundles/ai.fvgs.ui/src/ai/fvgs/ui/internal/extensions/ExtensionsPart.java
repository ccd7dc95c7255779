package ai.fvgs.ui.internal.extensions;

import java.util.List;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import ai.fvgs.extensions.ExtensionCatalog;
import ai.fvgs.extensions.ExtensionListener;
import ai.fvgs.extensions.ExtensionRecord;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * The Extensions part: every installed extension (kind, label, vendor, version, bundle, state), updated
 * live as vendor bundles are dropped in or removed, with a filter and the details of the selected one.
 */
public final class ExtensionsPart {

    /** Column titles, in order. */
    static final String[] COLUMNS = { "Kind", "Label", "Vendor", "Version", "Bundle", "State", "ID" };

    private static final int THUMBNAIL_SIZE = 96;

    private final ExtensionCatalog catalog;
    private final UISynchronize sync;
    private final ExtensionListener listener = event -> refreshLater();
    private TableViewer viewer;
    private Text filter;
    private Text details;
    private Label summary;
    private Label thumbnail;
    private Image thumbnailImage;
    private volatile boolean refreshPending;

    /**
     * @param catalog the installed extensions
     * @param sync    runs refreshes on the display thread
     */
    @Inject
    public ExtensionsPart(ExtensionCatalog catalog, UISynchronize sync) {
        this.catalog = catalog;
        this.sync = sync;
    }

    /** @param parent the part's composite */
    @PostConstruct
    public void createControls(Composite parent) {
        GridLayoutFactory.fillDefaults().margins(6, 6).numColumns(2).applyTo(parent);
        filter = new Text(parent, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        filter.setMessage("Filter by kind, label, vendor, bundle or state");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(filter);
        summary = new Label(parent, SWT.NONE);
        GridDataFactory.fillDefaults().align(SWT.END, SWT.CENTER).hint(220, SWT.DEFAULT).applyTo(summary);

        SashForm sash = new SashForm(parent, SWT.VERTICAL);
        GridDataFactory.fillDefaults().grab(true, true).span(2, 1).applyTo(sash);
        viewer = new TableViewer(sash, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        int[] widths = { 140, 200, 140, 80, 230, 70, 260 };
        for (int i = 0; i < COLUMNS.length; i++) {
            TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
            column.getColumn().setText(COLUMNS[i]);
            column.getColumn().setWidth(widths[i]);
            column.setLabelProvider(new RecordLabelProvider(i));
        }
        org.eclipse.jface.viewers.ColumnViewerToolTipSupport.enableFor(viewer);
        viewer.addFilter(new TextFilter());
        filter.addModifyListener(e -> viewer.refresh());
        viewer.addSelectionChangedListener(e -> showDetails(((IStructuredSelection) e.getSelection()).getFirstElement()));

        Composite detailsArea = new Composite(sash, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).spacing(8, 0).applyTo(detailsArea);
        thumbnail = new Label(detailsArea, SWT.NONE);
        GridDataFactory.fillDefaults().align(SWT.CENTER, SWT.CENTER).hint(THUMBNAIL_SIZE, THUMBNAIL_SIZE).applyTo(thumbnail);
        details = new Text(detailsArea, SWT.BORDER | SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(details);
        sash.setWeights(3, 1);
        thumbnail.addDisposeListener(e -> showThumbnail(null));

        catalog.addListener(listener);
        refresh();
    }

    @Focus
    void focus() {
        viewer.getControl().setFocus();
    }

    @PreDestroy
    void dispose() {
        catalog.removeListener(listener);
    }

    /** @return the table viewer, for tests */
    TableViewer viewer() {
        return viewer;
    }

    private void refreshLater() {
        // coalesce bursts of events (a bundle with many extensions) into one refresh
        if (!refreshPending) {
            refreshPending = true;
            sync.asyncExec(() -> {
                refreshPending = false;
                if (viewer != null && !viewer.getControl().isDisposed()) {
                    refresh();
                }
            });
        }
    }

    private void refresh() {
        List<ExtensionRecord> records = catalog.records();
        Object selected = viewer.getStructuredSelection().getFirstElement();
        viewer.setInput(records);
        long failed = records.stream().filter(r -> !r.isActive()).count();
        summary.setText(records.size() + " extensions" + (failed > 0 ? ", " + failed + " failed" : ""));
        summary.getParent().layout(new org.eclipse.swt.widgets.Control[] { summary });
        if (selected instanceof ExtensionRecord old) {
            records.stream().filter(r -> r.id().equals(old.id()) && r.bundle().equals(old.bundle())).findFirst()
                    .ifPresentOrElse(r -> viewer.setSelection(new org.eclipse.jface.viewers.StructuredSelection(r), true),
                            () -> showDetails(null));
        }
    }

    private void showThumbnail(java.net.URL url) {
        Image old = thumbnailImage;
        thumbnailImage = null;
        if (url != null && !thumbnail.isDisposed()) {
            ImageData data = ImageDescriptor.createFromURL(url).getImageData(100);
            if (data != null) {
                if (data.width > THUMBNAIL_SIZE || data.height > THUMBNAIL_SIZE) {
                    double scale = Math.min((double) THUMBNAIL_SIZE / data.width, (double) THUMBNAIL_SIZE / data.height);
                    data = data.scaledTo((int) Math.round(data.width * scale), (int) Math.round(data.height * scale));
                }
                thumbnailImage = new Image(thumbnail.getDisplay(), data);
            }
        }
        if (!thumbnail.isDisposed()) {
            thumbnail.setImage(thumbnailImage);
        }
        if (old != null) {
            old.dispose();
        }
    }

    private void showDetails(Object element) {
        if (!(element instanceof ExtensionRecord r)) {
            details.setText("");
            showThumbnail(null);
            return;
        }
        showThumbnail(r.thumbnail());
        StringBuilder b = new StringBuilder();
        b.append(r.label()).append("  (").append(r.id()).append(")\n");
        if (!r.description().isEmpty()) {
            b.append(r.description()).append('\n');
        }
        b.append("Kind: ").append(r.kind()).append("    Vendor: ").append(r.vendor()).append("    Version: ").append(r.version()).append('\n');
        b.append("Bundle: ").append(r.bundle()).append(' ').append(r.bundleVersion()).append('\n');
        if (!r.capabilities().isEmpty()) {
            b.append("Capabilities: ").append(String.join(", ", r.capabilities().stream().sorted().toList())).append('\n');
        }
        if (!r.isActive()) {
            b.append("FAILED: ").append(r.failure()).append('\n');
        }
        details.setText(b.toString());
    }

    /** Text of one column for a record. */
    static String columnText(ExtensionRecord r, int column) {
        return switch (column) {
            case 0 -> r.kind();
            case 1 -> r.label();
            case 2 -> r.vendor();
            case 3 -> r.version();
            case 4 -> r.bundle();
            case 5 -> r.state().id();
            default -> r.id();
        };
    }

    private static final class RecordLabelProvider extends ColumnLabelProvider {
        private final int column;

        RecordLabelProvider(int column) {
            this.column = column;
        }

        @Override
        public String getText(Object element) {
            return columnText((ExtensionRecord) element, column);
        }

        @Override
        public String getToolTipText(Object element) {
            ExtensionRecord r = (ExtensionRecord) element;
            return r.isActive() ? r.description() : r.failure();
        }

        @Override
        public Color getForeground(Object element) {
            return ((ExtensionRecord) element).isActive() ? null
                    : org.eclipse.swt.widgets.Display.getCurrent().getSystemColor(SWT.COLOR_DARK_RED);
        }
    }

    private final class TextFilter extends ViewerFilter {
        @Override
        public boolean select(Viewer v, Object parentElement, Object element) {
            String text = filter.getText().strip().toLowerCase(java.util.Locale.ROOT);
            if (text.isEmpty()) {
                return true;
            }
            ExtensionRecord r = (ExtensionRecord) element;
            for (int i = 0; i < COLUMNS.length; i++) {
                if (columnText(r, i).toLowerCase(java.util.Locale.ROOT).contains(text)) {
                    return true;
                }
            }
            return false;
        }
    }
}
