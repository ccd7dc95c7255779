package ai.fvgs.studio.ui.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;

import ai.fvgs.extensions.BackgroundRegistry;
import ai.fvgs.extensions.ExtensionListener;
import ai.fvgs.extensions.GarmentStyleRegistry;
import ai.fvgs.motion.CatwalkSettings;
import ai.fvgs.motion.CatwalkStyle;
import ai.fvgs.scene.Scene;
import ai.fvgs.studio.SceneDocument;
import ai.fvgs.studio.SceneSetupEdits;
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
    private final List<Runnable> updaters = new ArrayList<>();
    private Composite root;
    private ScrolledComposite scroll;
    private Composite form;
    private BackgroundGallery gallery;
    private Combo motionStyle;
    private Combo cameraPreset;
    private Combo resolution;
    private Combo aspect;
    private Combo fps;
    private Spinner duration;
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
        motionGroup(form);
        cameraGroup(form);
        outputGroup(form);
        scroll.setContent(form);
        scroll.setExpandHorizontal(true);
        scroll.setExpandVertical(true);
        relayout();

        Composite right = new Composite(sash, SWT.NONE);
        GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(right);
        preview = new AnimationCanvas(right, sync, new RegistryExtensions(garments, backgrounds), text -> {
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

    private void motionGroup(Composite form) {
        Group g = group(form, "Motion", 3);
        label(g, "Catwalk style:");
        motionStyle = combo(g, List.of(CatwalkStyle.values()).stream().map(CatwalkStyle::id).toList(), "motion");
        motionStyle.addListener(SWT.Selection, e -> edit("Change catwalk style to " + motionStyle.getText(),
                () -> SceneSetupEdits.motionStyle(CatwalkStyle.ofId(motionStyle.getText()))));
        for (SceneSetupEdits.Setting s : SceneSetupEdits.MOTION_SETTINGS) {
            setting(g, s, "motion", () -> {
                CatwalkSettings c = doc.scene().motion().catwalk();
                return c == null ? Double.NaN : motionValue(c, s.key());
            }, v -> SceneSetupEdits.motionSetting(s.key(), v));
        }
    }

    private void cameraGroup(Composite form) {
        Group g = group(form, "Camera", 3);
        label(g, "Preset:");
        cameraPreset = combo(g, SceneSetupEdits.CAMERA_PRESETS, "camera");
        cameraPreset.addListener(SWT.Selection, e -> edit("Change camera to " + cameraPreset.getText(),
                () -> SceneSetupEdits.cameraPreset(cameraPreset.getText())));
        for (SceneSetupEdits.Setting s : SceneSetupEdits.CAMERA_SETTINGS) {
            setting(g, s, "camera", () -> {
                Scene.Camera c = doc.scene().camera();
                return switch (s.key()) {
                    case "fov" -> c.fov();
                    case "distance" -> c.distance();
                    default -> c.height();
                };
            }, v -> SceneSetupEdits.cameraSetting(s.key(), v));
        }
    }

    private void outputGroup(Composite form) {
        Group g = group(form, "Output", 3);
        label(g, "Resolution:");
        resolution = combo(g, SceneSetupEdits.RESOLUTIONS.stream().map(r -> r + "p").toList(), "resolution");
        resolution.addListener(SWT.Selection, e -> edit("Change resolution to " + resolution.getText(),
                () -> SceneSetupEdits.resolution(Integer.parseInt(resolution.getText().replace("p", "")))));
        label(g, "Aspect:");
        aspect = combo(g, SceneSetupEdits.ASPECTS, "aspect");
        aspect.addListener(SWT.Selection, e -> edit("Change aspect to " + aspect.getText(), () -> SceneSetupEdits.aspect(aspect.getText())));
        label(g, "Frame rate (fps):");
        fps = combo(g, SceneSetupEdits.FPS.stream().map(String::valueOf).toList(), "fps");
        fps.addListener(SWT.Selection, e -> edit("Change frame rate to " + fps.getText(), () -> SceneSetupEdits.fps(Integer.parseInt(fps.getText()))));
        duration = setting(g, new SceneSetupEdits.Setting("duration", "Duration", "s", 0.1, 600), "output", () -> doc.scene().output().duration(),
                SceneSetupEdits::duration);
    }

    /** A spinner with two decimals for a number setting; its edit is made when the value changes. */
    private Spinner setting(Group g, SceneSetupEdits.Setting s, String where, Supplier<Double> value,
            java.util.function.DoubleFunction<UnaryOperator<Scene>> change) {
        label(g, s.label() + ":");
        Spinner spinner = new Spinner(g, SWT.BORDER);
        spinner.setDigits(2);
        spinner.setMinimum((int) Math.round(s.min() * 100));
        spinner.setMaximum((int) Math.round(s.max() * 100));
        spinner.setIncrement(s.max() - s.min() > 20 ? 100 : s.max() - s.min() > 2 ? 10 : 1);
        spinner.setData("setting", where + "." + s.key());
        GridDataFactory.fillDefaults().grab(true, false).applyTo(spinner);
        label(g, s.unit());
        spinner.addListener(SWT.Selection, e -> edit("Change " + s.label().toLowerCase(Locale.ROOT),
                () -> change.apply(spinner.getSelection() / 100.0)));
        updaters.add(() -> {
            double v = value.get();
            spinner.setEnabled(!Double.isNaN(v));
            if (!Double.isNaN(v)) {
                spinner.setSelection((int) Math.round(v * 100));
            }
        });
        return spinner;
    }

    /** Makes the change an undoable edit; shows a rejected or failed change in a dialog. @return whether it changed */
    private boolean edit(String label, Supplier<UnaryOperator<Scene>> change) {
        if (updating) {
            return false;
        }
        try {
            boolean changed = doc.edit(label, change.get());
            if (!changed) {
                refresh();
            }
            return changed;
        } catch (RuntimeException e) {
            refresh();
            StudioErrors.show(root.getShell(), LABEL, label + " was not done.", e);
            return false;
        }
    }

    private void refresh() {
        if (root == null || root.isDisposed()) {
            return;
        }
        updating = true;
        try {
            Scene s = doc.scene();
            gallery.refresh(s);
            motionStyle.setText(s.motion().catwalk() == null ? "" : styleOf(s.motion().catwalk()));
            motionStyle.setToolTipText(s.motion().catwalk() == null ? "The scene plays the motion-capture file " + s.motion().bvh() : null);
            cameraPreset.setText(s.camera().preset());
            Scene.Output o = s.output();
            int shortSide = Math.min(o.width(), o.height());
            resolution.setText(SceneSetupEdits.RESOLUTIONS.contains(shortSide) ? shortSide + "p" : "");
            resolution.setToolTipText(o.width() + " x " + o.height() + " pixels");
            aspect.setText(o.aspect());
            fps.setText(String.valueOf(o.fps()));
            updaters.forEach(Runnable::run);
        } finally {
            updating = false;
        }
        preview.setScene(doc.scene(), baseDirectory());
    }

    private static String styleOf(CatwalkSettings c) {
        for (CatwalkStyle style : CatwalkStyle.values()) {
            CatwalkSettings p = style.settings(c.runwayLength());
            if (p.speed() == c.speed() && p.step() == c.step() && p.hipSway() == c.hipSway() && p.armSwing() == c.armSwing()
                    && p.footSpacing() == c.footSpacing()) {
                return style.id();
            }
        }
        return "";
    }

    private static double motionValue(CatwalkSettings c, String key) {
        return switch (key) {
            case "speed" -> c.speed();
            case "step" -> c.step();
            case "hipSway" -> c.hipSway();
            case "armSwing" -> c.armSwing();
            case "footSpacing" -> c.footSpacing();
            case "runwayLength" -> c.runwayLength();
            default -> c.holdSeconds();
        };
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

    /** @return the catwalk style, camera preset, resolution, aspect and frame rate drop-downs */
    public Combo[] combos() {
        return new Combo[] { motionStyle, cameraPreset, resolution, aspect, fps };
    }

    /** @return the duration spinner (hundredths of a second) */
    public Spinner durationSpinner() {
        return duration;
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

    private static Combo combo(Composite g, List<String> items, String data) {
        Combo c = new Combo(g, SWT.READ_ONLY);
        c.setItems(items.toArray(String[]::new));
        c.setData("setting", data);
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(c);
        return c;
    }

    private static Group group(Composite parent, String text, int columns) {
        Group g = new Group(parent, SWT.NONE);
        g.setText(text);
        GridLayoutFactory.swtDefaults().numColumns(columns).applyTo(g);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(g);
        return g;
    }

    private static void label(Composite parent, String text) {
        new Label(parent, SWT.NONE).setText(text);
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
