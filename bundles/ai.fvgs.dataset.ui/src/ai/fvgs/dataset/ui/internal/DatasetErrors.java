package ai.fvgs.dataset.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.MultiStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.swt.widgets.Shell;

/**
 * Shows what went wrong in a dialog with details (the chain of causes) and logs it, as the Studio does; never only
 * a stack trace on the console.
 */
public final class DatasetErrors {

    /** Plug-in id of the statuses. */
    public static final String PLUGIN_ID = "ai.fvgs.dataset.ui";

    private DatasetErrors() {
    }

    /**
     * @param error a failure, possibly wrapped by a future
     * @return the failure without the future's wrappers
     */
    public static Throwable unwrap(Throwable error) {
        Throwable t = error;
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    /**
     * @param error why something could not be done
     * @return a status whose message is the first line of the error's message and whose children are each cause's message
     */
    public static MultiStatus status(Throwable error) {
        Throwable e = unwrap(error);
        List<IStatus> children = new ArrayList<>();
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            children.add(new Status(IStatus.ERROR, PLUGIN_ID, t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage()));
        }
        String summary = e.getMessage() == null ? e.toString() : e.getMessage().lines().findFirst().orElse("");
        return new MultiStatus(PLUGIN_ID, IStatus.ERROR, children.toArray(IStatus[]::new), summary, null);
    }

    /**
     * Logs the error and shows it in a dialog.
     *
     * @param shell   parent of the dialog; null only logs
     * @param title   the dialog title, e.g. {@code Save Annotations}
     * @param message what could not be done
     * @param error   why
     */
    public static void show(Shell shell, String title, String message, Throwable error) {
        MultiStatus status = status(error);
        ILog.of(DatasetErrors.class).log(new MultiStatus(PLUGIN_ID, IStatus.ERROR, status.getChildren(), title + ": " + message + " "
                + status.getMessage(), unwrap(error)));
        if (shell != null && !shell.isDisposed()) {
            ErrorDialog.openError(shell, title, message, status);
        }
    }
}
