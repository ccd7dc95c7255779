package ai.fvgs.studio.ui.internal;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ComboViewer;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;

import ai.fvgs.scene.Scene;
import ai.fvgs.studio.RenderPreset;

/**
 * Asks how to render the Studio's scene: the frame size (a preset, the aspect ratio and frame rate stay the
 * scene's), the duration (the scene's by default), the folder the MP4 goes to (the renders folder under the
 * workbench data directory by default) and whether the guidance sequences are written too. The scene itself is
 * not changed.
 */
public final class RenderDialog extends Dialog {

    /**
     * What the user chose.
     *
     * @param preset   the frame size
     * @param duration seconds
     * @param folder   where the render goes
     * @param guidance whether the guidance sequences are written too
     */
    public record Choice(RenderPreset preset, double duration, Path folder, boolean guidance) {
    }

    private final Scene scene;
    private final Path defaultFolder;
    private ComboViewer preset;
    private Spinner duration;
    private Text folder;
    private Button guidance;
    private Label problem;
    private Choice choice;

    /**
     * @param parent        the parent shell
     * @param scene         the scene to render
     * @param defaultFolder the folder offered for the render
     */
    public RenderDialog(Shell parent, Scene scene, Path defaultFolder) {
        super(parent);
        this.scene = scene;
        this.defaultFolder = defaultFolder;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Render");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        GridLayoutFactory.swtDefaults().numColumns(3).applyTo(area);
        Scene.Output o = scene.output();
        Label about = new Label(area, SWT.WRAP);
        about.setText(String.format(Locale.ROOT, "Render %s to an MP4 video. The scene is %d x %d (%s) at %d fps, %.1f s.", scene.avatar().name(),
                o.width(), o.height(), o.aspect(), o.fps(), o.duration()));
        GridDataFactory.fillDefaults().span(3, 1).hint(560, SWT.DEFAULT).applyTo(about);

        new Label(area, SWT.NONE).setText("&Size:");
        preset = new ComboViewer(area, SWT.READ_ONLY | SWT.DROP_DOWN);
        preset.setContentProvider(ArrayContentProvider.getInstance());
        preset.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                RenderPreset p = (RenderPreset) element;
                Scene.Output out = p.apply(o, o.duration());
                return p.label() + ": " + out.width() + " x " + out.height();
            }
        });
        preset.setInput(RenderPreset.values());
        preset.setSelection(new StructuredSelection(RenderPreset.PREVIEW));
        GridDataFactory.fillDefaults().span(2, 1).applyTo(preset.getControl());

        new Label(area, SWT.NONE).setText("&Duration (s):");
        duration = new Spinner(area, SWT.BORDER);
        duration.setDigits(1);
        duration.setValues((int) Math.round(Math.min(600, o.duration()) * 10), 1, 6000, 1, 10, 50);
        GridDataFactory.fillDefaults().span(2, 1).applyTo(duration);

        new Label(area, SWT.NONE).setText("&Folder:");
        folder = new Text(area, SWT.BORDER);
        folder.setText(defaultFolder.toString());
        GridDataFactory.fillDefaults().grab(true, false).hint(320, SWT.DEFAULT).applyTo(folder);
        Button browse = new Button(area, SWT.PUSH);
        browse.setText("&Browse...");
        browse.addListener(SWT.Selection, e -> {
            DirectoryDialog d = new DirectoryDialog(getShell());
            d.setText("Render Folder");
            d.setFilterPath(folder.getText());
            String chosen = d.open();
            if (chosen != null) {
                folder.setText(chosen);
            }
        });

        guidance = new Button(area, SWT.CHECK);
        guidance.setText("Also write the &guidance sequences (pose, depth, normals, segmentation, mask)");
        GridDataFactory.fillDefaults().span(3, 1).applyTo(guidance);
        problem = new Label(area, SWT.WRAP);
        GridDataFactory.fillDefaults().span(3, 1).hint(560, SWT.DEFAULT).applyTo(problem);
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, "&Render", true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
    }

    @Override
    protected void okPressed() {
        String text = folder.getText().strip();
        Path dir;
        try {
            dir = Path.of(text);
        } catch (InvalidPathException e) {
            problem.setText("Folder '" + text + "' is not a valid path: " + e.getReason());
            return;
        }
        if (text.isEmpty() || !dir.isAbsolute()) {
            problem.setText("Folder '" + text + "': give a full path, such as " + defaultFolder);
            return;
        }
        RenderPreset p = (RenderPreset) preset.getStructuredSelection().getFirstElement();
        choice = new Choice(p, duration.getSelection() / 10.0, dir, guidance.getSelection());
        super.okPressed();
    }

    /** @return what the user chose, once Render was pressed; else null */
    public Choice choice() {
        return choice;
    }

    /** @return the size presets */
    public ComboViewer presetViewer() {
        return preset;
    }

    /** @return the duration in tenths of a second */
    public Spinner durationSpinner() {
        return duration;
    }

    /** @return the folder field */
    public Text folderText() {
        return folder;
    }

    /** @return the guidance check box */
    public Button guidanceButton() {
        return guidance;
    }

    /** Presses Render, as a user would. */
    public void pressRender() {
        buttonPressed(IDialogConstants.OK_ID);
    }
}
