package ai.fvgs.extensions.internal;

import java.io.IOException;
import java.net.URI;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.BundleException;
import org.osgi.framework.BundleListener;
import org.osgi.framework.Constants;
import org.osgi.framework.startlevel.BundleStartLevel;
import org.osgi.framework.wiring.BundleRevision;

import ai.fvgs.extensions.ExtensionEvent;
import ai.fvgs.extensions.ExtensionRecord;
import ai.fvgs.extensions.ExtensionState;

/**
 * Notices extension bundles that never get as far as registering a service: they fail to resolve (a
 * missing package) or to start (an activator throws). Such a bundle is listed as failed with the
 * framework's reason until it is fixed, updated or removed.
 * <p>
 * An extension bundle is one that declares the manifest header {@value #HEADER} or lies in the dropins
 * folder. Checks run on one background thread, shortly after bundle events settle.
 */
final class ExtensionBundleMonitor implements BundleListener {

    /** Manifest header naming the extension kinds a bundle provides, e.g. {@code garment-style, background}. */
    static final String HEADER = "Fvgs-Extension";

    private static final long SETTLE_MILLIS = 150;
    private static final long RECHECK_MILLIS = 1000;
    private static final int MAX_RECHECKS = 5;

    private final BundleContext context;
    private final Path dropins;
    private final Consumer<ExtensionEvent> events;
    private final Map<Long, ExtensionRecord> failures = new ConcurrentHashMap<>();
    /** jars in the dropins folder that are not bundles at all, so the framework never sees them */
    private final Map<Path, ExtensionRecord> notBundles = new ConcurrentHashMap<>();
    private DropinsWatcher watcher;
    /** bundle id to last-modified time of the revision whose start was already diagnosed */
    private final Map<Long, Long> diagnosed = new ConcurrentHashMap<>();
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "fvgs-extension-bundle-monitor");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, Integer> rechecks = new ConcurrentHashMap<>();
    private volatile ScheduledFuture<?> pending;

    ExtensionBundleMonitor(BundleContext context, Path dropins, Consumer<ExtensionEvent> events) {
        this.context = context;
        this.dropins = dropins;
        this.events = events;
    }

    void open() {
        context.addBundleListener(this);
        if (dropins != null) {
            watcher = DropinsWatcher.start(dropins, this::schedule);
        }
        schedule();
    }

    void close() {
        context.removeBundleListener(this);
        if (watcher != null) {
            watcher.close();
        }
        executor.shutdownNow();
    }

    List<ExtensionRecord> failures() {
        List<ExtensionRecord> all = new ArrayList<>(failures.values());
        all.addAll(notBundles.values());
        return all;
    }

    Path dropins() {
        return dropins;
    }

    @Override
    public void bundleChanged(BundleEvent event) {
        if (event.getType() == BundleEvent.UNINSTALLED) {
            diagnosed.remove(event.getBundle().getBundleId());
        }
        schedule();
    }

    private synchronized void schedule() {
        if (pending != null) {
            pending.cancel(false);
        }
        if (!executor.isShutdown()) {
            pending = executor.schedule(this::check, SETTLE_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    /**
     * @return {@code true} when no check is pending and every jar in the dropins folder belongs to a bundle
     *         that is active or known to have failed
     */
    boolean settled() {
        ScheduledFuture<?> p = pending;
        if (p != null && !p.isDone()) {
            return false;
        }
        if (dropins == null || !Files.isDirectory(dropins)) {
            return true;
        }
        List<Path> jars = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dropins, "*.jar")) {
            stream.forEach(jars::add);
        } catch (IOException e) {
            return true;
        }
        for (Path jar : jars) {
            Bundle bundle = bundleAt(jar);
            if (bundle == null ? !notBundles.containsKey(jar.toAbsolutePath().normalize())
                    : !(isRunning(bundle) || failures.containsKey(bundle.getBundleId()))) {
                return false;
            }
        }
        return true;
    }

    /** Lists jars in the dropins folder that have no bundle because they are not bundles. */
    private void checkNotBundles() {
        java.util.Set<Path> seen = new java.util.HashSet<>();
        if (dropins != null && Files.isDirectory(dropins)) {
            try (DirectoryStream<Path> stream = Files.newDirectoryStream(dropins, "*.jar")) {
                for (Path jar : stream) {
                    Path key = jar.toAbsolutePath().normalize();
                    seen.add(key);
                    String problem = bundleAt(jar) == null ? JarCheck.whyNotABundle(jar) : null;
                    if (problem == null) {
                        ExtensionRecord old = notBundles.remove(key);
                        if (old != null) {
                            events.accept(new ExtensionEvent(ExtensionEvent.Type.REMOVED, old));
                        }
                    } else if (!notBundles.containsKey(key)) {
                        String name = key.getFileName().toString();
                        ExtensionRecord record = new ExtensionRecord(ExtensionRecord.BUNDLE_KIND, name, name, "", "", "",
                                Set.of(), null, name, "", ExtensionState.FAILED, problem);
                        notBundles.put(key, record);
                        events.accept(new ExtensionEvent(ExtensionEvent.Type.FAILED, record));
                    }
                }
            } catch (IOException e) {
                // the folder went away; the entries below are cleared
            }
        }
        for (Path key : List.copyOf(notBundles.keySet())) {
            if (!seen.contains(key)) {
                events.accept(new ExtensionEvent(ExtensionEvent.Type.REMOVED, notBundles.remove(key)));
            }
        }
    }

    private Bundle bundleAt(Path jar) {
        Path wanted = jar.toAbsolutePath().normalize();
        for (Bundle b : context.getBundles()) {
            Path p = locationPath(b);
            if (wanted.equals(p)) {
                return b;
            }
        }
        return null;
    }

    private static Path locationPath(Bundle b) {
        String location = b.getLocation();
        int file = location.indexOf("file:");
        if (file < 0) {
            return null;
        }
        try {
            return Path.of(URI.create(location.substring(file).replace(" ", "%20"))).toAbsolutePath().normalize();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private boolean isExtensionBundle(Bundle b) {
        if (b.getHeaders("").get(HEADER) != null) {
            return true;
        }
        Path p = locationPath(b);
        return dropins != null && p != null && p.startsWith(dropins);
    }

    private static boolean isRunning(Bundle b) {
        return b.getState() == Bundle.ACTIVE || b.getState() == Bundle.STARTING || isFragment(b);
    }

    private static boolean isFragment(Bundle b) {
        BundleRevision revision = b.adapt(BundleRevision.class);
        return revision != null && (revision.getTypes() & BundleRevision.TYPE_FRAGMENT) != 0;
    }

    private void check() {
        Set<Long> present = new java.util.HashSet<>();
        for (Bundle b : context.getBundles()) {
            if (b.getState() == Bundle.UNINSTALLED || !isExtensionBundle(b)) {
                continue;
            }
            present.add(b.getBundleId());
            if (isRunning(b)) {
                clear(b.getBundleId());
            } else {
                diagnose(b);
            }
        }
        for (Long id : List.copyOf(failures.keySet())) {
            if (!present.contains(id)) {
                clear(id);
            }
        }
        checkNotBundles();
    }

    private void diagnose(Bundle b) {
        BundleStartLevel startLevel = b.adapt(BundleStartLevel.class);
        if (startLevel != null && !startLevel.isPersistentlyStarted()) {
            // nobody asked for it to start (yet): the installer may be about to, or someone stopped it on purpose
            recheckLater(b);
            return;
        }
        Long last = diagnosed.put(b.getBundleId(), b.getLastModified());
        if (last != null && last == b.getLastModified() && failures.containsKey(b.getBundleId())) {
            return;
        }
        try {
            // The bundle was asked to start and is not running: starting it again, transiently and with its
            // declared activation policy, is what the dropins installer retries anyway, and yields the reason.
            b.start(Bundle.START_TRANSIENT | (startLevel != null && startLevel.isActivationPolicyUsed()
                    ? Bundle.START_ACTIVATION_POLICY : 0));
            clear(b.getBundleId());
        } catch (BundleException | IllegalStateException | SecurityException e) {
            fail(b, Failures.describe(e).replaceAll("\\s+", " ").strip());
        }
    }

    /** Looks again a few times, in case the installer starts the bundle without a further bundle event. */
    private void recheckLater(Bundle b) {
        int n = rechecks.merge(b.getBundleId() + "@" + b.getLastModified(), 1, Integer::sum);
        if (n <= MAX_RECHECKS && !executor.isShutdown()) {
            executor.schedule(this::check, RECHECK_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    private void fail(Bundle b, String reason) {
        Map<String, String> headers = mapHeaders(b);
        String kinds = headers.get(HEADER);
        String kind = kinds == null || kinds.isBlank() ? ExtensionRecord.BUNDLE_KIND : kinds.split(",")[0].strip();
        String bsn = b.getSymbolicName() == null ? b.getLocation() : b.getSymbolicName();
        ExtensionRecord record = new ExtensionRecord(kind, bsn, headers.getOrDefault(Constants.BUNDLE_NAME, bsn),
                headers.getOrDefault(Constants.BUNDLE_VENDOR, ""), b.getVersion().toString(),
                headers.getOrDefault(Constants.BUNDLE_DESCRIPTION, ""), Set.of(), null, bsn, b.getVersion().toString(),
                ExtensionState.FAILED, reason);
        ExtensionRecord old = failures.put(b.getBundleId(), record);
        if (!record.equals(old)) {
            events.accept(new ExtensionEvent(ExtensionEvent.Type.FAILED, record));
        }
    }

    private void clear(long bundleId) {
        ExtensionRecord old = failures.remove(bundleId);
        if (old != null) {
            events.accept(new ExtensionEvent(ExtensionEvent.Type.REMOVED, old));
        }
    }

    private static Map<String, String> mapHeaders(Bundle b) {
        Map<String, String> map = new java.util.HashMap<>();
        var headers = b.getHeaders("");
        for (var keys = headers.keys(); keys.hasMoreElements();) {
            String key = keys.nextElement();
            map.put(key, headers.get(key));
        }
        return map;
    }
}
