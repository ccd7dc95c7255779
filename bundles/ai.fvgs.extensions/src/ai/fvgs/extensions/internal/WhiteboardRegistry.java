package ai.fvgs.extensions.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;

import ai.fvgs.extensions.ExtensionAction;
import ai.fvgs.extensions.ExtensionEvent;
import ai.fvgs.extensions.ExtensionFailedException;
import ai.fvgs.extensions.ExtensionListener;
import ai.fvgs.extensions.ExtensionRecord;
import ai.fvgs.extensions.ExtensionRegistry;
import ai.fvgs.extensions.ExtensionState;
import ai.fvgs.sdk.Extension;
import ai.fvgs.sdk.ExtensionInfo;
import ai.fvgs.sdk.ExtensionKind;

/**
 * The whiteboard registry behind every kind: subclasses are DS components whose dynamic, multiple
 * references call {@link #add}, {@link #modified} and {@link #remove}.
 * <p>
 * Vendor code (creating the service, {@code info()}) runs outside any lock, so a slow or re-entrant
 * extension cannot stall the registry. Writes to the entry table are serialised on {@code this}; readers
 * see an immutable snapshot published through a volatile field.
 */
abstract class WhiteboardRegistry<T extends Extension> implements ExtensionRegistry<T> {

    /** @param described what the extension said of itself; {@code record} may differ (a duplicate id) */
    private record Entry<T>(ServiceReference<T> reference, T service, ExtensionRecord described, ExtensionRecord record) {
    }

    private record Snapshot<T>(List<ExtensionRecord> records, Map<String, Entry<T>> activeById) {
    }

    private final ExtensionKind kind;
    private final BundleContext context;
    private final ComponentFailures componentFailures;
    private final Map<ServiceReference<T>, Entry<T>> entries = new LinkedHashMap<>();
    /** references unbound while their bind was still describing the extension outside the lock */
    private final Set<ServiceReference<T>> removedDuringAdd = new java.util.HashSet<>();
    private final Set<ServiceReference<T>> adding = new java.util.HashSet<>();
    private final ListenerList listeners = new ListenerList();
    private volatile Snapshot<T> snapshot = new Snapshot<>(List.of(), Map.of());

    WhiteboardRegistry(ExtensionKind kind, BundleContext context, ComponentFailures componentFailures) {
        this.kind = kind;
        this.context = context;
        this.componentFailures = componentFailures;
    }

    @Override
    public ExtensionKind kind() {
        return kind;
    }

    @Override
    public List<ExtensionRecord> records() {
        return snapshot.records();
    }

    @Override
    public List<String> activeIds() {
        return snapshot.activeById().keySet().stream().sorted().toList();
    }

    @Override
    public Optional<ExtensionRecord> record(String id) {
        Entry<T> active = snapshot.activeById().get(id);
        if (active != null) {
            return Optional.of(active.record());
        }
        return snapshot.records().stream().filter(r -> r.id().equals(id)).findFirst();
    }

    @Override
    public <R, X extends Exception> R call(String id, ExtensionAction<? super T, ? extends R, X> action) throws X {
        Entry<T> entry = snapshot.activeById().get(id);
        if (entry == null) {
            String why = record(id).map(r -> " (" + r.failure() + ")").orElse("");
            throw new ExtensionFailedException("no active " + kind.id() + " extension '" + id + "'" + why
                    + "; active: " + String.join(", ", activeIds()), null);
        }
        try {
            return action.apply(entry.service());
        } catch (IllegalArgumentException | CancellationException e) {
            throw e;
        } catch (RuntimeException | LinkageError | StackOverflowError | AssertionError e) {
            String reason = "failed while in use: " + Failures.describe(e);
            markFailed(entry.reference(), reason);
            ExtensionRecord r = entry.record();
            throw new ExtensionFailedException(kind.id() + " '" + r.label() + "' (" + r.id() + ") by " + r.vendor()
                    + " from bundle " + r.bundle() + " " + reason, e);
        }
    }

    @Override
    public void addListener(ExtensionListener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeListener(ExtensionListener listener) {
        listeners.remove(listener);
    }

    void add(ServiceReference<T> reference) {
        synchronized (this) {
            adding.add(reference);
        }
        T service = obtain(reference);
        ExtensionRecord described = describe(reference, service);
        ExtensionEvent event;
        synchronized (this) {
            adding.remove(reference);
            if (removedDuringAdd.remove(reference)) {
                if (service != null) {
                    context.ungetService(reference);
                }
                return;
            }
            Entry<T> entry = new Entry<>(reference, service, described, deduplicate(reference, described));
            entries.put(reference, entry);
            republish();
            event = new ExtensionEvent(entry.record().isActive() ? ExtensionEvent.Type.ADDED : ExtensionEvent.Type.FAILED,
                    entry.record());
        }
        fire(event);
    }

    void modified(ServiceReference<T> reference) {
        Entry<T> current;
        synchronized (this) {
            current = entries.get(reference);
        }
        if (current == null) {
            return;
        }
        ExtensionRecord described = describe(reference, current.service());
        ExtensionEvent event;
        synchronized (this) {
            Entry<T> old = entries.get(reference);
            if (old == null) {
                return;
            }
            Entry<T> entry = new Entry<>(reference, old.service(), described, deduplicate(reference, described));
            entries.put(reference, entry);
            republish();
            event = new ExtensionEvent(ExtensionEvent.Type.UPDATED, entry.record());
        }
        fire(event);
    }

    void remove(ServiceReference<T> reference) {
        List<ExtensionEvent> events = new ArrayList<>();
        synchronized (this) {
            Entry<T> old = entries.remove(reference);
            if (old == null) {
                if (adding.contains(reference)) {
                    removedDuringAdd.add(reference);
                }
                return;
            }
            if (old.service() != null) {
                context.ungetService(reference);
            }
            events.add(new ExtensionEvent(ExtensionEvent.Type.REMOVED, old.record()));
            // a duplicate that lost to the removed extension may now take its place
            for (Entry<T> e : List.copyOf(entries.values())) {
                if (!e.record().isActive() && e.record().failure().startsWith(DUPLICATE)) {
                    Entry<T> again = new Entry<>(e.reference(), e.service(), e.described(),
                            deduplicate(e.reference(), e.described()));
                    entries.put(e.reference(), again);
                    if (again.record().isActive()) {
                        events.add(new ExtensionEvent(ExtensionEvent.Type.ADDED, again.record()));
                    }
                }
            }
            republish();
        }
        events.forEach(this::fire);
    }

    /** Releases every service; called when the registry component deactivates. */
    synchronized void close() {
        for (Entry<T> e : entries.values()) {
            if (e.service() != null) {
                context.ungetService(e.reference());
            }
        }
        entries.clear();
        republish();
    }

    private static final String DUPLICATE = "duplicate id";

    private void markFailed(ServiceReference<T> reference, String reason) {
        ExtensionEvent event;
        synchronized (this) {
            Entry<T> old = entries.get(reference);
            if (old == null || !old.record().isActive()) {
                return;
            }
            Entry<T> entry = new Entry<>(reference, old.service(), old.described(), old.record().failed(reason));
            entries.put(reference, entry);
            republish();
            event = new ExtensionEvent(ExtensionEvent.Type.FAILED, entry.record());
        }
        fire(event);
    }

    private T obtain(ServiceReference<T> reference) {
        try {
            return context.getService(reference);
        } catch (RuntimeException | LinkageError e) {
            return null;
        }
    }

    private ExtensionRecord describe(ServiceReference<T> reference, T service) {
        Bundle bundle = reference.getBundle();
        String bsn = bundle == null ? "?" : bundle.getSymbolicName();
        String bundleVersion = bundle == null ? "" : bundle.getVersion().toString();
        String component = String.valueOf(reference.getProperty("component.name"));
        ExtensionRecord unknown = new ExtensionRecord(kind.id(), component.equals("null")
                ? bsn + "#" + reference.getProperty(Constants.SERVICE_ID) : component, component, "", "", "",
                Set.of(), null, bsn, bundleVersion, ExtensionState.FAILED, "");
        if (service == null) {
            return unknown.failed("the service could not be created: " + componentFailures.reasonFor(reference));
        }
        ExtensionInfo info;
        try {
            info = service.info();
        } catch (RuntimeException | LinkageError | StackOverflowError | AssertionError e) {
            return unknown.failed("info() threw " + Failures.describe(e));
        }
        if (info == null) {
            return unknown.failed("info() returned null");
        }
        return new ExtensionRecord(kind.id(), info.id(), info.label(), info.vendor(), info.version(),
                info.description(), info.capabilities(), info.thumbnail().orElse(null), bsn, bundleVersion,
                ExtensionState.ACTIVE, "");
    }

    /** Fails an extension whose id another active extension already has; call while holding the lock. */
    private ExtensionRecord deduplicate(ServiceReference<T> reference, ExtensionRecord record) {
        if (!record.isActive()) {
            return record;
        }
        for (Entry<T> other : entries.values()) {
            if (other.reference() != reference && other.record().isActive() && other.record().id().equals(record.id())) {
                return record.failed(DUPLICATE + ": '" + record.id() + "' is already provided by bundle "
                        + other.record().bundle() + " " + other.record().bundleVersion());
            }
        }
        return record;
    }

    private void republish() {
        List<ExtensionRecord> records = new ArrayList<>();
        Map<String, Entry<T>> active = new HashMap<>();
        for (Entry<T> e : entries.values()) {
            records.add(e.record());
            if (e.record().isActive()) {
                active.put(e.record().id(), e);
            }
        }
        records.sort(Comparator.comparing(ExtensionRecord::label, String.CASE_INSENSITIVE_ORDER).thenComparing(ExtensionRecord::id));
        snapshot = new Snapshot<>(List.copyOf(records), Map.copyOf(active));
    }

    private void fire(ExtensionEvent event) {
        listeners.fire(event);
    }
}
