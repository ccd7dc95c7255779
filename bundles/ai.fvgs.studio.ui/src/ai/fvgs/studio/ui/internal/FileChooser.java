package ai.fvgs.studio.ui.internal;

import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;

/** Asks the user for a file. {@link #DIALOG} uses the native file dialog. */
@FunctionalInterface
public interface FileChooser {

    /** The native file dialog, for JSON files. */
    FileChooser DIALOG = (shell, save, title, suggestedName) -> {
        FileDialog dialog = new FileDialog(shell, save ? SWT.SAVE : SWT.OPEN);
        dialog.setText(title);
        dialog.setFilterExtensions(new String[] { "*.json", "*" });
        dialog.setFilterNames(new String[] { "JSON files (*.json)", "All files" });
        dialog.setOverwrite(save);
        if (suggestedName != null) {
            dialog.setFileName(suggestedName);
        }
        String chosen = dialog.open();
        return chosen == null ? null : Path.of(chosen);
    };

    /**
     * @param shell         parent
     * @param save          true to pick a file to write, false one to read
     * @param title         the dialog's title
     * @param suggestedName a file name to start with, or null
     * @return the file, or null if the user cancelled
     */
    Path choose(Shell shell, boolean save, String title, String suggestedName);
}
