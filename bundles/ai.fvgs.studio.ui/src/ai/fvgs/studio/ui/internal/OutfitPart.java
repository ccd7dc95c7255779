package ai.fvgs.studio.ui.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ComboViewer;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.ColorDialog;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;

import ai.fvgs.extensions.ExtensionListener;
import ai.fvgs.extensions.ExtensionRecord;
import ai.fvgs.extensions.ExtensionState;
import ai.fvgs.extensions.GarmentStyleRegistry;
import ai.fvgs.scene.Material;
import ai.fvgs.scene.Scene;
import ai.fvgs.sdk.garment.GarmentStyle;
import ai.fvgs.sdk.garment.ParameterSpec;
import ai.fvgs.studio.SceneDocument;
import ai.fvgs.studio.SceneEdits;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * The Outfit part of the Studio (the Model Transformer): the garment styles installed now, from the live
 * {@link GarmentStyleRegistry} (a vendor garment dropped into the dropins folder appears without a restart), the
 * outfit innermost layer first with Move Up, Move Down and Remove, the selected garment's parameters (from its
 * {@link ParameterSpec}s), fabric colour, pattern (procedural or an imported image) and material, and a preview
 * of the dressed model. Every change is an undoable edit of the Studio's {@link SceneDocument}; the controls and
 * the preview follow the document. Look Variants... opens the {@link LookVariantsDialog}.
 */
public final class OutfitPart {

    /** The part's label. */
    static final String LABEL = "Outfit";

    /** Asks for a pattern image with the native file dialog. */
    static final FileChooser IMAGE_DIALOG = (shell, save, title, suggestedName) -> {
        FileDialog dialog = new FileDialog(shell, SWT.OPEN);
        dialog.setText(title);
        dialog.setFilterExtensions(new String[] { "*.png;*.jpg;*.jpeg", "*" });
        dialog.setFilterNames(new String[] { "Images (*.png, *.jpg)", "All files" });
        String chosen = dialog.open();
        return chosen == null ? null : Path.of(chosen);
    };

    private final SceneDocument doc;
    private final UISynchronize sync;
    private final GarmentStyleRegistry registry;
    private final DocumentActions actions;
    private final FileChooser images;
    private final SceneDocument.Listener listener = change -> refresh();
    private final ExtensionListener registryListener;
    private Composite root;
    private ScrolledComposite scroll;
    private Composite form;
    private TableViewer available;
    private TableViewer outfit;
    private Composite parameters;
    private String parametersOf;
    private final List<Runnable> parameterUpdaters = new ArrayList<>();
    private Button colour;
    private Label colourSwatch;
    private ComboViewer pattern;
    private Button importPattern;
    private Button patternColour;
    private Label patternSwatch;
    private ComboViewer material;
    private Label status;
    private PreviewCanvas preview;
    private boolean updating;

    /**
     * @param doc      the Studio's document
     * @param sync     runs updates on the display thread
     * @param registry the installed garment styles
     */
    @Inject
    public OutfitPart(SceneDocument doc, UISynchronize sync, GarmentStyleRegistry registry) {
        this(doc, sync, registry, new DocumentActions(FileChooser.DIALOG), IMAGE_DIALOG);
    }

    /**
     * @param doc      the document
     * @param sync     runs updates on the display thread
     * @param registry the installed garment styles
     * @param actions  file actions (asked before a look variant replaces an unsaved scene)
     * @param images   picks pattern images (tests pass one that answers without a dialog)
     */
    public OutfitPart(SceneDocument doc, UISynchronize sync, GarmentStyleRegistry registry, DocumentActions actions, FileChooser images) {
        this.doc = doc;
        this.sync = sync;
        this.registry = registry;
        this.actions = actions;
        this.images = images;
        this.registryListener = event -> sync.asyncExec(this::stylesChanged);
    }

    /** @param parent the part's composite */
    @PostConstruct
    public void createControls(Composite parent) {
        root = parent;
        parent.setLayout(new org.eclipse.swt.layout.FillLayout());
        SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
        scroll = new ScrolledComposite(sash, SWT.V_SCROLL | SWT.H_SCROLL);
        form = new Composite(scroll, SWT.NONE);
        GridLayoutFactory.fillDefaults().margins(8, 8).applyTo(form);
        availableGroup(form);
        outfitGroup(form);
        garmentGroup(form);
        Button variants = new Button(form, SWT.PUSH);
        variants.setText("Look &Variants...");
        variants.setToolTipText("The same outfit on models of other skin tones, sizes and hair styles");
        variants.addListener(SWT.Selection, e -> openLookVariants().open());
        scroll.setContent(form);
        scroll.setExpandHorizontal(true);
        scroll.setExpandVertical(true);
        scroll.setMinSize(form.computeSize(SWT.DEFAULT, SWT.DEFAULT));

        Composite right = new Composite(sash, SWT.NONE);
        GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(right);
        preview = new PreviewCanvas(right, sync, this::style, text -> {
            if (!status.isDisposed()) {
                status.setText(text);
            }
        });
        GridDataFactory.fillDefaults().grab(true, true).applyTo(preview.control());
        status = new Label(right, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(status);
        sash.setWeights(45, 55);

        registry.addListener(registryListener);
        doc.addListener(listener);
        parent.addDisposeListener(e -> dispose());
        available.setInput(activeRecords());
        refresh();
    }

    @Focus
    void focus() {
        available.getControl().setFocus();
    }

    @PreDestroy
    void dispose() {
        doc.removeListener(listener);
        registry.removeListener(registryListener);
    }

    /**
     * Finds an installed garment style; used by the preview on its worker thread.
     *
     * @param id a style id
     * @return the active style with that id, or empty
     */
    java.util.Optional<GarmentStyle> style(String id) {
        if (!registry.activeIds().contains(id)) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(registry.call(id, s -> s));
        } catch (RuntimeException e) {
            return java.util.Optional.empty();
        }
    }

    /** @return a look variants dialog for this document (not yet open) */
    public LookVariantsDialog openLookVariants() {
        return new LookVariantsDialog(root.getShell(), doc, this::style, actions);
    }

    private void availableGroup(Composite form) {
        Group g = FormControls.group(form, "Available Garments", 2);
        available = new TableViewer(g, SWT.BORDER | SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL);
        available.getTable().setHeaderVisible(true);
        FormControls.column(available, ExtensionRecord.class, "Garment", 170, ExtensionRecord::label);
        FormControls.column(available, ExtensionRecord.class, "Vendor", 110, ExtensionRecord::vendor);
        available.setContentProvider(ArrayContentProvider.getInstance());
        GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, 150).span(1, 1).applyTo(available.getControl());
        Button add = new Button(g, SWT.PUSH);
        add.setText("&Add");
        add.setToolTipText("Put the selected garment on, over the others (or double-click it)");
        GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(add);
        add.addListener(SWT.Selection, e -> addSelected());
        available.addDoubleClickListener(e -> addSelected());
    }

    private void outfitGroup(Composite form) {
        Group g = FormControls.group(form, "Outfit (innermost first)", 2);
        outfit = new TableViewer(g, SWT.BORDER | SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL);
        outfit.getTable().setHeaderVisible(true);
        FormControls.column(outfit, Integer.class, "Garment", 170, i -> label(garment(i).style()));
        FormControls.column(outfit, Integer.class, "Fabric", 110, i -> {
            Scene.Fabric f = garment(i).fabric();
            return String.format("#%06X %s%s", f.rgb(), f.material().id(), "none".equals(f.pattern().type()) ? "" : ", " + f.pattern().type());
        });
        outfit.setContentProvider(ArrayContentProvider.getInstance());
        GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, 110).applyTo(outfit.getControl());
        outfit.addSelectionChangedListener(e -> {
            if (!updating) {
                refresh();
            }
        });
        Composite buttons = new Composite(g, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(buttons);
        GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(buttons);
        FormControls.button(buttons, "Move &Up", "Move the garment inwards (under the ones after it)", () -> move(-1));
        FormControls.button(buttons, "Move &Down", "Move the garment outwards (over the ones before it)", () -> move(1));
        FormControls.button(buttons, "&Remove", "Take the garment off", () -> {
            int i = selectedGarment();
            if (i >= 0) {
                edit("Remove " + label(garment(i).style()), () -> SceneEdits.removeGarment(i));
            }
        });
    }

    private void garmentGroup(Composite form) {
        Group g = FormControls.group(form, "Selected Garment", 3);
        parameters = new Composite(g, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(3).applyTo(parameters);
        GridDataFactory.fillDefaults().grab(true, false).span(3, 1).applyTo(parameters);

        FormControls.label(g, "Fabric colour:");
        colourSwatch = new Label(g, SWT.BORDER);
        GridDataFactory.fillDefaults().hint(22, 22).applyTo(colourSwatch);
        colour = new Button(g, SWT.PUSH);
        colour.setText("&Colour...");
        colour.addListener(SWT.Selection, e -> chooseColour());

        FormControls.label(g, "Pattern:");
        pattern = new ComboViewer(g, SWT.READ_ONLY);
        pattern.setContentProvider(ArrayContentProvider.getInstance());
        pattern.setInput(SceneEdits.PATTERN_TYPES);
        pattern.addSelectionChangedListener(e -> {
            String type = (String) pattern.getStructuredSelection().getFirstElement();
            int i = selectedGarment();
            if (!updating && i >= 0 && type != null && !"image".equals(type)) {
                Scene.Pattern p = garment(i).fabric().pattern();
                int rgb = "none".equals(p.type()) || "image".equals(p.type()) ? 0xFFFFFF : p.rgb();
                edit("Change pattern", () -> SceneEdits.pattern(i, type, rgb, p.scale()));
            } else if (!updating && "image".equals(type)) {
                importPattern();
            }
        });
        importPattern = new Button(g, SWT.PUSH);
        importPattern.setText("&Import Pattern Image...");
        importPattern.addListener(SWT.Selection, e -> importPattern());

        FormControls.label(g, "Pattern colour:");
        patternSwatch = new Label(g, SWT.BORDER);
        GridDataFactory.fillDefaults().hint(22, 22).applyTo(patternSwatch);
        patternColour = new Button(g, SWT.PUSH);
        patternColour.setText("Pattern C&olour...");
        patternColour.setToolTipText("The colour of the stripes, checks or dots");
        patternColour.addListener(SWT.Selection, e -> choosePatternColour());

        FormControls.label(g, "Material:");
        material = new ComboViewer(g, SWT.READ_ONLY);
        material.setContentProvider(ArrayContentProvider.getInstance());
        material.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                return ((Material) element).id();
            }
        });
        material.setInput(Material.values());
        GridDataFactory.fillDefaults().span(2, 1).applyTo(material.getControl());
        material.addSelectionChangedListener(e -> {
            Material m = (Material) material.getStructuredSelection().getFirstElement();
            int i = selectedGarment();
            if (!updating && i >= 0 && m != null) {
                edit("Change material to " + m.id(), () -> SceneEdits.material(i, m));
            }
        });
    }

    private void stylesChanged() {
        if (available.getControl().isDisposed()) {
            return;
        }
        available.setInput(activeRecords());
        parametersOf = null;
        refresh();
        preview.refresh();
    }

    private List<ExtensionRecord> activeRecords() {
        return registry.records().stream().filter(r -> r.state() == ExtensionState.ACTIVE).toList();
    }

    private void addSelected() {
        ExtensionRecord r = (ExtensionRecord) available.getStructuredSelection().getFirstElement();
        if (r == null) {
            return;
        }
        GarmentStyle style = style(r.id()).orElse(null);
        if (style == null) {
            StudioErrors.show(root.getShell(), LABEL, "Add " + r.label() + " failed.",
                    new IllegalStateException("garment style \"" + r.id() + "\" is no longer installed"));
            return;
        }
        if (edit("Add " + r.label(), () -> SceneEdits.addGarment(style))) {
            select(doc.scene().outfit().size() - 1);
        }
    }

    private void move(int by) {
        int i = selectedGarment();
        int to = i + by;
        if (i >= 0 && to >= 0 && to < doc.scene().outfit().size()) {
            if (edit("Move " + label(garment(i).style()) + (by < 0 ? " up" : " down"), () -> SceneEdits.moveGarment(i, to))) {
                select(to);
            }
        }
    }

    private void chooseColour() {
        int i = selectedGarment();
        if (i < 0) {
            return;
        }
        int rgb = garment(i).fabric().rgb();
        ColorDialog dialog = new ColorDialog(root.getShell());
        dialog.setText("Fabric Colour");
        dialog.setRGB(new RGB((rgb >> 16) & 255, (rgb >> 8) & 255, rgb & 255));
        RGB chosen = dialog.open();
        if (chosen != null) {
            setColour(i, (chosen.red << 16) | (chosen.green << 8) | chosen.blue);
        }
    }

    private void choosePatternColour() {
        int i = selectedGarment();
        if (i < 0) {
            return;
        }
        Scene.Pattern p = garment(i).fabric().pattern();
        if (!List.of("stripes", "check", "dots").contains(p.type())) {
            return;
        }
        ColorDialog dialog = new ColorDialog(root.getShell());
        dialog.setText("Pattern Colour");
        dialog.setRGB(new RGB((p.rgb() >> 16) & 255, (p.rgb() >> 8) & 255, p.rgb() & 255));
        RGB chosen = dialog.open();
        if (chosen != null) {
            int rgb = (chosen.red << 16) | (chosen.green << 8) | chosen.blue;
            edit("Change pattern colour", () -> SceneEdits.pattern(i, p.type(), rgb, p.scale()));
        }
    }

    /**
     * Changes the fabric colour of a garment, as the Colour... button does after the colour dialog.
     *
     * @param index the garment's position
     * @param rgb   the colour {@code 0xRRGGBB}
     */
    public void setColour(int index, int rgb) {
        edit("Change fabric colour", () -> SceneEdits.fabricColour(index, rgb));
    }

    private void importPattern() {
        int i = selectedGarment();
        if (i < 0) {
            return;
        }
        Path file = images.choose(root.getShell(), false, "Import Pattern Image", null);
        if (file == null) {
            refresh();
            return;
        }
        double scale = garment(i).fabric().pattern().scale();
        edit("Import pattern " + file.getFileName(), () -> SceneEdits.patternImage(i, file, scale));
    }

    /** Makes the change an undoable edit; shows a rejected or failed change in a dialog. @return whether it changed */
    private boolean edit(String label, Supplier<UnaryOperator<Scene>> change) {
        return DocumentEdit.apply(doc, root, LABEL, label, change, this::refresh);
    }

    private void refresh() {
        if (root == null || root.isDisposed()) {
            return;
        }
        updating = true;
        try {
            Scene scene = doc.scene();
            int selected = selectedGarment();
            List<Integer> rows = new ArrayList<>();
            for (int i = 0; i < scene.outfit().size(); i++) {
                rows.add(i);
            }
            outfit.setInput(rows);
            if (selected >= scene.outfit().size()) {
                selected = scene.outfit().size() - 1;
            }
            if (selected < 0 && !rows.isEmpty()) {
                selected = 0;
            }
            outfit.setSelection(selected < 0 ? StructuredSelection.EMPTY : new StructuredSelection(selected));
            Scene.Garment g = selected < 0 ? null : scene.outfit().get(selected);
            for (Control c : new Control[] { colour, pattern.getControl(), importPattern, material.getControl() }) {
                c.setEnabled(g != null);
            }
            Scene.Pattern p = g == null ? Scene.Pattern.NONE : g.fabric().pattern();
            boolean procedural = List.of("stripes", "check", "dots").contains(p.type());
            patternColour.setEnabled(procedural);
            patternSwatch.setVisible(procedural);
            if (procedural) {
                patternSwatch.setBackground(new Color(patternSwatch.getDisplay(), (p.rgb() >> 16) & 255, (p.rgb() >> 8) & 255, p.rgb() & 255));
            }
            if (g != null) {
                setSwatch(g.fabric().rgb());
                pattern.setSelection(new StructuredSelection(g.fabric().pattern().type()));
                material.setSelection(new StructuredSelection(g.fabric().material()));
            }
            parameters(selected, g);
        } finally {
            updating = false;
        }
        preview.setScene(doc.scene());
    }

    /** Rebuilds the parameter editors when another garment is selected; else only shows the values. */
    private void parameters(int index, Scene.Garment g) {
        String key = g == null ? "" : index + "/" + g.style();
        if (!key.equals(parametersOf)) {
            parametersOf = key;
            parameterUpdaters.clear();
            for (Control c : parameters.getChildren()) {
                c.dispose();
            }
            GarmentStyle style = g == null ? null : style(g.style()).orElse(null);
            if (g != null && style == null) {
                FormControls.label(parameters, "Garment style \"" + g.style() + "\" is not installed.");
            } else if (style != null) {
                for (ParameterSpec spec : style.parameters()) {
                    parameterEditor(index, style, spec);
                }
            }
            form.layout(true, true);
            scroll.setMinSize(form.computeSize(SWT.DEFAULT, SWT.DEFAULT));
        }
        parameterUpdaters.forEach(Runnable::run);
    }

    private void parameterEditor(int index, GarmentStyle style, ParameterSpec spec) {
        FormControls.label(parameters, spec.label() + ":");
        if (spec.type() == ParameterSpec.Type.NUMBER) {
            Spinner s = new Spinner(parameters, SWT.BORDER);
            s.setDigits(1);
            s.setMinimum((int) Math.round(spec.min() * 10));
            s.setMaximum((int) Math.round(spec.max() * 10));
            s.setData("parameter", spec.key());
            GridDataFactory.fillDefaults().grab(true, false).applyTo(s);
            FormControls.label(parameters, spec.unit() == null ? "" : spec.unit());
            s.addListener(SWT.Selection, e -> {
                if (!updating) {
                    edit("Change " + spec.label().toLowerCase(java.util.Locale.ROOT),
                            () -> SceneEdits.garmentParameter(index, style, spec.key(), s.getSelection() / 10.0));
                }
            });
            parameterUpdaters.add(() -> {
                Object v = garment(index).parameters().get(spec.key());
                s.setSelection((int) Math.round((v instanceof Number n ? n.doubleValue() : spec.defaultNumber()) * 10));
            });
        } else {
            ComboViewer c = new ComboViewer(parameters, SWT.READ_ONLY);
            c.setContentProvider(ArrayContentProvider.getInstance());
            c.setInput(spec.choices());
            c.getControl().setData("parameter", spec.key());
            GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(c.getControl());
            c.addSelectionChangedListener(e -> {
                Object v = c.getStructuredSelection().getFirstElement();
                if (!updating && v != null) {
                    edit("Change " + spec.label().toLowerCase(java.util.Locale.ROOT), () -> SceneEdits.garmentParameter(index, style, spec.key(), v));
                }
            });
            parameterUpdaters.add(() -> {
                Object v = garment(index).parameters().get(spec.key());
                c.setSelection(new StructuredSelection(v != null ? v : spec.defaultChoice()));
            });
        }
    }

    private void setSwatch(int rgb) {
        Color c = new Color(colourSwatch.getDisplay(), (rgb >> 16) & 255, (rgb >> 8) & 255, rgb & 255);
        colourSwatch.setBackground(c);
        colourSwatch.setToolTipText(String.format("#%06X", rgb));
    }

    private Scene.Garment garment(int i) {
        return doc.scene().outfit().get(i);
    }

    private String label(String styleId) {
        return registry.record(styleId).map(ExtensionRecord::label).orElse(styleId);
    }

    private int selectedGarment() {
        Object o = outfit.getStructuredSelection().getFirstElement();
        return o instanceof Integer i && i < doc.scene().outfit().size() ? i : -1;
    }

    private void select(int index) {
        outfit.setSelection(new StructuredSelection(index));
    }

    // for tests

    /** @return the viewer of installed garment styles */
    public TableViewer availableViewer() {
        return available;
    }

    /** @return the viewer of the outfit's garments */
    public TableViewer outfitViewer() {
        return outfit;
    }

    /** @return the parameter editors' composite (controls carry their parameter key as data "parameter") */
    public Composite parameterEditors() {
        return parameters;
    }

    /** @return the pattern and material viewers */
    public ComboViewer[] fabricViewers() {
        return new ComboViewer[] { pattern, material };
    }

    /** @return the dressed-model preview */
    public PreviewCanvas preview() {
        return preview;
    }

    /** Adds the garment selected in the available viewer, as the Add button does. */
    public void addSelectedGarment() {
        addSelected();
    }
}
