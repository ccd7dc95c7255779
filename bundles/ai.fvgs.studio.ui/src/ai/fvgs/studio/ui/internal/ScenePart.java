package ai.fvgs.studio.ui.internal;

import java.nio.file.Path;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;

import ai.fvgs.extensions.BackgroundRegistry;
import ai.fvgs.extensions.ExtensionListener;
import ai.fvgs.extensions.GarmentStyleRegistry;
import ai.fvgs.production.ExtensionLookup;
import ai.fvgs.scene.Scene;
import ai.fvgs.studio.SceneDocument;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * The Scene part of the Studio: where the model walks and how it is filmed. A gallery of the installed
 * backgrounds with thumbnails (built-in and vendors', live: {@link BackgroundGallery}) with Import Image... and
 * Import Video... and the background's parameters; the catwalk style and its settings; the camera preset and its
 * settings; resolution, aspect, frame rate and duration; and a preview of the animation at low resolution with a
 * scrubber and Play/Pause ({@link AnimationCanvas}), rendered through the production pipeline off the display
 * thread. Every change is an undoable edit of the Studio's {@link SceneDocument}; the controls and the preview
 * follow the document.
 */
public final class ScenePart {

    /** The part's label. */
    static final String LABEL = "Scene";

    /** Asks for a background picture with the native file dialog. */
    static final FileChooser IMAGE_DIALOG = dialog("*.png;*.jpg;*.jpeg", "Pictures (*.png, *.jpg, *.jpeg)");
    /** Asks for a background video with the native file dialog. */
    static final FileChooser VIDEO_DIALOG = dialog("*.mp4;*.webm;*.mov", "Videos (*.mp4, *.webm, *.mov)");

    private final SceneDocument doc;
    private final UISynchronize sync;
    private final GarmentStyleRegistry garments;
    private final BackgroundRegistry backgrounds;
    private final FileChooser images;
    private final FileChooser videos;
    private final SceneDocument.Listener listener = change -> refresh();
    private final ExtensionListener extensionListener;
    private Composite root;
    private ScrolledComposite scroll;
    private Composite form;
    private BackgroundGallery gallery;
    private SceneSettingsControls settings;
    private AnimationCanvas preview;
    private Label status;
    private boolean updating;

    /**
     * @param doc         the Studio's document
     * @param sync        runs updates on the display thread
     * @param garments    the installed garment styles (the preview dresses the model)
     * @param backgrounds the installed backgrounds
     */
    @Inject
    public ScenePart(SceneDocument doc, UISynchronize sync, GarmentStyleRegistry garments, BackgroundRegistry backgrounds) {
        this(doc, sync, garments, backgrounds, IMAGE_DIALOG, VIDEO_DIALOG);
    }

    /**
     * @param doc         the document
     * @param sync        runs updates on the display thread
     * @param garments    the installed garment styles
     * @param backgrounds the installed backgrounds
     * @param images      picks background pictures (tests pass one that answers without a dialog)
     * @param videos      picks background videos
     */
    public ScenePart(SceneDocument doc, UISynchronize sync, GarmentStyleRegistry garments, BackgroundRegistry backgrounds, FileChooser images,
            FileChooser videos) {
        this.doc = doc;
        this.sync = sync;
        this.garments = garments;
        this.backgrounds = backgrounds;
        this.images = images;
        this.videos = videos;
        this.extensionListener = event -> sync.asyncExec(() -> {
            if (preview != null && !preview.canvas().isDisposed()) {
                preview.refresh();
            }
        });
    }

    /** @param parent the part's composite */
    @PostConstruct
    public void createControls(Composite parent) {
        root = parent;
        parent.setLayout(new FillLayout());
        SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
        scroll = new ScrolledComposite(sash, SWT.V_SCROLL | SWT.H_SCROLL);
        form = new Composite(scroll, SWT.NONE);
        GridLayoutFactory.fillDefaults().margins(8, 8).applyTo(form);
        gallery = new BackgroundGallery(form, doc, sync, backgrounds, this::edit, images, videos, this::baseDirectory, this::relayout);
        settings = new SceneSettingsControls(form, doc, this::edit);
        scroll.setContent(form);
        scroll.setExpandHorizontal(true);
        scroll.setExpandVertical(true);
        relayout();

        Composite right = new Composite(sash, SWT.NONE);
        GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(right);
        preview = new AnimationCanvas(right, sync, ExtensionLookup.live(garments, backgrounds), text -> {
            if (!status.isDisposed()) {
                status.setText(text);
            }
        });
        GridDataFactory.fillDefaults().grab(true, true).applyTo(preview.control());
        status = new Label(right, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(status);
        sash.setWeights(45, 55);

        garments.addListener(extensionListener);
        backgrounds.addListener(extensionListener);
        doc.addListener(listener);
        parent.addDisposeListener(e -> dispose());
        refresh();
    }

    @Focus
    void focus() {
        gallery.viewer().getControl().setFocus();
    }

    @PreDestroy
    void dispose() {
        doc.removeListener(listener);
        garments.removeListener(extensionListener);
        backgrounds.removeListener(extensionListener);
    }

    /** Makes the change an undoable edit; shows a rejected or failed change in a dialog. @return whether it changed */
    private boolean edit(String label, Supplier<UnaryOperator<Scene>> change) {
        if (updating) {
            return false;
        }
        return DocumentEdit.apply(doc, root, LABEL, label, change, this::refresh);
    }

    private void refresh() {
        if (root == null || root.isDisposed()) {
            return;
        }
        updating = true;
        try {
            gallery.refresh(doc.scene());
            settings.show(doc.scene());
        } finally {
            updating = false;
        }
        preview.setScene(doc.scene(), baseDirectory());
    }

    private Path baseDirectory() {
        return doc.file().map(Path::getParent).orElse(Path.of("").toAbsolutePath());
    }

    private void relayout() {
        if (form != null && !form.isDisposed()) {
            form.layout(true, true);
            scroll.setMinSize(form.computeSize(SWT.DEFAULT, SWT.DEFAULT));
        }
    }

    // for tests

    /** @return the background gallery's viewer */
    public org.eclipse.jface.viewers.TableViewer backgroundViewer() {
        return gallery.viewer();
    }

    /** @return the composite of the background's parameter editors (each carries its key as data "parameter") */
    public Composite backgroundParameters() {
        return gallery.parameters().composite();
    }

    /** @param id a background id @return whether its thumbnail is shown */
    public boolean hasThumbnail(String id) {
        return gallery.hasThumbnail(id);
    }

    /**
     * @param id a background's id
     * @return the pixels of its thumbnail in the gallery, or {@code null} if none is shown
     */
    public org.eclipse.swt.graphics.ImageData thumbnail(String id) {
        return gallery.thumbnailData(id);
    }

    /** @return the catwalk style, camera preset, resolution, aspect and frame rate drop-downs */
    public Combo[] combos() {
        return settings.combos();
    }

    /** @return the duration spinner (hundredths of a second) */
    public Spinner durationSpinner() {
        return settings.duration();
    }

    /** @return the preview's status line */
    public String statusText() {
        return status.getText();
    }

    /** @return the animation preview */
    public AnimationCanvas preview() {
        return preview;
    }

    /** @return the form (the spinners of the settings carry "motion.speed", "camera.fov", ... as data "setting") */
    public Composite form() {
        return form;
    }

    private static FileChooser dialog(String extensions, String name) {
        return (shell, save, title, suggestedName) -> {
            FileDialog d = new FileDialog(shell, SWT.OPEN);
            d.setText(title);
            d.setFilterExtensions(new String[] { extensions, "*" });
            d.setFilterNames(new String[] { name, "All files" });
            String chosen = d.open();
            return chosen == null ? null : Path.of(chosen);
        };
    }
}
