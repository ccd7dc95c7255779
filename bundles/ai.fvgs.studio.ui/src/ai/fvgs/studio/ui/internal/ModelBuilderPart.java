package ai.fvgs.studio.ui.internal;

import java.util.EnumMap;
import java.util.Map;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.Persist;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ComboViewer;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.ColorDialog;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;

import ai.fvgs.avatar.AvatarProfile;
import ai.fvgs.avatar.BodyShape;
import ai.fvgs.avatar.BodyTemplate;
import ai.fvgs.avatar.HairStyle;
import ai.fvgs.avatar.SizeClass;
import ai.fvgs.avatar.SkinTone;
import ai.fvgs.scene.Scene;
import ai.fvgs.sdk.body.Measurement;
import ai.fvgs.studio.LengthUnit;
import ai.fvgs.studio.SceneDocument;
import ai.fvgs.studio.SceneEdits;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * The Model Builder part of the Studio: name, body template, size-class and body-shape presets, the twelve
 * measurements in cm or inches, the ten Monk skin tones and a custom colour, hair style and colour, model
 * profiles to load and save, and a live preview of the model that can be orbited and zoomed. Every change is
 * an undoable edit of the Studio's {@link SceneDocument}; the controls and the preview follow the document,
 * so undo, redo and opening a scene update them too. The part's label names the document and shows the dirty
 * marker.
 */
public final class ModelBuilderPart {

    /** The part's label before the document name. */
    static final String LABEL = "Model Builder";

    private static final int SWATCH = 22;

    private final SceneDocument doc;
    private final UISynchronize sync;
    private final MPart part;
    private final DocumentActions actions;
    private final SceneDocument.Listener listener = change -> refresh();
    private final Map<Measurement, Spinner> spinners = new EnumMap<>(Measurement.class);
    private final Map<Measurement, Label> unitLabels = new EnumMap<>(Measurement.class);
    private LengthUnit unit = LengthUnit.CM;
    private Composite root;
    private Text name;
    private ComboViewer template;
    private ComboViewer size;
    private ComboViewer shape;
    private ComboViewer hairStyle;
    private Button cm;
    private Button inches;
    private final Button[] monk = new Button[10];
    private Button customSkin;
    private Label skinSwatch;
    private Button hairColour;
    private Label hairSwatch;
    private Label status;
    private PreviewCanvas preview;
    private boolean updating;

    /**
     * @param doc  the Studio's document
     * @param sync runs preview updates on the display thread
     * @param part this part in the application model, whose label and dirty state show the document's; null
     *             outside the workbench
     */
    @Inject
    public ModelBuilderPart(SceneDocument doc, UISynchronize sync, @Optional MPart part) {
        this(doc, sync, part, new DocumentActions(FileChooser.DIALOG));
    }

    /**
     * @param doc     the document
     * @param sync    runs preview updates on the display thread
     * @param part    this part in the application model, or null
     * @param actions file actions (tests pass one that picks files without a dialog)
     */
    public ModelBuilderPart(SceneDocument doc, UISynchronize sync, MPart part, DocumentActions actions) {
        this.doc = doc;
        this.sync = sync;
        this.part = part;
        this.actions = actions;
    }

    /** @param parent the part's composite */
    @PostConstruct
    public void createControls(Composite parent) {
        root = parent;
        parent.setLayout(new org.eclipse.swt.layout.FillLayout());
        SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
        ScrolledComposite scroll = new ScrolledComposite(sash, SWT.V_SCROLL | SWT.H_SCROLL);
        Composite form = new Composite(scroll, SWT.NONE);
        GridLayoutFactory.fillDefaults().margins(8, 8).applyTo(form);
        modelGroup(form);
        measurementsGroup(form);
        skinGroup(form);
        hairGroup(form);
        profileGroup(form);
        scroll.setContent(form);
        scroll.setExpandHorizontal(true);
        scroll.setExpandVertical(true);
        scroll.setMinSize(form.computeSize(SWT.DEFAULT, SWT.DEFAULT));

        Composite right = new Composite(sash, SWT.NONE);
        GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(right);
        preview = new PreviewCanvas(right, sync, text -> {
            if (!status.isDisposed()) {
                status.setText(text);
            }
        });
        GridDataFactory.fillDefaults().grab(true, true).applyTo(preview.control());
        status = new Label(right, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(status);
        sash.setWeights(45, 55);

        doc.addListener(listener);
        refresh();
    }

    @Focus
    void focus() {
        name.setFocus();
    }

    @PreDestroy
    void dispose() {
        doc.removeListener(listener);
    }

    /**
     * Saves the document when the workbench asks (quitting or closing the window with unsaved changes, after the
     * user chose Save). An untitled scene asks for a file.
     *
     * @param shell the active shell
     * @throws IllegalStateException if the user cancelled the file dialog or saving failed (the error was
     *                               shown): the workbench then stays open, so nothing unsaved is lost
     */
    @Persist
    public void save(@Optional Shell shell) {
        if (!actions.save(shell != null ? shell : root.getShell(), doc)) {
            throw new IllegalStateException("the scene '" + doc.name() + "' was not saved (cancelled or failed), so the workbench stays open");
        }
    }

    private void modelGroup(Composite form) {
        Group g = FormControls.group(form, "Model", 3);
        FormControls.label(g, "Name:");
        name = new Text(g, SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(name);
        name.addListener(SWT.DefaultSelection, e -> commitName());
        name.addListener(SWT.FocusOut, e -> commitName());

        FormControls.label(g, "Body template:");
        template = combo(g, BodyTemplate.values(), o -> ((BodyTemplate) o).id(), 2);
        template.addSelectionChangedListener(e -> {
            if (!updating) {
                edit("Change body template", () -> SceneEdits.template((BodyTemplate) selected(template)));
            }
        });

        FormControls.label(g, "Size and shape:");
        Composite presets = new Composite(g, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(3).applyTo(presets);
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(presets);
        size = combo(presets, SizeClass.values(), o -> ((SizeClass) o).label(), 1);
        size.setSelection(new StructuredSelection(SizeClass.M));
        shape = combo(presets, BodyShape.values(), o -> ((BodyShape) o).id(), 1);
        shape.setSelection(new StructuredSelection(BodyShape.HOURGLASS));
        Button apply = new Button(presets, SWT.PUSH);
        apply.setText("Apply Preset");
        apply.setToolTipText("Set every measurement from the size chart for this template, size class and body shape");
        apply.addListener(SWT.Selection, e -> applyPreset());
    }

    private void measurementsGroup(Composite form) {
        Group g = FormControls.group(form, "Measurements", 6);
        FormControls.label(g, "Units:");
        Composite units = new Composite(g, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(units);
        GridDataFactory.fillDefaults().span(5, 1).applyTo(units);
        cm = new Button(units, SWT.RADIO);
        cm.setText("cm");
        cm.setSelection(true);
        inches = new Button(units, SWT.RADIO);
        inches.setText("in");
        cm.addListener(SWT.Selection, e -> setUnit(cm.getSelection() ? LengthUnit.CM : LengthUnit.IN));
        inches.addListener(SWT.Selection, e -> setUnit(inches.getSelection() ? LengthUnit.IN : LengthUnit.CM));
        for (Measurement m : Measurement.values()) {
            FormControls.label(g, title(m) + ":");
            Spinner s = new Spinner(g, SWT.BORDER);
            s.setData("measurement", m.key());
            GridDataFactory.fillDefaults().hint(80, SWT.DEFAULT).applyTo(s);
            s.addListener(SWT.Selection, e -> commitMeasurement(m));
            s.addListener(SWT.DefaultSelection, e -> commitMeasurement(m));
            spinners.put(m, s);
            Label unitLabel = new Label(g, SWT.NONE);
            GridDataFactory.fillDefaults().grab(true, false).align(SWT.BEGINNING, SWT.CENTER).indent(0, 0).applyTo(unitLabel);
            unitLabels.put(m, unitLabel);
        }
    }

    private void skinGroup(Composite form) {
        Group g = FormControls.group(form, "Skin tone (Monk Skin Tone scale)", 1);
        Composite row = new Composite(g, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(10).spacing(3, 0).applyTo(row);
        for (int i = 0; i < 10; i++) {
            int step = i + 1;
            Button b = new Button(row, SWT.TOGGLE);
            b.setImage(swatch(row, SkinTone.monk(step).rgb()));
            b.setToolTipText("Monk skin tone " + step);
            b.addListener(SWT.Selection, e -> edit("Change skin tone", () -> SceneEdits.skin(SkinTone.monk(step))));
            monk[i] = b;
        }
        Composite custom = new Composite(g, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(custom);
        customSkin = new Button(custom, SWT.PUSH);
        customSkin.setText("Custom Colour...");
        customSkin.addListener(SWT.Selection, e -> {
            Integer rgb = chooseColour(doc.scene().avatar().skin().rgb(), "Skin colour");
            if (rgb != null) {
                edit("Change skin colour", () -> SceneEdits.skin(SkinTone.custom(rgb)));
            }
        });
        skinSwatch = new Label(custom, SWT.NONE);
    }

    private void hairGroup(Composite form) {
        Group g = FormControls.group(form, "Hair", 3);
        FormControls.label(g, "Style:");
        hairStyle = combo(g, HairStyle.values(), o -> ((HairStyle) o).id(), 2);
        hairStyle.addSelectionChangedListener(e -> {
            if (!updating) {
                edit("Change hair style", () -> SceneEdits.hairStyle((HairStyle) selected(hairStyle)));
            }
        });
        FormControls.label(g, "Colour:");
        hairColour = new Button(g, SWT.PUSH);
        hairColour.setText("Choose...");
        hairColour.addListener(SWT.Selection, e -> {
            Integer rgb = chooseColour(doc.scene().avatar().hair().rgb(), "Hair colour");
            if (rgb != null) {
                edit("Change hair colour", () -> SceneEdits.hairColour(rgb));
            }
        });
        hairSwatch = new Label(g, SWT.NONE);
    }

    private void profileGroup(Composite form) {
        Group g = FormControls.group(form, "Model profile", 2);
        Button load = new Button(g, SWT.PUSH);
        load.setText("Load Profile...");
        load.setToolTipText("Replace the model by one from a profile file (fvgs avatar new writes them)");
        load.addListener(SWT.Selection, e -> actions.loadProfile(root.getShell(), doc));
        Button save = new Button(g, SWT.PUSH);
        save.setText("Save Profile As...");
        save.setToolTipText("Write the model as a profile file, for fvgs avatar and other scenes");
        save.addListener(SWT.Selection, e -> actions.saveProfile(root.getShell(), doc));
    }

    /** Shows the document: every control, the part's label and dirty marker, and the preview. */
    private void refresh() {
        if (root == null || root.isDisposed()) {
            return;
        }
        updating = true;
        try {
            Scene scene = doc.scene();
            AvatarProfile a = scene.avatar();
            if (!name.getText().equals(a.name())) {
                name.setText(a.name());
            }
            template.setSelection(new StructuredSelection(a.template()));
            for (Measurement m : Measurement.values()) {
                Spinner s = spinners.get(m);
                int factor = factor();
                s.setDigits(unit.decimals());
                s.setValues((int) Math.round(unit.fromCm(a.measurements().get(m)) * factor), (int) Math.ceil(unit.fromCm(m.min()) * factor),
                        (int) Math.floor(unit.fromCm(m.max()) * factor), unit.decimals(), unit == LengthUnit.CM ? 5 : 10, factor * 5);
                unitLabels.get(m).setText(unit.symbol());
                s.setToolTipText(title(m) + ", " + unit.format(m.min()) + " to " + unit.format(m.max()));
            }
            int step = a.skin().monkStep().orElse(0);
            for (int i = 0; i < 10; i++) {
                monk[i].setSelection(step == i + 1);
            }
            setSwatch(skinSwatch, a.skin().rgb(), step == 0 ? "custom" : "MST " + step);
            hairStyle.setSelection(new StructuredSelection(a.hair().style()));
            setSwatch(hairSwatch, a.hair().rgb(), String.format("#%06x", a.hair().rgb()));
            java.util.List<Control> changed = new java.util.ArrayList<>(unitLabels.values());
            changed.add(skinSwatch);
            changed.add(hairSwatch);
            skinSwatch.getShell().layout(changed.toArray(Control[]::new));
        } finally {
            updating = false;
        }
        if (part != null) {
            part.setLabel(LABEL + " - " + doc.name());
            part.setTooltip(doc.file().map(Object::toString).orElse("Untitled scene"));
            part.setDirty(doc.isDirty());
        }
        preview.setScene(doc.scene());
    }

    private int factor() {
        return unit == LengthUnit.CM ? 10 : 100;
    }

    private void setUnit(LengthUnit next) {
        if (next != unit) {
            unit = next;
            refresh();
        }
    }

    private void commitMeasurement(Measurement m) {
        if (updating) {
            return;
        }
        Spinner s = spinners.get(m);
        double cmValue = Math.round(unit.toCm(s.getSelection() / (double) factor()) * 100) / 100.0;
        if (Math.abs(cmValue - doc.scene().avatar().measurements().get(m)) < unit.toCm(0.5 / factor())) {
            return;
        }
        edit("Change " + title(m).toLowerCase(java.util.Locale.ROOT), () -> SceneEdits.measurement(m, cmValue));
    }

    private void commitName() {
        if (!updating && !name.getText().equals(doc.scene().avatar().name())) {
            edit("Rename model", () -> SceneEdits.name(name.getText()));
        }
    }

    private void applyPreset() {
        SizeClass s = (SizeClass) selected(size);
        BodyShape b = (BodyShape) selected(shape);
        edit("Apply preset " + s.label() + " " + b.id(), () -> SceneEdits.preset(s, b));
    }

    /** Makes an edit; a rejected value is shown in the status line and the controls go back to the document. */
    private void edit(String label, java.util.function.Supplier<java.util.function.UnaryOperator<Scene>> change) {
        try {
            if (!doc.edit(label, change.get())) {
                refresh();
            }
        } catch (IllegalArgumentException e) {
            status.setText(label + ": " + e.getMessage());
            refresh();
        } catch (RuntimeException e) {
            StudioErrors.show(root.getShell(), LABEL, label + " failed.", e);
            refresh();
        }
    }

    private Integer chooseColour(int rgb, String title) {
        ColorDialog dialog = new ColorDialog(root.getShell());
        dialog.setText(title);
        dialog.setRGB(new RGB((rgb >> 16) & 255, (rgb >> 8) & 255, rgb & 255));
        RGB chosen = dialog.open();
        return chosen == null ? null : (chosen.red << 16) | (chosen.green << 8) | chosen.blue;
    }

    private void setSwatch(Label label, int rgb, String tooltip) {
        Image old = label.getImage();
        label.setImage(swatch(label, rgb));
        label.setToolTipText(tooltip);
        if (old != null) {
            old.dispose();
        }
    }

    /** A filled square of a colour; disposed with its control. */
    private static Image swatch(Control owner, int rgb) {
        Image image = new Image(owner.getDisplay(), SWATCH, SWATCH);
        GC gc = new GC(image);
        Color c = new Color((rgb >> 16) & 255, (rgb >> 8) & 255, rgb & 255);
        gc.setBackground(c);
        gc.fillRectangle(0, 0, SWATCH, SWATCH);
        gc.setForeground(owner.getDisplay().getSystemColor(SWT.COLOR_WIDGET_NORMAL_SHADOW));
        gc.drawRectangle(0, 0, SWATCH - 1, SWATCH - 1);
        gc.dispose();
        owner.addDisposeListener(e -> image.dispose());
        return image;
    }

    private static ComboViewer combo(Composite parent, Object[] values, java.util.function.Function<Object, String> text, int span) {
        ComboViewer v = new ComboViewer(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
        v.setContentProvider(ArrayContentProvider.getInstance());
        v.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply(element);
            }
        });
        v.setInput(values);
        GridDataFactory.fillDefaults().span(span, 1).applyTo(v.getControl());
        return v;
    }

    private static Object selected(ComboViewer v) {
        return ((IStructuredSelection) v.getSelection()).getFirstElement();
    }

    /** @param m a measurement @return its name for people, e.g. {@code High hip} */
    static String title(Measurement m) {
        String words = m.key().replaceAll("([A-Z])", " $1").toLowerCase(java.util.Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    // --- for tests and benchmarks ---

    /** @return the spinner of a measurement */
    public Spinner spinner(Measurement m) {
        return spinners.get(m);
    }

    /** @return the preview */
    public PreviewCanvas preview() {
        return preview;
    }

    /** @return the unit shown */
    public LengthUnit unit() {
        return unit;
    }

    /** @return the cm and in radio buttons */
    public Button[] unitButtons() {
        return new Button[] { cm, inches };
    }

    /** @return the ten Monk skin tone buttons, lightest first */
    public Button[] monkButtons() {
        return monk.clone();
    }

    /** @return the status line under the preview */
    public Label status() {
        return status;
    }

    /** @return the hair style combo */
    public ComboViewer hairStyleViewer() {
        return hairStyle;
    }
}
