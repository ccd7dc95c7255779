package ai.fvgs.ui.internal.handlers;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.MultiStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.preference.DirectoryFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.PreferenceStore;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Label;

import ai.fvgs.settings.WorkbenchSettings;

/**
 * Preference page for where the workbench keeps its data and which database it uses. Values are written
 * to the settings file that the launch script and the command line read as well.
 */
final class DataPreferencePage extends FieldEditorPreferencePage {

    private final WorkbenchSettings settings;

    DataPreferencePage(WorkbenchSettings settings) {
        super("Data", GRID);
        this.settings = settings;
        PreferenceStore store = new PreferenceStore();
        store.setDefault(WorkbenchSettings.DATA_DIR, "");
        store.setDefault(WorkbenchSettings.DATABASE_URL, "");
        put(store, WorkbenchSettings.DATA_DIR);
        put(store, WorkbenchSettings.DATABASE_URL);
        setPreferenceStore(store);
        setDescription("Stored in " + settings.settingsFile() + ".\nIn use now: data directory " + settings.dataDirectory()
                + ", dropins " + settings.dropinsDirectory() + ".");
    }

    private void put(PreferenceStore store, String key) {
        String value = settings.stored(key);
        if (value != null) {
            store.setValue(key, value);
        }
    }

    @Override
    protected void createFieldEditors() {
        addField(new DirectoryFieldEditor(WorkbenchSettings.DATA_DIR, "&Data directory:", getFieldEditorParent()));
        Label note = new Label(getFieldEditorParent(), SWT.WRAP);
        note.setText("Empty means ~/.fvgs. Takes effect at the next start; --data-dir and the FVGS_DATA_DIR variable override it.");
        note.setLayoutData(new org.eclipse.swt.layout.GridData(SWT.FILL, SWT.TOP, true, false, 3, 1));
        StringFieldEditor url = new StringFieldEditor(WorkbenchSettings.DATABASE_URL, "Data&base URL:", getFieldEditorParent());
        url.setEmptyStringAllowed(true);
        addField(url);
        Label dbNote = new Label(getFieldEditorParent(), SWT.WRAP);
        dbNote.setText("Empty means an embedded H2 database in the data directory. For a team database use e.g. "
                + "jdbc:postgresql://127.0.0.1:5432/test");
        dbNote.setLayoutData(new org.eclipse.swt.layout.GridData(SWT.FILL, SWT.TOP, true, false, 3, 1));
    }

    @Override
    public boolean performOk() {
        if (!super.performOk()) {
            return false;
        }
        Map<String, String> changes = new LinkedHashMap<>();
        changes.put(WorkbenchSettings.DATA_DIR, getPreferenceStore().getString(WorkbenchSettings.DATA_DIR));
        changes.put(WorkbenchSettings.DATABASE_URL, getPreferenceStore().getString(WorkbenchSettings.DATABASE_URL));
        try {
            settings.store(changes);
            return true;
        } catch (IllegalArgumentException e) {
            setErrorMessage(e.getMessage());
            return false;
        } catch (IOException e) {
            MultiStatus status = new MultiStatus("ai.fvgs.ui", IStatus.ERROR,
                    new IStatus[] { Status.error(e.toString(), e) }, "The settings could not be saved to " + settings.settingsFile(), e);
            System.getLogger(DataPreferencePage.class.getName()).log(System.Logger.Level.ERROR, "saving settings failed", e);
            ErrorDialog.openError(getShell(), "Preferences", "Nothing was changed.", status);
            return false;
        }
    }
}
