package ai.fvgs.dataset.ui.internal;

import java.util.concurrent.CancellationException;
import java.util.function.BiConsumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;

import ai.fvgs.sdk.Progress;

/**
 * Runs long dataset work (an import, a snapshot and export) as a {@link Job}: it shows in the progress UI, can be
 * cancelled there or by {@link Job#cancel()}, and hands its progress and its outcome to the display thread. The
 * outcome is the result, or the failure (a {@link CancellationException} when cancelled); the caller shows
 * failures with {@link DatasetErrors}, so the job itself always ends with an OK or CANCEL status.
 */
public final class ProgressJob {

    /**
     * The work.
     *
     * @param <T> its result
     */
    @FunctionalInterface
    public interface Work<T> {
        /** @param progress report and check for cancellation @return the result @throws Exception on failure */
        T run(Progress progress) throws Exception;
    }

    private ProgressJob() {
    }

    /**
     * Schedules the work.
     *
     * @param name     the job's name, e.g. {@code Importing /data/looks}
     * @param display  where progress and outcome are delivered
     * @param work     the work, run on the job's thread
     * @param progress told the fraction done (0 to 1) and what is being done, on the display thread
     * @param done     told the result or the failure (one of them is {@code null}), on the display thread
     * @param <T>      the result
     * @return the scheduled job
     */
    public static <T> Job start(String name, Display display, Work<T> work, BiConsumer<Double, String> progress, BiConsumer<T, Throwable> done) {
        Job job = Job.create(name, (IProgressMonitor monitor) -> {
            monitor.beginTask(name, 1000);
            int[] worked = { 0 };
            Progress p = new Progress() {
                @Override
                public void report(double fraction, String message) {
                    int now = (int) Math.round(Math.max(0, Math.min(1, fraction)) * 1000);
                    if (now > worked[0]) {
                        monitor.worked(now - worked[0]);
                        worked[0] = now;
                    }
                    monitor.subTask(message == null ? "" : message);
                    deliver(display, () -> progress.accept(fraction, message == null ? "" : message));
                }

                @Override
                public boolean isCancelled() {
                    return monitor.isCanceled();
                }
            };
            try {
                T result = work.run(p);
                deliver(display, () -> done.accept(result, null));
                return Status.OK_STATUS;
            } catch (CancellationException e) {
                deliver(display, () -> done.accept(null, e));
                return Status.CANCEL_STATUS;
            } catch (Exception | LinkageError e) {
                deliver(display, () -> done.accept(null, e));
                return Status.OK_STATUS;
            } finally {
                monitor.done();
            }
        });
        job.schedule();
        return job;
    }

    private static void deliver(Display display, Runnable r) {
        if (!display.isDisposed()) {
            display.asyncExec(r);
        }
    }
}
