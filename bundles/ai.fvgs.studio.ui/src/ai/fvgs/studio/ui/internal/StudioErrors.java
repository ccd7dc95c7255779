package ai.fvgs.studio.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.MultiStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.swt.widgets.Shell;

import ai.fvgs.production.ProductionException;
import ai.fvgs.scene.SceneException;

/**
 * Shows what went wrong in a dialog with details (an {@link ErrorDialog} over a {@link MultiStatus}: one line
 * per problem of a scene file, then the chain of causes) and logs it; never only a stack trace on the console.
 */
public final class StudioErrors {

    /** Plug-in id of the statuses. */
    public static final String PLUGIN_ID = "ai.fvgs.studio.ui";

    private StudioErrors() {
    }

    /**
     * @param error why something could not be done
     * @return a status whose message is the first line of the error's message (the dialog's "Reason") and
     *         whose children (the dialog's details) are the problems of a {@link SceneException} or a
     *         {@link ProductionException} (a scene naming a garment or background that is not installed) and each cause's
     *         message
     */
    public static MultiStatus status(Throwable error) {
        List<IStatus> children = new ArrayList<>();
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SceneException s) {
                for (String p : s.problems()) {
                    children.add(new Status(IStatus.ERROR, PLUGIN_ID, p));
                }
            } else if (t instanceof ProductionException s) {
                for (String p : s.problems()) {
                    children.add(new Status(IStatus.ERROR, PLUGIN_ID, p));
                }
            } else {
                String text = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
                children.add(new Status(IStatus.ERROR, PLUGIN_ID, text));
            }
        }
        String summary = error.getMessage() == null ? error.toString() : error.getMessage().lines().findFirst().orElse("");
        // no exception attached: the dialog's details would repeat its message; the log gets the stack trace
        return new MultiStatus(PLUGIN_ID, IStatus.ERROR, children.toArray(IStatus[]::new), summary, null);
    }

    /**
     * Logs the error (to the workbench's log, {@code <data dir>/workspace/.metadata/.log}) and shows it in a dialog.
     *
     * @param shell   parent of the dialog; null only logs
     * @param title   the dialog title, e.g. {@code Save Scene}
     * @param message what could not be done
     * @param error   why
     */
    public static void show(Shell shell, String title, String message, Throwable error) {
        MultiStatus status = status(error);
        ILog.of(StudioErrors.class).log(new MultiStatus(PLUGIN_ID, IStatus.ERROR, status.getChildren(), title + ": " + message + " "
                + status.getMessage(), error));
        if (shell != null && !shell.isDisposed()) {
            ErrorDialog.openError(shell, title, message, status);
        }
    }
}
