package ai.fvgs.extensions.internal;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

import ai.fvgs.extensions.BackgroundRegistry;
import ai.fvgs.extensions.ExtensionCatalog;
import ai.fvgs.extensions.ExtensionListener;
import ai.fvgs.extensions.ExtensionRecord;
import ai.fvgs.extensions.ExtensionRegistry;
import ai.fvgs.extensions.GarmentStyleRegistry;
import ai.fvgs.extensions.InferenceBackendRegistry;
import ai.fvgs.extensions.TaxonomyRegistry;

/** Merges the registries of every kind with the failed-bundle monitor. */
@Component(service = ExtensionCatalog.class, immediate = true)
public final class ExtensionCatalogComponent implements ExtensionCatalog {

    /** Framework property that names the dropins folder (read by Felix FileInstall too). */
    public static final String DROPINS_PROPERTY = "felix.fileinstall.dir";

    private static final Comparator<ExtensionRecord> ORDER = Comparator.comparing(ExtensionRecord::kind)
            .thenComparing(ExtensionRecord::label, String.CASE_INSENSITIVE_ORDER).thenComparing(ExtensionRecord::id);

    private final List<ExtensionRegistry<?>> registries;
    private final ListenerList listeners = new ListenerList();
    private final ExtensionListener relay = listeners::fire;
    private final ExtensionBundleMonitor monitor;

    /**
     * @param context    this bundle's context
     * @param garments   the garment style registry
     * @param background the background registry
     * @param inference  the inference backend registry
     * @param taxonomies the taxonomy provider registry
     */
    @Activate
    public ExtensionCatalogComponent(BundleContext context, @Reference GarmentStyleRegistry garments,
            @Reference BackgroundRegistry background, @Reference InferenceBackendRegistry inference,
            @Reference TaxonomyRegistry taxonomies) {
        this.registries = List.of(garments, background, inference, taxonomies);
        String dropins = context.getProperty(DROPINS_PROPERTY);
        this.monitor = new ExtensionBundleMonitor(context,
                dropins == null ? null : Path.of(dropins).toAbsolutePath().normalize(), listeners::fire);
        registries.forEach(r -> r.addListener(relay));
        monitor.open();
    }

    @Deactivate
    void deactivate() {
        registries.forEach(r -> r.removeListener(relay));
        monitor.close();
    }

    @Override
    public List<ExtensionRecord> records() {
        List<ExtensionRecord> all = new ArrayList<>(monitor.failures());
        registries.forEach(r -> all.addAll(r.records()));
        all.sort(ORDER);
        return List.copyOf(all);
    }

    @Override
    public boolean awaitDropins(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!monitor.settled()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(25);
        }
        return true;
    }

    @Override
    public void addListener(ExtensionListener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeListener(ExtensionListener listener) {
        listeners.remove(listener);
    }
}
