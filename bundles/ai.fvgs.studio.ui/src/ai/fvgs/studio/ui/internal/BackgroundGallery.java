package ai.fvgs.studio.ui.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;

import ai.fvgs.extensions.BackgroundRegistry;
import ai.fvgs.extensions.ExtensionListener;
import ai.fvgs.extensions.ExtensionRecord;
import ai.fvgs.extensions.ExtensionState;
import ai.fvgs.scene.Scene;
import ai.fvgs.sdk.RgbaImage;
import ai.fvgs.sdk.background.Background;
import ai.fvgs.sdk.background.BackgroundParameter;
import ai.fvgs.sdk.background.BackgroundView;
import ai.fvgs.studio.SceneDocument;
import ai.fvgs.studio.SceneSetupEdits;

/**
 * The Scene part's background gallery: the backgrounds installed now, built-in and vendors', from the live
 * {@link BackgroundRegistry} (one dropped into the dropins folder appears without a restart, and goes when
 * removed), each with a thumbnail painted on a Job's thread; Import Image... and Import Video...; and editors for
 * the parameters of the scene's background ({@link BackgroundParameterEditors}).
 */
final class BackgroundGallery {

    /** Thumbnail size: 16:9. */
    static final int THUMB_W = 96, THUMB_H = 54;

    /** What the gallery asks its part to do. */
    interface Editor {
        /** Makes the change an undoable edit; shows a rejected change in a dialog. @return whether it changed */
        boolean edit(String label, Supplier<UnaryOperator<Scene>> change);
    }

    private final SceneDocument doc;
    private final UISynchronize sync;
    private final BackgroundRegistry registry;
    private final Editor editor;
    private final FileChooser images;
    private final FileChooser videos;
    private final Supplier<Path> base;
    private final ExtensionListener registryListener;
    private final Map<ExtensionRecord, Image> thumbnails = new HashMap<>();
    private final TableViewer viewer;
    private final BackgroundParameterEditors parameters;
    private boolean updating;

    BackgroundGallery(Composite form, SceneDocument doc, UISynchronize sync, BackgroundRegistry registry, Editor editor, FileChooser images,
            FileChooser videos, Supplier<Path> base, Runnable relayout) {
        this.doc = doc;
        this.sync = sync;
        this.registry = registry;
        this.editor = editor;
        this.images = images;
        this.videos = videos;
        this.base = base;
        Group g = new Group(form, SWT.NONE);
        g.setText("Background");
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(g);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(g);
        viewer = new TableViewer(g, SWT.BORDER | SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL);
        viewer.getTable().setHeaderVisible(true);
        FormControls.column(viewer, ExtensionRecord.class, "Background", 200, ExtensionRecord::label, thumbnails::get);
        FormControls.column(viewer, ExtensionRecord.class, "Vendor", 110, ExtensionRecord::vendor);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, 250).applyTo(viewer.getControl());
        viewer.addSelectionChangedListener(e -> {
            if (!updating) {
                choose((ExtensionRecord) viewer.getStructuredSelection().getFirstElement());
            }
        });
        Composite buttons = new Composite(g, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(buttons);
        GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(buttons);
        FormControls.button(buttons, "Import &Image...", "Show a PNG or JPEG picture behind the model", this::importImage);
        FormControls.button(buttons, "Import V&ideo...", "Show a looping MP4, WebM or MOV video behind the model", this::importVideo);
        parameters = new BackgroundParameterEditors(g, doc, editor, base, relayout);
        registryListener = event -> sync.asyncExec(this::recordsChanged);
        registry.addListener(registryListener);
        viewer.getControl().addDisposeListener(e -> dispose());
        recordsChanged();
    }

    private void dispose() {
        registry.removeListener(registryListener);
        thumbnails.values().forEach(Image::dispose);
        thumbnails.clear();
    }

    /** Shows the scene's background: selects it in the gallery and shows its parameters. */
    void refresh(Scene scene) {
        updating = true;
        try {
            ExtensionRecord current = records().stream().filter(r -> r.id().equals(scene.background().id())).findFirst().orElse(null);
            viewer.setSelection(current == null ? StructuredSelection.EMPTY : new StructuredSelection(current));
            parameters.show(scene.background(), background(scene.background().id()));
        } finally {
            updating = false;
        }
    }

    private void recordsChanged() {
        if (viewer.getControl().isDisposed()) {
            return;
        }
        List<ExtensionRecord> records = records();
        thumbnails.keySet().removeIf(r -> {
            if (!records.contains(r)) {
                thumbnails.get(r).dispose();
                return true;
            }
            return false;
        });
        viewer.setInput(records);
        parameters.forget();
        refresh(doc.scene());
        List<ExtensionRecord> missing = records.stream().filter(r -> !thumbnails.containsKey(r)).toList();
        if (!missing.isEmpty()) {
            paintThumbnails(missing);
        }
    }

    private void paintThumbnails(List<ExtensionRecord> missing) {
        Job job = Job.create("Background thumbnails", (IProgressMonitor monitor) -> {
            Map<ExtensionRecord, ImageData> painted = new HashMap<>();
            for (ExtensionRecord r : missing) {
                if (monitor.isCanceled()) {
                    return Status.CANCEL_STATUS;
                }
                try {
                    RgbaImage image = registry.call(r.id(), b -> {
                        RgbaImage target = new RgbaImage(THUMB_W, THUMB_H);
                        if (needsFile(b)) {
                            // without its file such a background paints only its fallback colour; show what it needs
                            paintFileGlyph(target);
                        } else {
                            b.paint(target, BackgroundView.standard(0));
                        }
                        return target;
                    });
                    painted.put(r, PreviewCanvas.imageData(image));
                } catch (RuntimeException e) {
                    // a failed or removed background is shown without a thumbnail; the registry reports the failure
                }
            }
            sync.asyncExec(() -> {
                if (viewer.getControl().isDisposed()) {
                    return;
                }
                painted.forEach((r, data) -> {
                    if (!thumbnails.containsKey(r)) {
                        thumbnails.put(r, new Image(viewer.getControl().getDisplay(), data));
                    }
                });
                viewer.refresh(true);
            });
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.schedule();
    }

    /** @return whether the background shows nothing of its own until a file (a picture, a video) is chosen */
    static boolean needsFile(Background b) {
        return b.parameters().stream().anyMatch(p -> p.type() == BackgroundParameter.Type.FILE && p.required());
    }

    /**
     * The thumbnail of a background that needs a file: a light picture-frame glyph (a sun over a hill) on grey,
     * so the gallery does not show the black fallback as if it were the background's look.
     */
    static void paintFileGlyph(RgbaImage target) {
        int w = target.width(), h = target.height();
        int grey = RgbaImage.argb(255, 0x5a, 0x5f, 0x66), light = RgbaImage.argb(255, 0xd8, 0xdc, 0xe0);
        target.fill(grey);
        int x0 = w * 3 / 10, x1 = w * 7 / 10, y0 = h / 4, y1 = h * 3 / 4;
        for (int x = x0; x <= x1; x++) {
            target.set(x, y0, light);
            target.set(x, y1, light);
        }
        for (int y = y0; y <= y1; y++) {
            target.set(x0, y, light);
            target.set(x1, y, light);
        }
        int cx = x0 + (x1 - x0) * 3 / 10, cy = y0 + (y1 - y0) * 3 / 10, radius = Math.max(1, (y1 - y0) / 8);
        for (int y = y0 + 1; y < y1; y++) {
            for (int x = x0 + 1; x < x1; x++) {
                int dx = x - cx, dy = y - cy;
                // a hill rising to the frame's right half, and the sun
                boolean hill = y - y1 + 1 > -(y1 - y0) * 0.6 * (1 - Math.abs(x - (x0 + (x1 - x0) * 0.65)) / ((x1 - x0) * 0.5));
                if (hill || dx * dx + dy * dy <= radius * radius) {
                    target.set(x, y, light);
                }
            }
        }
    }

    private void choose(ExtensionRecord r) {
        if (r == null || r.id().equals(doc.scene().background().id())) {
            return;
        }
        Background b = background(r.id());
        if (b == null) {
            editor.edit("Background " + r.label(), () -> {
                throw new IllegalArgumentException("background \"" + r.id() + "\" is no longer installed");
            });
        } else if (SceneSetupEdits.IMAGE_BACKGROUND.equals(r.id())) {
            importImage();
        } else if (SceneSetupEdits.VIDEO_BACKGROUND.equals(r.id())) {
            importVideo();
        } else {
            editor.edit("Background " + r.label(), () -> SceneSetupEdits.background(b));
        }
        refresh(doc.scene());
    }

    private void importImage() {
        Path file = images.choose(viewer.getControl().getShell(), false, "Import Background Image", null);
        if (file != null) {
            editor.edit("Import image " + file.getFileName(), () -> SceneSetupEdits.importImage(file));
        }
        refresh(doc.scene());
    }

    private void importVideo() {
        Path file = videos.choose(viewer.getControl().getShell(), false, "Import Background Video", null);
        if (file != null) {
            editor.edit("Import video " + file.getFileName(), () -> SceneSetupEdits.importVideo(file));
        }
        refresh(doc.scene());
    }

    /** @return the active background with that id, or null */
    Background background(String id) {
        if (!registry.activeIds().contains(id)) {
            return null;
        }
        try {
            return registry.call(id, b -> b);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private List<ExtensionRecord> records() {
        return new ArrayList<>(registry.records().stream().filter(r -> r.state() == ExtensionState.ACTIVE).toList());
    }

    TableViewer viewer() {
        return viewer;
    }

    BackgroundParameterEditors parameters() {
        return parameters;
    }

    /** @return whether a thumbnail is shown for the background with that id */
    boolean hasThumbnail(String id) {
        return thumbnails.keySet().stream().anyMatch(r -> r.id().equals(id));
    }

    /** @return the pixels of the thumbnail shown for the background with that id, or {@code null} if none is */
    ImageData thumbnailData(String id) {
        return thumbnails.entrySet().stream().filter(e -> e.getKey().id().equals(id)).map(e -> e.getValue().getImageData())
                .findFirst().orElse(null);
    }
}
