package ai.fvgs.dataset.ui.internal;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jface.widgets.WidgetFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;

import ai.fvgs.dataset.Consent;
import ai.fvgs.dataset.FrameSampling;
import ai.fvgs.dataset.ImportOptions;
import ai.fvgs.dataset.Provenance;

/**
 * The first page of the import wizard: what to import (a folder, a CSV/JSONL manifest, or a COCO file with its
 * image folder) and the options the import has (video stills, language of text side-cars, near duplicates). Every
 * field is checked as it is typed; the message names the field, the value and what is allowed.
 */
public final class ImportSourcePage extends WizardPage {

    /** What the page asks the import to do. */
    public record Request(Path source, Path cocoImages, String labeller, ImportOptions options) {
        /** @return whether this is a COCO import */
        public boolean coco() {
            return cocoImages != null;
        }
    }

    private final String user;
    private Button folder, manifest, coco;
    private Text source, images, labeller, language, licence, creator;
    private Button browseImages, nearDuplicates;
    private Combo sampling, consent;
    private Spinner stills, distance;

    /** @param user who imports: the default labeller of COCO annotations */
    public ImportSourcePage(String user) {
        super("source", "Import Dataset Media", null);
        this.user = user;
        setDescription("Choose a folder, a manifest, or a COCO file and its images");
        setPageComplete(false);
    }

    @Override
    public void createControl(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        page.setLayout(new GridLayout(3, false));
        Composite kinds = new Composite(page, SWT.NONE);
        kinds.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
        kinds.setLayout(new GridLayout(3, false));
        folder = WidgetFactory.button(SWT.RADIO).text("&Folder (images, videos, text side-cars)").create(kinds);
        manifest = WidgetFactory.button(SWT.RADIO).text("&Manifest (CSV or JSONL)").create(kinds);
        coco = WidgetFactory.button(SWT.RADIO).text("&COCO file").create(kinds);
        folder.setSelection(true);

        new Label(page, SWT.NONE).setText("&Source:");
        source = text(page);
        Button browse = new Button(page, SWT.PUSH);
        browse.setText("Browse...");
        browse.addListener(SWT.Selection, e -> browseSource());
        new Label(page, SWT.NONE).setText("COCO &images folder:");
        images = text(page);
        browseImages = new Button(page, SWT.PUSH);
        browseImages.setText("Browse...");
        browseImages.addListener(SWT.Selection, e -> {
            String dir = new DirectoryDialog(getShell()).open();
            if (dir != null) {
                images.setText(dir);
            }
        });
        new Label(page, SWT.NONE).setText("COCO &labeller:");
        labeller = text(page);
        labeller.setText(user);
        new Label(page, SWT.NONE);

        Group options = new Group(page, SWT.NONE);
        options.setText("Options");
        options.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
        options.setLayout(new GridLayout(4, false));
        new Label(options, SWT.NONE).setText("Video stills:");
        sampling = new Combo(options, SWT.READ_ONLY);
        sampling.setItems("uniform (evenly spaced)", "scene changes");
        sampling.select(0);
        new Label(options, SWT.NONE).setText("Stills per video:");
        stills = new Spinner(options, SWT.BORDER);
        stills.setValues(ImportOptions.DEFAULT_SAMPLED_FRAMES, 1, ImportOptions.MAX_SAMPLED_FRAMES, 0, 1, 10);
        new Label(options, SWT.NONE).setText("Language of text files:");
        language = new Text(options, SWT.BORDER);
        language.setText("en");
        language.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        nearDuplicates = new Button(options, SWT.CHECK);
        nearDuplicates.setText("Report near duplicates, bits apart:");
        nearDuplicates.setSelection(true);
        distance = new Spinner(options, SWT.BORDER);
        distance.setValues(ImportOptions.DEFAULT_NEAR_DUPLICATE_DISTANCE, 0, 64, 0, 1, 4);
        new Label(options, SWT.NONE).setText("Licence (e.g. CC-BY-4.0):");
        licence = new Text(options, SWT.BORDER);
        licence.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        new Label(options, SWT.NONE).setText("Creator:");
        creator = new Text(options, SWT.BORDER);
        creator.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        new Label(options, SWT.NONE).setText("Consent of the people shown:");
        consent = new Combo(options, SWT.READ_ONLY);
        for (Consent c : Consent.values()) {
            consent.add(c.label());
        }
        consent.select(Consent.UNKNOWN.ordinal());
        Label note = new Label(options, SWT.WRAP);
        note.setText("Side-cars and manifest lines may override these.");
        note.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));

        for (var c : new org.eclipse.swt.widgets.Widget[] { folder, manifest, coco, nearDuplicates }) {
            c.addListener(SWT.Selection, e -> validate());
        }
        for (Text t : new Text[] { source, images, labeller, language, licence, creator }) {
            t.addListener(SWT.Modify, e -> validate());
        }
        stills.addListener(SWT.Modify, e -> validate());
        distance.addListener(SWT.Modify, e -> validate());
        sampling.addListener(SWT.Selection, e -> validate());
        setControl(page);
        validate();
    }

    private static Text text(Composite parent) {
        Text t = new Text(parent, SWT.BORDER);
        GridData gd = new GridData(SWT.FILL, SWT.CENTER, true, false);
        gd.widthHint = 360;
        t.setLayoutData(gd);
        return t;
    }

    private void browseSource() {
        String chosen;
        if (folder.getSelection()) {
            chosen = new DirectoryDialog(getShell()).open();
        } else {
            FileDialog d = new FileDialog(getShell(), SWT.OPEN);
            d.setFilterExtensions(coco.getSelection() ? new String[] { "*.json", "*" } : new String[] { "*.csv;*.jsonl", "*" });
            chosen = d.open();
        }
        if (chosen != null) {
            source.setText(chosen);
        }
    }

    /** Checks the fields and sets the message. */
    void validate() {
        boolean isCoco = coco.getSelection();
        images.setEnabled(isCoco);
        browseImages.setEnabled(isCoco);
        labeller.setEnabled(isCoco);
        distance.setEnabled(nearDuplicates.getSelection());
        boolean empty = source.getText().isBlank();
        String problem = empty ? null : problem();
        setErrorMessage(problem);
        setPageComplete(!empty && problem == null);
    }

    private String problem() {
        String s = source.getText().strip();
        Path p = Path.of(s);
        if (folder.getSelection() && !Files.isDirectory(p)) {
            return "Source folder '" + s + "' does not exist or is not a folder";
        }
        if (manifest.getSelection() && !(Files.isRegularFile(p) && (s.endsWith(".csv") || s.endsWith(".jsonl")))) {
            return "Manifest '" + s + "' is not an existing file ending in .csv or .jsonl";
        }
        if (coco.getSelection()) {
            if (!Files.isRegularFile(p)) {
                return "COCO file '" + s + "' does not exist";
            }
            String dir = images.getText().strip();
            if (dir.isEmpty() || !Files.isDirectory(Path.of(dir))) {
                return "COCO images folder '" + dir + "' does not exist; choose the folder the images' file_name values are relative to";
            }
            if (labeller.getText().isBlank()) {
                return "COCO labeller is empty; name the user whose annotation sets the COCO annotations become";
            }
        }
        try {
            options();
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
        return null;
    }

    private ImportOptions options() {
        FrameSampling frames = sampling.getSelectionIndex() == 1 ? FrameSampling.SCENE_CHANGES : FrameSampling.UNIFORM;
        Provenance provenance = new Provenance(null, blankToNull(licence), null, Consent.values()[consent.getSelectionIndex()], blankToNull(creator),
                null);
        return new ImportOptions(provenance, language.getText().strip(), nearDuplicates.getSelection() ? distance.getSelection() : -1, user,
                frames, stills.getSelection());
    }

    private static String blankToNull(Text t) {
        return t.getText().isBlank() ? null : t.getText().strip();
    }

    /** @return the import the page describes; only when the page is complete */
    public Request request() {
        Path s = Path.of(source.getText().strip());
        return coco.getSelection() ? new Request(s, Path.of(images.getText().strip()), labeller.getText().strip(), options())
                : new Request(s, null, null, options());
    }

    // for the tests

    /** @return the source field */
    public Text source() {
        return source;
    }

    /** @return the COCO images field */
    public Text images() {
        return images;
    }

    /** @param kind 0 folder, 1 manifest, 2 COCO */
    public void kind(int kind) {
        folder.setSelection(kind == 0);
        manifest.setSelection(kind == 1);
        coco.setSelection(kind == 2);
        validate();
    }

    /** @return the licence field */
    public Text licence() {
        return licence;
    }

    /** @return the stills-per-video field */
    public Spinner stills() {
        return stills;
    }
}
