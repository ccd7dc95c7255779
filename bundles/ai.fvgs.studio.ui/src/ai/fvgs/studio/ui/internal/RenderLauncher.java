package ai.fvgs.studio.ui.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;

import ai.fvgs.production.ExtensionLookup;
import ai.fvgs.production.ProductionException;
import ai.fvgs.scene.Scene;
import ai.fvgs.scene.SceneException;
import ai.fvgs.sdk.Progress;
import ai.fvgs.studio.RenderLibrary;
import ai.fvgs.studio.RenderRecord;
import ai.fvgs.studio.StudioRender;

/**
 * Runs the Studio's renders as Eclipse {@link Job}s: they report frame progress to the workbench's progress
 * indicator in the status bar and stop at the next frame when cancelled there, leaving no partial file behind.
 * Results come back on the display thread; errors are logged and shown in a dialog with details.
 */
public final class RenderLauncher {

    /** The family of the Studio's render and export jobs. */
    public static final Object FAMILY = RenderLauncher.class;

    private final RenderLibrary library;
    private final ExtensionLookup lookup;
    private final Display display;

    /**
     * @param library where renders go and are listed
     * @param lookup  the installed garment styles and backgrounds
     * @param display the workbench's display, for results and error dialogs
     */
    public RenderLauncher(RenderLibrary library, ExtensionLookup lookup, Display display) {
        this.library = library;
        this.lookup = lookup;
        this.display = display;
    }

    /** @return the render library */
    public RenderLibrary library() {
        return library;
    }

    /**
     * Starts rendering a scene with the size, duration and outputs the user chose.
     *
     * @param scene         the scene as it is now
     * @param baseDirectory the scene file's folder (file parameters of the background resolve against it)
     * @param choice        size, duration, folder and guidance
     * @param finished      told on the display thread about the finished render
     * @return the scheduled job
     */
    public Job render(Scene scene, Path baseDirectory, RenderDialog.Choice choice, Consumer<RenderRecord> finished) {
        Scene.Output output = choice.preset().apply(scene.output(), choice.duration());
        Scene toRender = new Scene(scene.avatar(), scene.outfit(), scene.background(), scene.motion(), scene.camera(), scene.lights(), output);
        String what = String.format(Locale.ROOT, "Rendering %s, %d x %d", scene.avatar().name(), output.width(), output.height());
        Job job = new StudioJob(what, output.frames(), "Render", "The scene could not be rendered.") {
            @Override
            void work(Progress progress) throws ProductionException, IOException {
                RenderLibrary.Plan plan = library.plan(toRender, choice.folder(), choice.guidance());
                RenderRecord record = StudioRender.render(library, plan, baseDirectory, lookup, progress);
                display.asyncExec(() -> finished.accept(record));
            }
        };
        job.schedule();
        return job;
    }

    /**
     * Starts writing the guidance sequences of a finished render into {@code <folder>/<render name>-guidance}.
     *
     * @param record   a finished render
     * @param folder   the folder the user chose
     * @param finished told on the display thread about the guidance folder
     * @return the scheduled job
     */
    public Job exportGuidance(RenderRecord record, Path folder, Consumer<Path> finished) {
        Job job = new StudioJob("Exporting guidance of " + record.name(), record.frames(), "Export Guidance",
                "The guidance sequences of " + record.name() + " could not be written.") {
            @Override
            void work(Progress progress) throws ProductionException, SceneException, IOException {
                Path written = StudioRender.exportGuidance(record, folder, lookup, progress);
                display.asyncExec(() -> finished.accept(written));
            }
        };
        job.schedule();
        return job;
    }

    /** A job that renders frames, reporting each as one unit of work. */
    private abstract class StudioJob extends Job {
        private final int frames;
        private final String title;
        private final String failure;

        StudioJob(String name, int frames, String title, String failure) {
            super(name);
            this.frames = frames;
            this.title = title;
            this.failure = failure;
            setUser(true);
        }

        abstract void work(Progress progress) throws ProductionException, SceneException, IOException;

        @Override
        public boolean belongsTo(Object family) {
            return family == FAMILY;
        }

        @Override
        protected IStatus run(IProgressMonitor monitor) {
            monitor.beginTask(getName(), frames);
            try {
                work(new MonitorProgress(monitor, frames));
                return Status.OK_STATUS;
            } catch (CancellationException e) {
                return Status.CANCEL_STATUS;
            } catch (ProductionException | SceneException | IOException | RuntimeException e) {
                if (!display.isDisposed()) {
                    display.asyncExec(() -> StudioErrors.show(display.getActiveShell(), title, failure, e));
                }
                return Status.error(failure + " " + e.getMessage());
            } finally {
                monitor.done();
            }
        }
    }

    /** Reports frames to a progress monitor, and its cancellation to the render. */
    static final class MonitorProgress implements Progress {
        private final IProgressMonitor monitor;
        private final int total;
        private int reported;

        MonitorProgress(IProgressMonitor monitor, int total) {
            this.monitor = monitor;
            this.total = total;
        }

        @Override
        public void report(double fraction, String message) {
            int done = (int) Math.round(fraction * total);
            if (done > reported) {
                monitor.worked(done - reported);
                reported = done;
            }
            monitor.subTask(message);
        }

        @Override
        public boolean isCancelled() {
            return monitor.isCanceled();
        }
    }
}
