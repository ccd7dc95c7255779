package ai.fvgs.dataset.ui.internal;

import java.util.function.BiFunction;
import java.util.function.IntConsumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.ScrollBar;

import ai.fvgs.dataset.DatasetEntry;

/**
 * The entry browser's thumbnail grid: a virtual grid on a canvas that paints only the visible cells, asking the
 * {@link Listing} for their entries (pages read in the background) and the browser for their thumbnails (loaded
 * for painted cells only). Arrow keys, Page Up/Down, Home and End move the selection; Enter or a double click
 * opens the selected entry.
 */
public final class ThumbnailGrid {

    /** Thumbnail size in the grid. */
    public static final int THUMBNAIL = 120;

    /** Cell size: the thumbnail, a line of text and a margin. */
    static final int CELL_WIDTH = THUMBNAIL + 16, CELL_HEIGHT = THUMBNAIL + 36;

    private final Canvas canvas;
    private final BiFunction<DatasetEntry, Integer, Image> thumbnails;
    private final IntConsumer open;
    private Listing listing;
    private int selected = -1;
    private int top; // pixels scrolled

    /**
     * @param parent     the parent
     * @param thumbnails the thumbnail of an entry at a size, or {@code null} while it loads
     * @param open       opens a row of the listing
     */
    public ThumbnailGrid(Composite parent, BiFunction<DatasetEntry, Integer, Image> thumbnails, IntConsumer open) {
        this.thumbnails = thumbnails;
        this.open = open;
        canvas = new Canvas(parent, SWT.V_SCROLL | SWT.DOUBLE_BUFFERED | SWT.BORDER);
        canvas.addListener(SWT.Paint, e -> paint(e.gc));
        canvas.addListener(SWT.Resize, e -> updateScrollBar());
        canvas.getVerticalBar().addListener(SWT.Selection, e -> {
            top = canvas.getVerticalBar().getSelection();
            canvas.redraw();
        });
        canvas.addListener(SWT.MouseVerticalWheel, e -> scrollTo(top - e.count * CELL_HEIGHT / 3));
        canvas.addListener(SWT.MouseDown, e -> {
            canvas.setFocus();
            int i = indexAt(e.x, e.y);
            if (i >= 0) {
                select(i);
            }
        });
        canvas.addListener(SWT.MouseDoubleClick, e -> {
            int i = indexAt(e.x, e.y);
            if (i >= 0) {
                open.accept(i);
            }
        });
        canvas.addListener(SWT.KeyDown, this::key);
        canvas.addListener(SWT.Traverse, e -> {
            if (e.detail == SWT.TRAVERSE_RETURN) {
                e.doit = false;
            }
        });
    }

    /** @return the SWT control */
    public Canvas control() {
        return canvas;
    }

    /** @param newListing the entries to show, or {@code null} */
    public void setListing(Listing newListing) {
        listing = newListing;
        selected = -1;
        top = 0;
        updateScrollBar();
        canvas.redraw();
    }

    /** @return the selected row, or -1 */
    public int selected() {
        return selected;
    }

    /** @param index the row to select and scroll to */
    public void select(int index) {
        if (listing == null || listing.size() == 0) {
            return;
        }
        selected = Math.max(0, Math.min(listing.size() - 1, index));
        int y = (selected / columns()) * CELL_HEIGHT;
        int h = canvas.getClientArea().height;
        if (y < top) {
            scrollTo(y);
        } else if (y + CELL_HEIGHT > top + h) {
            scrollTo(y + CELL_HEIGHT - h);
        }
        canvas.redraw();
    }

    /** @return the first and one past the last row of the visible cells */
    public int[] visibleRows() {
        int size = listing == null ? 0 : listing.size();
        int cols = columns();
        int first = top / CELL_HEIGHT * cols;
        int last = Math.min(size, ((top + canvas.getClientArea().height) / CELL_HEIGHT + 1) * cols);
        return new int[] { Math.min(first, size), last };
    }

    private int columns() {
        return Math.max(1, canvas.getClientArea().width / CELL_WIDTH);
    }

    private void scrollTo(int y) {
        ScrollBar bar = canvas.getVerticalBar();
        top = Math.max(0, Math.min(y, bar.getMaximum() - bar.getThumb()));
        bar.setSelection(top);
        canvas.redraw();
    }

    private void updateScrollBar() {
        int size = listing == null ? 0 : listing.size();
        int rows = (size + columns() - 1) / columns();
        ScrollBar bar = canvas.getVerticalBar();
        int h = Math.max(1, canvas.getClientArea().height);
        bar.setValues(Math.min(top, Math.max(0, rows * CELL_HEIGHT - h)), 0, Math.max(h, rows * CELL_HEIGHT), h, CELL_HEIGHT / 3, h);
        top = bar.getSelection();
    }

    private int indexAt(int x, int y) {
        int col = x / CELL_WIDTH, row = (y + top) / CELL_HEIGHT;
        int i = row * columns() + col;
        return listing != null && col < columns() && i < listing.size() ? i : -1;
    }

    private void key(Event e) {
        int cols = columns(), page = Math.max(1, canvas.getClientArea().height / CELL_HEIGHT) * cols;
        int s = selected;
        boolean move = e.keyCode == SWT.ARROW_RIGHT || e.keyCode == SWT.ARROW_LEFT || e.keyCode == SWT.ARROW_DOWN || e.keyCode == SWT.ARROW_UP
                || e.keyCode == SWT.PAGE_DOWN || e.keyCode == SWT.PAGE_UP;
        if (s < 0 && move) {
            select(0); // the first key selects the first cell
            return;
        }
        switch (e.keyCode) {
        case SWT.ARROW_RIGHT -> select(s + 1);
        case SWT.ARROW_LEFT -> select(s - 1);
        case SWT.ARROW_DOWN -> select(s + cols);
        case SWT.ARROW_UP -> select(s - cols);
        case SWT.PAGE_DOWN -> select(s + page);
        case SWT.PAGE_UP -> select(s - page);
        case SWT.HOME -> select(0);
        case SWT.END -> select(Integer.MAX_VALUE);
        case SWT.CR, SWT.KEYPAD_CR -> {
            if (selected >= 0) {
                open.accept(selected);
            }
        }
        default -> {
            // not ours
        }
        }
    }

    private void paint(GC gc) {
        Rectangle area = canvas.getClientArea();
        gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
        gc.fillRectangle(area);
        if (listing == null) {
            return;
        }
        int cols = columns();
        int[] rows = visibleRows();
        Listing l = listing;
        for (int i = rows[0]; i < rows[1]; i++) {
            int x = (i % cols) * CELL_WIDTH, y = (i / cols) * CELL_HEIGHT - top;
            if (i == selected) {
                gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_LIST_SELECTION));
                gc.fillRectangle(x + 2, y + 2, CELL_WIDTH - 4, CELL_HEIGHT - 4);
            }
            DatasetEntry e = l.peek(i);
            if (e == null) {
                l.entry(i).thenAccept(found -> canvas.getDisplay().asyncExec(() -> {
                    if (!canvas.isDisposed() && l == listing) {
                        canvas.redraw();
                    }
                }));
                continue;
            }
            Image image = thumbnails.apply(e, THUMBNAIL);
            if (image != null) {
                Rectangle b = image.getBounds();
                gc.drawImage(image, x + (CELL_WIDTH - b.width) / 2, y + 8 + (THUMBNAIL - b.height) / 2);
            }
            gc.setForeground(canvas.getDisplay().getSystemColor(i == selected ? SWT.COLOR_LIST_SELECTION_TEXT : SWT.COLOR_LIST_FOREGROUND));
            gc.drawText(e.id() + "  " + e.status().label(), x + 8, y + THUMBNAIL + 12, true);
        }
    }
}
