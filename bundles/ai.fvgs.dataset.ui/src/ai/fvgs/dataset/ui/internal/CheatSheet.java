package ai.fvgs.dataset.ui.internal;

import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

/** The labelling shortcuts, in a dialog (Help &gt; Labelling Shortcuts, or {@code ?} on the image); the same list as docs/labelling.md. */
public final class CheatSheet extends Dialog {

    /**
     * A shortcut.
     *
     * @param keys   the keys
     * @param action what they do
     */
    public record Shortcut(String keys, String action) {
    }

    /** Every shortcut of the Dataset perspective. */
    public static final List<Shortcut> SHORTCUTS = List.of(
            new Shortcut("V", "Select/move tool: click a shape, drag to move it"),
            new Shortcut("B", "Box tool: drag a box"),
            new Shortcut("P", "Polygon tool: click the corners, Enter or double-click closes"),
            new Shortcut("K", "Keypoints tool: click the skeleton's points in order (Shift-click: occluded, N: skip, Enter: end)"),
            new Shortcut("C", "Search the categories (Enter picks; relabels the selected shape)"),
            new Shortcut("A", "Search the attributes and tags (Enter sets or clears)"),
            new Shortcut("Del", "Delete the selected shape"),
            new Shortcut("Esc", "Drop the shape being drawn, clear the selection"),
            new Shortcut("Ctrl+Z", "Undo the last edit of the entry"),
            new Shortcut("Ctrl+S", "Save the entry's annotations"),
            new Shortcut("Ctrl+Enter", "Submit the entry for review and take the next one"),
            new Shortcut("Alt+Right or J", "Next entry (saves first); at the end of the list, the next of your queue"),
            new Shortcut("Alt+Left or H", "Previous entry (saves first)"),
            new Shortcut("Mouse wheel, + and -", "Zoom about the pointer / the centre"),
            new Shortcut("0 or F", "Fit the image"),
            new Shortcut("Middle drag, or Space+drag", "Pan"),
            new Shortcut(", and .", "Video: previous / next frame (< and > step 10)"),
            new Shortcut("Space", "Video: play / pause at the video's frame rate"),
            new Shortcut("[ and ]", "Video: previous / next keyframe of the selected track"),
            new Shortcut("I", "Video: set a keyframe of the selected track at this frame (moving its shape sets one too)"),
            new Shortcut("Shift+I", "Video: delete the selected track's keyframe at this frame"),
            new Shortcut("?", "This list"),
            new Shortcut("A or Ctrl+Shift+A", "Review: accept the entry and open the next one"),
            new Shortcut("R or Ctrl+Shift+R", "Review: reject the entry (needs a review comment)"),
            new Shortcut("J or Ctrl+Shift+N", "Review: next submitted entry (H: previous)"),
            new Shortcut("F5", "Statistics: read the figures again"));

    private CheatSheet(Shell parent) {
        super(parent);
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    /** @param parent the parent shell */
    public static void open(Shell parent) {
        new CheatSheet(parent).open();
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Labelling Shortcuts");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        Table table = new Table(area, SWT.BORDER | SWT.FULL_SELECTION);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        GridData gd = new GridData(SWT.FILL, SWT.FILL, true, true);
        gd.heightHint = 420;
        gd.widthHint = 640;
        table.setLayoutData(gd);
        TableColumn keys = new TableColumn(table, SWT.LEFT);
        keys.setText("Keys");
        TableColumn action = new TableColumn(table, SWT.LEFT);
        action.setText("Action");
        for (Shortcut s : SHORTCUTS) {
            TableItem item = new TableItem(table, SWT.NONE);
            item.setText(new String[] { s.keys(), s.action() });
        }
        keys.pack();
        action.pack();
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
    }
}
