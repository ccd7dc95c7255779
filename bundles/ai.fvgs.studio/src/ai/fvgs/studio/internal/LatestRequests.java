package ai.fvgs.studio.internal;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.LongFunction;

/**
 * Latest-wins requests served one at a time by a daemon worker thread, as the Studio's previews make frames: each
 * request gets a number, increasing; a newer request replaces one still waiting, and whoever serves a request asks
 * {@link #newest} to find out whether it became obsolete on the way. While no request waits, the worker may do
 * background work one short step at a time.
 *
 * @param <R> a request
 */
public final class LatestRequests<R> {

    /** One step of background work, done while no request waits. */
    public interface IdleStep {
        /** @return whether there was anything to do (false: the worker waits for a request or {@link #wake}) */
        boolean step();
    }

    private final String name;
    private final Consumer<R> serve;
    private final IdleStep idle;
    private final AtomicLong numbers = new AtomicLong();
    private final Object lock = new Object();
    private final Thread worker;
    private R pending;
    private volatile long newest;
    private boolean closed;

    /**
     * Starts the worker.
     *
     * @param name   what is served, for the worker's thread and the error after {@link #close}, e.g. "preview renderer"
     * @param thread the worker thread's name
     * @param serve  serves a request, on the worker thread; must not throw
     * @param idle   background work while no request waits
     */
    public LatestRequests(String name, String thread, Consumer<R> serve, IdleStep idle) {
        this.name = Objects.requireNonNull(name, "name");
        this.serve = Objects.requireNonNull(serve, "serve");
        this.idle = Objects.requireNonNull(idle, "idle");
        this.worker = new Thread(this::work, thread);
        worker.setDaemon(true);
        worker.start();
    }

    /**
     * @param request makes the request with the number it is given
     * @return the request's number, increasing from 1
     * @throws IllegalStateException if closed
     */
    public long request(LongFunction<R> request) {
        synchronized (lock) {
            if (closed) {
                throw new IllegalStateException("the " + name + " is closed");
            }
            long n = numbers.incrementAndGet();
            newest = n;
            pending = request.apply(n);
            lock.notifyAll();
            return n;
        }
    }

    /** @return the number of the newest request, 0 before the first */
    public long newest() {
        return newest;
    }

    /** Wakes the worker waiting for a request, so that it tries its background work again. */
    public void wake() {
        synchronized (lock) {
            lock.notifyAll();
        }
    }

    /** Stops the worker, waiting up to 5 s for the request being served; a request still waiting is dropped. */
    public void close() {
        synchronized (lock) {
            closed = true;
            pending = null;
            lock.notifyAll();
        }
        try {
            worker.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void work() {
        while (true) {
            R r;
            synchronized (lock) {
                if (closed) {
                    return;
                }
                r = pending;
                pending = null;
            }
            if (r != null) {
                serve.accept(r);
            } else if (!idle.step() && !waitForWork()) {
                return;
            }
        }
    }

    /** @return false when closed or interrupted */
    private boolean waitForWork() {
        synchronized (lock) {
            if (pending == null && !closed) {
                try {
                    lock.wait();
                } catch (InterruptedException e) {
                    return false;
                }
            }
            return !closed;
        }
    }
}
