package ai.fvgs.dataset.ui.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.eclipse.jface.widgets.WidgetFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import ai.fvgs.dataset.ExportFormat;
import ai.fvgs.dataset.ExportMedia;
import ai.fvgs.dataset.ExportOptions;
import ai.fvgs.dataset.YoloTask;

/**
 * The second page of the export wizard: the format (COCO, YOLO with its task, JSONL), how the media files are
 * provided (copied, hard-linked, left out) and the folder to write. A folder that exists and is not empty is
 * refused here, before anything runs.
 */
public final class ExportTargetPage extends WizardPage {

    private Combo format, task;
    private Button copy, link, none;
    private Text folder;

    /** Creates the page. */
    public ExportTargetPage() {
        super("target", "Export Dataset", null);
        setDescription("Choose the format, the media and a new folder to write");
        setPageComplete(false);
    }

    @Override
    public void createControl(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        page.setLayout(new GridLayout(3, false));
        new Label(page, SWT.NONE).setText("&Format:");
        format = new Combo(page, SWT.READ_ONLY);
        format.setItems("COCO (instances_<split>.json)", "YOLO (images/, labels/, data.yaml)", "JSONL (<split>.jsonl: captions, tags, attributes)");
        format.select(0);
        format.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        new Label(page, SWT.NONE).setText("YOLO &task:");
        task = new Combo(page, SWT.READ_ONLY);
        task.setItems("detect (boxes)", "segment (polygons)");
        task.select(0);
        task.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        new Label(page, SWT.NONE).setText("Media files:");
        Composite media = new Composite(page, SWT.NONE);
        media.setLayout(new GridLayout(3, false));
        media.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        copy = WidgetFactory.button(SWT.RADIO).text("&Copy").create(media);
        link = WidgetFactory.button(SWT.RADIO).text("&Hard-link (copy where not possible)").create(media);
        none = WidgetFactory.button(SWT.RADIO).text("&None (names only)").create(media);
        link.setSelection(true);
        new Label(page, SWT.NONE).setText("F&older:");
        folder = new Text(page, SWT.BORDER);
        GridData fd = new GridData(SWT.FILL, SWT.CENTER, true, false);
        fd.widthHint = 360;
        folder.setLayoutData(fd);
        Button browse = new Button(page, SWT.PUSH);
        browse.setText("Browse...");
        browse.addListener(SWT.Selection, e -> {
            String dir = new DirectoryDialog(getShell()).open();
            if (dir != null) {
                folder.setText(dir);
            }
        });
        format.addListener(SWT.Selection, e -> validate());
        folder.addListener(SWT.Modify, e -> validate());
        setControl(page);
        validate();
    }

    private void validate() {
        task.setEnabled(format.getSelectionIndex() == 1);
        String f = folder.getText().strip();
        String problem = f.isEmpty() ? null : problem(Path.of(f));
        setErrorMessage(problem);
        setPageComplete(!f.isEmpty() && problem == null);
    }

    /**
     * @param dir a folder
     * @return why the export may not write it, or {@code null}
     */
    static String problem(Path dir) {
        if (Files.isRegularFile(dir)) {
            return "'" + dir + "' is a file; the export writes a new folder: choose one that does not exist yet or is empty";
        }
        if (Files.isDirectory(dir)) {
            try (Stream<Path> s = Files.list(dir)) {
                if (s.findAny().isPresent()) {
                    return "Folder '" + dir + "' is not empty; the export never mixes with other files: choose a folder that does not exist yet or is empty";
                }
            } catch (IOException e) {
                return "Folder '" + dir + "' cannot be read: " + e.getMessage();
            }
        }
        return null;
    }

    /** @return the format, media and task */
    public ExportOptions options() {
        ExportFormat f = ExportFormat.values()[format.getSelectionIndex()];
        ExportMedia m = copy.getSelection() ? ExportMedia.COPY : none.getSelection() ? ExportMedia.NONE : ExportMedia.LINK;
        return new ExportOptions(f, m, task.getSelectionIndex() == 1 ? YoloTask.SEGMENT : YoloTask.DETECT);
    }

    /** @return the folder to write */
    public Path directory() {
        return Path.of(folder.getText().strip());
    }

    // for the tests

    /** @param f the format to choose */
    public void format(ExportFormat f) {
        format.select(f.ordinal());
        validate();
    }

    /** @param m how to provide the media */
    public void media(ExportMedia m) {
        copy.setSelection(m == ExportMedia.COPY);
        link.setSelection(m == ExportMedia.LINK);
        none.setSelection(m == ExportMedia.NONE);
    }

    /** @return the folder field */
    public Text folder() {
        return folder;
    }
}
