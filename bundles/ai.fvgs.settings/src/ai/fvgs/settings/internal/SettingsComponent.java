package ai.fvgs.settings.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

import ai.fvgs.settings.WorkbenchSettings;

/**
 * Resolves settings in this order: a framework property set by the launch script for this run, then the
 * settings file, then the default.
 */
@Component(service = WorkbenchSettings.class)
public final class SettingsComponent implements WorkbenchSettings {

    /** Framework property: data directory for this run (from {@code --data-dir} or {@code FVGS_DATA_DIR}). */
    public static final String DATA_DIR_PROPERTY = "fvgs.data.dir";
    /** Framework property: the settings file. */
    public static final String SETTINGS_PROPERTY = "fvgs.settings";
    /** Framework property of Felix FileInstall: the dropins folder. */
    public static final String DROPINS_PROPERTY = "felix.fileinstall.dir";

    private final BundleContext context;
    private final SettingsFile file;

    /** @param context gives the framework properties the launch script set */
    @Activate
    public SettingsComponent(BundleContext context) {
        this.context = context;
        String explicit = context.getProperty(SETTINGS_PROPERTY);
        this.file = new SettingsFile(explicit != null ? Path.of(explicit) : defaultSettingsFile());
    }

    static Path defaultSettingsFile() {
        String xdg = System.getenv("XDG_CONFIG_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".config");
        return base.resolve("fvgs").resolve("settings.properties");
    }

    @Override
    public Path dataDirectory() {
        String value = context.getProperty(DATA_DIR_PROPERTY);
        if (value == null || value.isBlank()) {
            value = file.load().getProperty(DATA_DIR);
        }
        Path dir = value == null || value.isBlank() ? Path.of(System.getProperty("user.home"), ".fvgs") : Path.of(value);
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("data directory " + dir + " cannot be created: " + e.getMessage(), e);
        }
        return dir.toAbsolutePath().normalize();
    }

    @Override
    public Path dropinsDirectory() {
        String value = context.getProperty(DROPINS_PROPERTY);
        return value == null || value.isBlank() ? dataDirectory().resolve("dropins") : Path.of(value).toAbsolutePath().normalize();
    }

    @Override
    public String databaseUrl() {
        String value = file.load().getProperty(DATABASE_URL);
        return value == null || value.isBlank() ? "jdbc:h2:file:" + dataDirectory().resolve("dataset").resolve("fvgs") : value;
    }

    @Override
    public Path settingsFile() {
        return file.path();
    }

    @Override
    public String stored(String key) {
        return file.load().getProperty(key);
    }

    @Override
    public void store(Map<String, String> changes) throws IOException {
        String url = changes.get(DATABASE_URL);
        if (url != null && !url.isBlank() && !url.startsWith("jdbc:")) {
            throw new IllegalArgumentException("database URL '" + url + "' is not allowed: it must start with jdbc:, e.g. "
                    + "jdbc:postgresql://127.0.0.1:5432/test or jdbc:h2:file:/path/to/db");
        }
        file.store(changes);
    }
}
