package ai.fvgs.dataset.ui.internal;

import org.eclipse.e4.core.contexts.IEclipseContext;

import ai.fvgs.dataset.DatasetStore;
import ai.fvgs.settings.WorkbenchSettings;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;

/**
 * Puts the Dataset perspective's {@link DatasetConnection} into the application context. The store is opened from
 * the workbench settings (the {@code database.url} setting, media under the data directory) in the background,
 * when a Dataset part first asks for a session, never on the display thread and never at workbench start.
 */
public final class DatasetAddon {

    private DatasetConnection connection;

    /**
     * @param context  the application context
     * @param settings the workbench settings
     */
    @PostConstruct
    public void start(IEclipseContext context, WorkbenchSettings settings) {
        connection = new DatasetConnection(() -> DatasetStore.open(settings.databaseUrl(), DatasetStore.defaultMediaRoot(settings.dataDirectory())));
        context.set(DatasetConnection.class, connection);
    }

    /** Closes the store. */
    @PreDestroy
    public void stop() {
        if (connection != null) {
            connection.close();
        }
    }
}
