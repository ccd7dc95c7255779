package ai.fvgs.studio.ui.internal;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

import ai.fvgs.studio.RenderLibrary;
import ai.fvgs.studio.RenderRecord;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * The Studio's finished renders (from the {@link RenderLibrary}, so they are listed again after a restart): scene,
 * when, resolution, duration and file size, newest first. Play opens one in the {@link VideoPlayerPart} (so does a
 * double click), Open Folder shows it in the system's file manager, Export Guidance writes its guidance sequences
 * into a chosen folder in a Job, Delete removes its files after asking.
 */
public final class RendersPart {

    /** The part's element id in the application model. */
    public static final String ID = "ai.fvgs.studio.ui.part.renders";

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT).withZone(ZoneId.systemDefault());

    /** Opens a folder in the system's file manager; false if none could be started. */
    static final Function<Path, Boolean> FILE_MANAGER = folder -> Program.launch(folder.toString());

    private final RenderLauncher launcher;
    private final Consumer<RenderRecord> player;
    private final Function<Path, Boolean> fileManager;
    private final Runnable libraryListener = this::refreshLater;
    private TableViewer viewer;
    private Label summary;
    private Button play;
    private Button openFolder;
    private Button export;
    private Button delete;
    private volatile CompletableFuture<?> loading = CompletableFuture.completedFuture(null);

    /**
     * @param launcher runs the export jobs; has the library
     * @param parts    shows the player
     */
    @Inject
    public RendersPart(RenderLauncher launcher, EPartService parts) {
        this(launcher, r -> VideoPlayerPart.show(parts, r.video()), FILE_MANAGER);
    }

    /**
     * @param launcher    runs the export jobs; has the library
     * @param player      plays a render
     * @param fileManager opens a folder in the file manager
     */
    public RendersPart(RenderLauncher launcher, Consumer<RenderRecord> player, Function<Path, Boolean> fileManager) {
        this.launcher = launcher;
        this.player = player;
        this.fileManager = fileManager;
    }

    /** @param parent the part's composite */
    @PostConstruct
    public void createControls(Composite parent) {
        GridLayoutFactory.fillDefaults().margins(6, 6).applyTo(parent);
        viewer = new TableViewer(parent, SWT.BORDER | SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        column("Scene", 160, RenderRecord::sceneName);
        column("Rendered", 150, r -> WHEN.format(r.created()));
        column("Resolution", 100, r -> r.width() + " x " + r.height());
        column("Duration", 130, r -> String.format(Locale.ROOT, "%.1f s (%d frames)", r.duration(), r.frames()));
        column("Size", 80, r -> size(r.size()));
        column("File", 260, r -> r.video().getFileName().toString());
        GridDataFactory.fillDefaults().grab(true, true).hint(400, 120).applyTo(viewer.getControl());
        viewer.addDoubleClickListener(e -> selected(player));
        viewer.addSelectionChangedListener(e -> enable());

        Composite buttons = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(5).applyTo(buttons);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(buttons);
        play = FormControls.button(buttons, "&Play", "Play the render in the video player", () -> selected(player));
        openFolder = FormControls.button(buttons, "Open &Folder", "Show the render's folder in the file manager", () -> selected(this::openFolder));
        export = FormControls.button(buttons, "Export &Guidance...",
                "Write the render's pose, depth, normal, segmentation and mask sequences into a folder", () -> selected(r -> {
                    String folder = chooseFolder(r);
                    if (folder != null) {
                        exportGuidance(r, Path.of(folder));
                    }
                }));
        delete = FormControls.button(buttons, "&Delete", "Delete the render's video, scene and guidance files", () -> selected(this::confirmDelete));
        summary = new Label(buttons, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(summary);
        enable();
        launcher.library().addListener(libraryListener);
        parent.addDisposeListener(e -> dispose());
        refresh();
    }

    @Focus
    void focus() {
        viewer.getControl().setFocus();
    }

    @PreDestroy
    void dispose() {
        launcher.library().removeListener(libraryListener);
    }

    /** @return a future that completes when the list has been read again (off the display thread) and shown */
    public CompletableFuture<?> refresh() {
        var display = viewer.getControl().getDisplay();
        RenderLibrary library = launcher.library();
        CompletableFuture<Void> f = new CompletableFuture<>();
        loading = f;
        CompletableFuture.supplyAsync(library::list).whenComplete((list, error) -> display.asyncExec(() -> {
            if (!viewer.getControl().isDisposed()) {
                if (error != null) {
                    StudioErrors.show(viewer.getControl().getShell(), "Renders", "The renders cannot be listed.", error);
                } else {
                    show(list);
                }
            }
            f.complete(null);
        }));
        return f;
    }

    private void refreshLater() {
        var control = viewer.getControl();
        if (!control.isDisposed()) {
            control.getDisplay().asyncExec(() -> {
                if (!control.isDisposed()) {
                    refresh();
                }
            });
        }
    }

    private void show(List<RenderRecord> renders) {
        Object chosen = viewer.getStructuredSelection().getFirstElement();
        viewer.setInput(renders);
        if (chosen instanceof RenderRecord r) {
            renders.stream().filter(x -> x.metadata().equals(r.metadata())).findFirst()
                    .ifPresent(x -> viewer.setSelection(new org.eclipse.jface.viewers.StructuredSelection(x), true));
        }
        summary.setText(renders.size() == 1 ? "1 render" : renders.size() + " renders");
        summary.getParent().layout();
        enable();
    }

    /** @return the renders viewer */
    public TableViewer viewer() {
        return viewer;
    }

    /** @return whether the list shown is current (no refresh pending) */
    public boolean isLoaded() {
        return loading.isDone();
    }

    /**
     * Writes a render's guidance sequences into {@code <folder>/<render name>-guidance} in a Job.
     *
     * @param record the render
     * @param folder the chosen folder
     * @return the job
     */
    public Job exportGuidance(RenderRecord record, Path folder) {
        Shell shell = viewer.getControl().getShell();
        return launcher.exportGuidance(record, folder, written -> {
            if (!shell.isDisposed()) {
                summary.setText("Guidance written to " + written);
                summary.getParent().layout();
            }
        });
    }

    /**
     * Opens a render's folder in the file manager; tells the user if none could be started.
     *
     * @param record the render
     * @return whether a file manager was started
     */
    public boolean openFolder(RenderRecord record) {
        Path folder = record.folder();
        if (Boolean.TRUE.equals(fileManager.apply(folder))) {
            return true;
        }
        StudioErrors.show(viewer.getControl().getShell(), "Open Folder", "The folder " + folder + " could not be opened.",
                new IllegalStateException("no file manager is registered for folders on this system; open " + folder + " yourself"));
        return false;
    }

    /**
     * Deletes a render's files, off the display thread; the list follows.
     *
     * @param record the render
     * @return a future that completes when the files are gone
     */
    public CompletableFuture<Void> delete(RenderRecord record) {
        Shell shell = viewer.getControl().getShell();
        return CompletableFuture.runAsync(() -> {
            try {
                launcher.library().delete(record);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).whenComplete((v, error) -> {
            if (error != null && !shell.isDisposed()) {
                Throwable cause = error instanceof java.util.concurrent.CompletionException c && c.getCause() != null ? c.getCause() : error;
                shell.getDisplay().asyncExec(() -> StudioErrors.show(shell, "Delete Render", "The render " + record.name()
                        + " could not be deleted completely.", cause));
            }
        });
    }

    private void confirmDelete(RenderRecord r) {
        if (MessageDialog.openQuestion(viewer.getControl().getShell(), "Delete Render", "Delete " + r.video().getFileName()
                + (r.guidance() != null ? ", its scene file and its guidance folder?" : " and its scene file?"))) {
            delete(r);
        }
    }

    private String chooseFolder(RenderRecord r) {
        DirectoryDialog d = new DirectoryDialog(viewer.getControl().getShell());
        d.setText("Export Guidance");
        d.setMessage("The guidance sequences go into a new folder " + r.name() + "-guidance in the folder you choose.");
        d.setFilterPath(r.folder().toString());
        return d.open();
    }

    private void selected(Consumer<RenderRecord> action) {
        if (viewer.getStructuredSelection().getFirstElement() instanceof RenderRecord r) {
            action.accept(r);
        }
    }

    private void enable() {
        boolean any = !viewer.getSelection().isEmpty();
        for (Button b : new Button[] { play, openFolder, export, delete }) {
            if (b != null) {
                b.setEnabled(any);
            }
        }
    }

    private void column(String title, int width, Function<RenderRecord, String> text) {
        FormControls.column(viewer, RenderRecord.class, title, width, text);
    }

    static String size(long bytes) {
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.0f KB", Math.max(1, bytes / 1024.0));
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }
}
