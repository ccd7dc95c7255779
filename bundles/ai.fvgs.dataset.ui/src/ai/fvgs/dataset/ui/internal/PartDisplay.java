package ai.fvgs.dataset.ui.internal;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;

/**
 * The display side of a dataset part: brings the results of background work onto the display thread while the
 * part's controls live, and shows messages and errors in the part's status line. Made with the part, before its
 * controls exist; nothing runs until {@link #attach(Composite)}.
 */
final class PartDisplay {

    private Display display;
    private Composite root;
    private Label status;

    /** @param root the part's top control, whose disposal ends all later runs */
    void attach(Composite root) {
        this.display = root.getDisplay();
        this.root = root;
    }

    /** @param status the part's status line */
    void status(Label status) {
        this.status = status;
    }

    /**
     * Runs {@code r} on the display thread later, unless the part's controls are gone by then. Callable from any
     * thread; does nothing before {@link #attach(Composite)}.
     *
     * @param r what to run
     */
    void async(Runnable r) {
        if (display != null && !display.isDisposed()) {
            display.asyncExec(() -> {
                if (root != null && !root.isDisposed()) {
                    r.run();
                }
            });
        }
    }

    /** @param text shown in the status line; {@code null} empties it */
    void message(String text) {
        if (status != null && !status.isDisposed()) {
            status.setText(text == null ? "" : text);
        }
    }

    /**
     * Tells the user that something failed: in the status line, and in a dialog with the details (logged too).
     *
     * @param title the dialog's title
     * @param what  what failed, as a sentence without the cause
     * @param error the cause
     */
    void failed(String title, String what, Throwable error) {
        message(what + ": " + DatasetErrors.unwrap(error).getMessage());
        DatasetErrors.show(root.isDisposed() ? null : root.getShell(), title, what, error);
    }
}
