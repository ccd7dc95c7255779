package ai.fvgs.ui.internal.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.jface.preference.PreferenceManager;
import org.eclipse.jface.preference.PreferenceNode;
import org.eclipse.swt.widgets.Shell;

import ai.fvgs.settings.WorkbenchSettings;
import jakarta.inject.Named;

/** File &gt; Preferences: the data directory and the database. */
public final class PreferencesHandler {

    /**
     * @param shell    the active shell
     * @param settings where preferences are stored
     */
    @Execute
    public void execute(@Named(org.eclipse.e4.ui.services.IServiceConstants.ACTIVE_SHELL) Shell shell, WorkbenchSettings settings) {
        PreferenceManager manager = new PreferenceManager();
        manager.addToRoot(new PreferenceNode("ai.fvgs.ui.preferences.data", new DataPreferencePage(settings)));
        PreferenceDialog dialog = new PreferenceDialog(shell, manager);
        dialog.create();
        dialog.getShell().setText("Preferences");
        dialog.open();
    }
}
