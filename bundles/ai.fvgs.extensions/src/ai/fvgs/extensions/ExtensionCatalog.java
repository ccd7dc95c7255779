package ai.fvgs.extensions;

import java.time.Duration;
import java.util.List;

/**
 * All installed extensions of every kind, plus extension bundles that failed to resolve or start; an OSGi
 * service. This is what the Extensions view and {@code fvgs extensions list} show.
 */
public interface ExtensionCatalog {

    /** @return every record, sorted by kind, then label, then id */
    List<ExtensionRecord> records();

    /**
     * Waits until every bundle jar in the dropins folder has been installed and has either started or
     * failed, so that {@link #records()} reflects the folder. Useful right after start-up.
     *
     * @param timeout how long to wait at most
     * @return {@code true} if the folder settled in time
     * @throws InterruptedException if interrupted while waiting
     */
    boolean awaitDropins(Duration timeout) throws InterruptedException;

    /** @param listener to be told about every change of any kind from now on */
    void addListener(ExtensionListener listener);

    /** @param listener to be told no more */
    void removeListener(ExtensionListener listener);
}
