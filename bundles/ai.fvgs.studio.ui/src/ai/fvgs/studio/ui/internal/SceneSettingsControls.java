package ai.fvgs.studio.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Spinner;

import ai.fvgs.motion.CatwalkSettings;
import ai.fvgs.motion.CatwalkStyle;
import ai.fvgs.scene.Scene;
import ai.fvgs.studio.SceneDocument;
import ai.fvgs.studio.SceneSetupEdits;

/**
 * The Scene part's Motion, Camera and Output groups: the catwalk style and its settings, the camera preset and
 * its settings, resolution, aspect, frame rate and duration. Drop-downs and spinners carry what they set as data
 * {@code "setting"} ({@code motion}, {@code motion.speed}, {@code camera.fov}, {@code output.duration}, ...). Each
 * change goes to the part's {@link BackgroundGallery.Editor} as one undoable edit; {@link #show} shows a scene.
 */
final class SceneSettingsControls {

    private final SceneDocument doc;
    private final BackgroundGallery.Editor editor;
    private final List<Runnable> updaters = new ArrayList<>();
    private Combo motionStyle;
    private Combo cameraPreset;
    private Combo resolution;
    private Combo aspect;
    private Combo fps;
    private Spinner duration;

    SceneSettingsControls(Composite form, SceneDocument doc, BackgroundGallery.Editor editor) {
        this.doc = doc;
        this.editor = editor;
        motionGroup(form);
        cameraGroup(form);
        outputGroup(form);
    }

    private void motionGroup(Composite form) {
        Group g = FormControls.group(form, "Motion", 3);
        FormControls.label(g, "Catwalk style:");
        motionStyle = combo(g, List.of(CatwalkStyle.values()).stream().map(CatwalkStyle::id).toList(), "motion");
        motionStyle.addListener(SWT.Selection, e -> editor.edit("Change catwalk style to " + motionStyle.getText(),
                () -> SceneSetupEdits.motionStyle(CatwalkStyle.ofId(motionStyle.getText()))));
        for (SceneSetupEdits.Setting s : SceneSetupEdits.MOTION_SETTINGS) {
            setting(g, s, "motion", () -> {
                CatwalkSettings c = doc.scene().motion().catwalk();
                return c == null ? Double.NaN : motionValue(c, s.key());
            }, v -> SceneSetupEdits.motionSetting(s.key(), v));
        }
    }

    private void cameraGroup(Composite form) {
        Group g = FormControls.group(form, "Camera", 3);
        FormControls.label(g, "Preset:");
        cameraPreset = combo(g, SceneSetupEdits.CAMERA_PRESETS, "camera");
        cameraPreset.addListener(SWT.Selection, e -> editor.edit("Change camera to " + cameraPreset.getText(),
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
        Group g = FormControls.group(form, "Output", 3);
        FormControls.label(g, "Resolution:");
        resolution = combo(g, SceneSetupEdits.RESOLUTIONS.stream().map(r -> r + "p").toList(), "resolution");
        resolution.addListener(SWT.Selection, e -> editor.edit("Change resolution to " + resolution.getText(),
                () -> SceneSetupEdits.resolution(Integer.parseInt(resolution.getText().replace("p", "")))));
        FormControls.label(g, "Aspect:");
        aspect = combo(g, SceneSetupEdits.ASPECTS, "aspect");
        aspect.addListener(SWT.Selection, e -> editor.edit("Change aspect to " + aspect.getText(), () -> SceneSetupEdits.aspect(aspect.getText())));
        FormControls.label(g, "Frame rate (fps):");
        fps = combo(g, SceneSetupEdits.FPS.stream().map(String::valueOf).toList(), "fps");
        fps.addListener(SWT.Selection, e -> editor.edit("Change frame rate to " + fps.getText(), () -> SceneSetupEdits.fps(Integer.parseInt(fps.getText()))));
        duration = setting(g, new SceneSetupEdits.Setting("duration", "Duration", "s", 0.1, 600), "output", () -> doc.scene().output().duration(),
                SceneSetupEdits::duration);
    }

    /** A spinner with two decimals for a number setting; its edit is made when the value changes. */
    private Spinner setting(Group g, SceneSetupEdits.Setting s, String where, Supplier<Double> value,
            java.util.function.DoubleFunction<UnaryOperator<Scene>> change) {
        FormControls.label(g, s.label() + ":");
        Spinner spinner = new Spinner(g, SWT.BORDER);
        spinner.setDigits(2);
        spinner.setMinimum((int) Math.round(s.min() * 100));
        spinner.setMaximum((int) Math.round(s.max() * 100));
        spinner.setIncrement(s.max() - s.min() > 20 ? 100 : s.max() - s.min() > 2 ? 10 : 1);
        spinner.setData("setting", where + "." + s.key());
        GridDataFactory.fillDefaults().grab(true, false).applyTo(spinner);
        FormControls.label(g, s.unit());
        spinner.addListener(SWT.Selection, e -> editor.edit("Change " + s.label().toLowerCase(Locale.ROOT),
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

    /** @param s the scene whose values the controls show (the caller keeps its edits from firing meanwhile) */
    void show(Scene s) {
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
    }

    /** @return the catwalk style, camera preset, resolution, aspect and frame rate drop-downs */
    Combo[] combos() {
        return new Combo[] { motionStyle, cameraPreset, resolution, aspect, fps };
    }

    /** @return the duration spinner (hundredths of a second) */
    Spinner duration() {
        return duration;
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

    private static Combo combo(Composite g, List<String> items, String data) {
        Combo c = new Combo(g, SWT.READ_ONLY);
        c.setItems(items.toArray(String[]::new));
        c.setData("setting", data);
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(c);
        return c;
    }

}
