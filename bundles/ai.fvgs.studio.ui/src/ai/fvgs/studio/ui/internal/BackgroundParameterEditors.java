package ai.fvgs.studio.ui.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import ai.fvgs.scene.Scene;
import ai.fvgs.sdk.background.Background;
import ai.fvgs.sdk.background.BackgroundParameter;
import ai.fvgs.studio.SceneDocument;
import ai.fvgs.studio.SceneSetupEdits;

/**
 * Editors for the parameters a background declares ({@link Background#parameters()}): a text field for colours
 * ({@code #rrggbb}), numbers and files, applied on Enter or when the field loses focus; a drop-down for choices; a
 * check box for booleans. Each change is an undoable edit that the background checks; a value it rejects is shown
 * in a dialog naming what is allowed, and the field shows the scene's value again. Every editor carries its
 * parameter key as data {@code "parameter"}.
 */
final class BackgroundParameterEditors {

    private final Composite composite;
    private final SceneDocument doc;
    private final BackgroundGallery.Editor editor;
    private final Supplier<Path> base;
    private final Runnable relayout;
    private final List<Consumer<Scene.Background>> updaters = new ArrayList<>();
    private String shownId;
    private boolean updating;
    private boolean applying;

    BackgroundParameterEditors(Composite parent, SceneDocument doc, BackgroundGallery.Editor editor, Supplier<Path> base, Runnable relayout) {
        this.doc = doc;
        this.editor = editor;
        this.base = base;
        this.relayout = relayout;
        composite = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(composite);
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(composite);
    }

    /** Rebuilds the editors on the next {@link #show}, e.g. after the installed backgrounds changed. */
    void forget() {
        shownId = null;
    }

    /**
     * @param scene      the scene's background
     * @param background its extension, or null if it is not installed
     */
    void show(Scene.Background scene, Background background) {
        String id = background == null ? "missing:" + scene.id() : scene.id();
        if (!id.equals(shownId)) {
            shownId = id;
            updaters.clear();
            for (Control c : composite.getChildren()) {
                c.dispose();
            }
            if (background == null) {
                new Label(composite, SWT.WRAP).setText("Background \"" + scene.id() + "\" is not installed.");
            } else {
                for (BackgroundParameter p : background.parameters()) {
                    editor(background, p);
                }
            }
            relayout.run();
        }
        updating = true;
        try {
            updaters.forEach(u -> u.accept(scene));
        } finally {
            updating = false;
        }
    }

    private void editor(Background background, BackgroundParameter p) {
        Label label = new Label(composite, SWT.NONE);
        label.setText(p.label() + (p.unit().isEmpty() ? "" : " (" + p.unit() + ")") + ":");
        label.setToolTipText(p.description());
        String change = "Change " + p.label().toLowerCase(Locale.ROOT);
        switch (p.type()) {
            case CHOICE -> {
                Combo c = new Combo(composite, SWT.READ_ONLY);
                c.setItems(p.choices().toArray(String[]::new));
                c.setData("parameter", p.key());
                GridDataFactory.fillDefaults().grab(true, false).applyTo(c);
                c.addListener(SWT.Selection, e -> apply(background, p, change, c.getText()));
                updaters.add(b -> c.setText(value(b, p)));
            }
            case BOOLEAN -> {
                Button c = new Button(composite, SWT.CHECK);
                c.setData("parameter", p.key());
                c.addListener(SWT.Selection, e -> apply(background, p, change, Boolean.toString(c.getSelection())));
                updaters.add(b -> c.setSelection(Boolean.parseBoolean(value(b, p))));
            }
            default -> {
                Text t = new Text(composite, SWT.BORDER | SWT.SINGLE);
                t.setData("parameter", p.key());
                t.setToolTipText(p.description() + " Allowed: " + p.allowed() + ". Press Enter to apply.");
                GridDataFactory.fillDefaults().grab(true, false).applyTo(t);
                t.addListener(SWT.DefaultSelection, e -> apply(background, p, change, t.getText().strip()));
                t.addListener(SWT.FocusOut, e -> apply(background, p, change, t.getText().strip()));
                updaters.add(b -> t.setText(value(b, p)));
            }
        }
    }

    private void apply(Background background, BackgroundParameter p, String label, String text) {
        if (updating || applying || text.equals(value(doc.scene().background(), p))) {
            return;
        }
        applying = true; // the error dialog takes the focus: the field's focus-out must not apply the value again
        try {
            editor.edit(label, () -> SceneSetupEdits.backgroundParameter(background, p.key(), text, base.get()));
        } finally {
            applying = false;
        }
        if (!composite.isDisposed()) {
            show(doc.scene().background(), background);
        }
    }

    private static String value(Scene.Background b, BackgroundParameter p) {
        String v = b.parameters().get(p.key());
        return v != null ? v : p.defaultValue() == null ? "" : p.defaultValue();
    }

    /** @return the editors' composite */
    Composite composite() {
        return composite;
    }
}
