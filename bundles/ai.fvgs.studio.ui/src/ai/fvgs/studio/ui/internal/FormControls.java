package ai.fvgs.studio.ui.internal;

import java.util.function.Function;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;

/** The controls the Studio's parts and dialogs build their forms from, made the same way everywhere. */
final class FormControls {

    private FormControls() {
    }

    /**
     * @param parent  a composite with a grid layout
     * @param text    the group's title
     * @param columns the group's grid columns
     * @return a titled group that fills its parent's width
     */
    static Group group(Composite parent, String text, int columns) {
        Group g = new Group(parent, SWT.NONE);
        g.setText(text);
        GridLayoutFactory.swtDefaults().numColumns(columns).applyTo(g);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(g);
        return g;
    }

    /**
     * @param parent the composite
     * @param text   the label's text
     */
    static void label(Composite parent, String text) {
        new Label(parent, SWT.NONE).setText(text);
    }

    /**
     * @param parent a composite with a grid layout
     * @param text   the button's text
     * @param tip    its tool tip
     * @param action what pressing it does
     * @return a push button filling its grid cell
     */
    static Button button(Composite parent, String text, String tip, Runnable action) {
        Button b = new Button(parent, SWT.PUSH);
        b.setText(text);
        b.setToolTipText(tip);
        GridDataFactory.fillDefaults().applyTo(b);
        b.addListener(SWT.Selection, e -> action.run());
        return b;
    }

    /** As {@link #column(TableViewer, Class, String, int, Function, Function)}, without images. */
    static <T> void column(TableViewer viewer, Class<T> type, String title, int width, Function<? super T, String> text) {
        column(viewer, type, title, width, text, null);
    }

    /**
     * Adds a column to a table viewer whose elements are of one type.
     *
     * @param <T>    the elements' type
     * @param viewer the viewer
     * @param type   the elements' type
     * @param title  the column's header
     * @param width  its width in pixels
     * @param text   an element's text in the column
     * @param image  an element's image in the column, or null for none
     */
    static <T> void column(TableViewer viewer, Class<T> type, String title, int width, Function<? super T, String> text,
            Function<? super T, Image> image) {
        TableViewerColumn c = new TableViewerColumn(viewer, SWT.NONE);
        c.getColumn().setText(title);
        c.getColumn().setWidth(width);
        c.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply(type.cast(element));
            }

            @Override
            public Image getImage(Object element) {
                return image == null ? null : image.apply(type.cast(element));
            }
        });
    }
}
