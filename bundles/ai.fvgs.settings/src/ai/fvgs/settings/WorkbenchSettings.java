package ai.fvgs.settings;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * The user's settings; an OSGi service.
 * <p>
 * Settings live in a properties file ({@link #settingsFile()}), by default
 * {@code $XDG_CONFIG_HOME/fvgs/settings.properties}. The launch script reads the same file, so a data
 * directory chosen in the preferences also moves the dropins folder at the next start. A value given on the
 * command line ({@code --data-dir}, {@code --dropins}) wins over the file for that run.
 */
public interface WorkbenchSettings {

    /** Settings key of the data directory. */
    String DATA_DIR = "data.dir";
    /** Settings key of the JDBC URL of the database. */
    String DATABASE_URL = "database.url";

    /** @return the folder for the database, media, renders and models; created if missing */
    Path dataDirectory();

    /** @return the folder watched for vendor extension bundles */
    Path dropinsDirectory();

    /** @return the JDBC URL of the database; by default an embedded H2 file in the data directory */
    String databaseUrl();

    /** @return the properties file the settings are stored in */
    Path settingsFile();

    /**
     * @param key a settings key
     * @return the value stored in the settings file, or {@code null}
     */
    String stored(String key);

    /**
     * Stores values in the settings file, atomically (a temporary file renamed over the old one).
     * A {@code null} or empty value removes the key, so the default applies again.
     *
     * @param changes keys and values to store; keys are {@link #DATA_DIR} and {@link #DATABASE_URL}
     * @throws IOException              if the file cannot be written; the old file is then unchanged
     * @throws IllegalArgumentException naming the key or value that is not allowed
     */
    void store(Map<String, String> changes) throws IOException;
}
