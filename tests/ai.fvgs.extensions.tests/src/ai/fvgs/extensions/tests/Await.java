package ai.fvgs.extensions.tests;

import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;

import ai.fvgs.extensions.ExtensionCatalog;
import ai.fvgs.extensions.ExtensionListener;
import ai.fvgs.extensions.ExtensionRecord;

/**
 * Waits for the catalog to reach a state, woken by its change events (no polling), and fails with what
 * the catalog shows when the time is up.
 */
public final class Await {

    private Await() {
    }

    /**
     * @return milliseconds it took
     */
    public static long until(ExtensionCatalog catalog, String what, Predicate<List<ExtensionRecord>> condition, Duration timeout)
            throws InterruptedException {
        Object lock = new Object();
        ExtensionListener wake = e -> {
            synchronized (lock) {
                lock.notifyAll();
            }
        };
        long start = System.nanoTime();
        long deadline = start + timeout.toNanos();
        catalog.addListener(wake);
        try {
            synchronized (lock) {
                while (!condition.test(catalog.records())) {
                    long left = deadline - System.nanoTime();
                    if (left <= 0) {
                        throw new AssertionError("timed out after " + timeout.toMillis() + " ms waiting for " + what
                                + "; the catalog shows:\n" + describe(catalog.records()));
                    }
                    lock.wait(Math.max(1, left / 1_000_000));
                }
            }
        } finally {
            catalog.removeListener(wake);
        }
        return (System.nanoTime() - start) / 1_000_000;
    }

    public static String describe(List<ExtensionRecord> records) {
        StringBuilder b = new StringBuilder();
        for (ExtensionRecord r : records) {
            b.append("  ").append(r.kind()).append(' ').append(r.id()).append(' ').append(r.version()).append(' ')
                    .append(r.bundle()).append(' ').append(r.state().id()).append(r.failure().isEmpty() ? "" : " (" + r.failure() + ")")
                    .append('\n');
        }
        return b.toString();
    }

    public static boolean hasActive(List<ExtensionRecord> records, String id) {
        return records.stream().anyMatch(r -> r.id().equals(id) && r.isActive());
    }

    public static boolean hasFailed(List<ExtensionRecord> records, String id, String reasonPart) {
        return records.stream().anyMatch(r -> r.id().equals(id) && !r.isActive() && r.failure().contains(reasonPart));
    }

    public static boolean absent(List<ExtensionRecord> records, String id) {
        return records.stream().noneMatch(r -> r.id().equals(id));
    }
}
