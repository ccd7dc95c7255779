package ai.fvgs.render.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs numbered units of work on a fixed number of threads, the caller being one of them. Which thread runs
 * which unit depends on timing; callers make each unit's result independent of that, which is what keeps
 * frames identical for any thread count. Each thread has a slot number for its scratch memory.
 */
final class WorkerPool implements AutoCloseable {

    /** One unit of work. */
    interface Task {
        /**
         * @param unit the unit's number
         * @param slot the running thread's slot, 0 to {@code threads - 1}: index of its scratch memory
         */
        void run(int unit, int slot);
    }

    private final int threads;
    private final ExecutorService executor;

    WorkerPool(int threads) {
        this.threads = threads;
        if (threads == 1) {
            this.executor = null;
        } else {
            AtomicInteger counter = new AtomicInteger();
            this.executor = Executors.newFixedThreadPool(threads - 1, r -> {
                Thread t = new Thread(r, "fvgs-render-" + counter.incrementAndGet());
                t.setDaemon(true);
                return t;
            });
        }
    }

    int threads() {
        return threads;
    }

    /**
     * Runs units {@code 0..units-1} and returns when all are done.
     *
     * @throws RuntimeException the first failure of any unit (the other units still finish)
     */
    void run(int units, Task task) {
        if (executor == null || units <= 1) {
            for (int u = 0; u < units; u++) {
                task.run(u, 0);
            }
            return;
        }
        AtomicInteger next = new AtomicInteger();
        int helpers = Math.min(threads, units) - 1;
        List<Future<?>> futures = new ArrayList<>(helpers);
        for (int slot = 1; slot <= helpers; slot++) {
            int s = slot;
            futures.add(executor.submit(() -> drain(next, units, task, s)));
        }
        RuntimeException failure = null;
        try {
            drain(next, units, task, 0);
        } catch (RuntimeException | Error e) {
            failure = new IllegalStateException("rendering failed: " + e, e);
        }
        for (Future<?> f : futures) {
            failure = await(f, failure);
        }
        if (failure != null) {
            throw failure;
        }
    }

    private static void drain(AtomicInteger next, int units, Task task, int slot) {
        for (int u = next.getAndIncrement(); u < units; u = next.getAndIncrement()) {
            task.run(u, slot);
        }
    }

    private static RuntimeException await(Future<?> f, RuntimeException failure) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    f.get();
                    return failure;
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause();
                    return failure != null ? failure : new IllegalStateException("rendering failed: " + cause, cause);
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public void close() {
        if (executor != null) {
            executor.shutdownNow();
        }
    }
}
