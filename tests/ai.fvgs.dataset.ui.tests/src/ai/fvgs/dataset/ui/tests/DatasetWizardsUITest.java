package ai.fvgs.dataset.ui.tests;

import static ai.fvgs.dataset.ui.tests.DatasetTestbed.TIMEOUT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ai.fvgs.dataset.Annotation;
import ai.fvgs.dataset.DatasetStore;
import ai.fvgs.dataset.ExportFormat;
import ai.fvgs.dataset.ExportMedia;
import ai.fvgs.dataset.Label;
import ai.fvgs.dataset.Role;
import ai.fvgs.dataset.SearchQuery;
import ai.fvgs.dataset.Shape;
import ai.fvgs.dataset.ui.internal.DatasetConnection;
import ai.fvgs.dataset.ui.internal.EntryBrowserPart;
import ai.fvgs.dataset.ui.internal.ExportWizard;
import ai.fvgs.dataset.ui.internal.ImportWizard;
import ai.fvgs.tests.swt.SwtDriver;

/**
 * The import and export wizards in real SWT dialogs over a real H2 file database: a folder with good pictures and a
 * broken one is imported (the report names the broken file, the entry browser shows the new entries, the report can
 * be saved), and a new snapshot is exported to COCO (the folder holds the JSON and the images; a non-empty folder is
 * refused before anything runs). Screenshots go to target/screenshots.
 */
class DatasetWizardsUITest {

    @TempDir
    Path dir;

    private DatasetTestbed bed;
    private Shell shell;
    private SwtDriver driver;
    private DatasetStore store;
    private DatasetConnection connection;
    private EntryBrowserPart browser;
    private WizardDialog dialog;

    @BeforeEach
    void open() throws Exception {
        bed = new DatasetTestbed(dir);
        store = bed.store();
        store.addUser("lena", Role.LABELLER, "setup");
        connection = bed.connect("lena");
        shell = bed.window(900, 700);
        driver = bed.driver();
        browser = new EntryBrowserPart(connection);
        browser.createControls(shell, (listing, row) -> { });
        shell.open();
        browser.mode().select(1); // all entries
        browser.mode().notifyListeners(SWT.Selection, new Event());
        driver.waitUntil("the empty browser", () -> browser.summaryText().startsWith("0 entries"), TIMEOUT);
    }

    @AfterEach
    void close() {
        if (dialog != null && dialog.getShell() != null && !dialog.getShell().isDisposed()) {
            dialog.close();
        }
        if (bed != null) {
            bed.close();
        }
    }

    private static void png(Path file, int seed) throws Exception {
        Random r = new Random(seed);
        BufferedImage img = new BufferedImage(160, 120, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 120; y++) {
            for (int x = 0; x < 160; x++) {
                img.setRGB(x, y, r.nextInt(1 << 24));
            }
        }
        Files.createDirectories(file.getParent());
        ImageIO.write(img, "png", file.toFile());
    }

    private void press(String label) {
        Button button = SwtDriver.find(dialog.getShell(), Button.class).stream().filter(b -> b.getText().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no button " + label));
        assertTrue(button.isEnabled(), label + " is enabled");
        button.notifyListeners(SWT.Selection, new Event());
    }

    private boolean enabled(String label) {
        return SwtDriver.find(dialog.getShell(), Button.class).stream().anyMatch(b -> b.getText().equals(label) && b.isEnabled());
    }

    /** Lets GTK repaint for a moment (paints come from its frame clock, not at once), then until the pixels settle. */
    private void settle(Shell s) {
        long until = System.nanoTime() + 300_000_000L;
        driver.waitUntil("time passing", () -> System.nanoTime() > until, TIMEOUT);
        driver.stablePixels(s, TIMEOUT);
    }

    private void importFolder(Path in) throws Exception {
        ImportWizard wizard = new ImportWizard(connection, "lena", () -> connection.session().datasetChanged());
        dialog = new WizardDialog(shell, wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
        assertFalse(enabled(IDialogConstants.NEXT_LABEL), "nothing chosen yet");
        wizard.sourcePage().source().setText(dir.resolve("missing").toString());
        assertEquals("Source folder '" + dir.resolve("missing") + "' does not exist or is not a folder", wizard.sourcePage().getErrorMessage());
        wizard.sourcePage().source().setText(in.toString());
        wizard.sourcePage().licence().setText("CC-BY-4.0");
        assertNull(wizard.sourcePage().getErrorMessage());
        press(IDialogConstants.NEXT_LABEL);
        driver.waitUntil("the import to end", () -> wizard.reportPage().finished(), TIMEOUT);
        driver.flush();
    }

    @Test
    void theImportReportNamesTheBrokenFileAndTheBrowserShowsTheNewEntries() throws Exception {
        Path in = dir.resolve("looks");
        for (int i = 0; i < 3; i++) {
            png(in.resolve("look-" + i + ".png"), i);
        }
        byte[] good = Files.readAllBytes(in.resolve("look-0.png"));
        Files.write(in.resolve("broken.png"), java.util.Arrays.copyOf(good, 200)); // a truncated PNG
        importFolder(in);

        ImportWizard wizard = (ImportWizard) dialog.getCurrentPage().getWizard();
        assertNotNull(wizard.reportPage().report(), "the import ended with a report");
        assertEquals(3, wizard.reportPage().report().entriesCreated());
        Table problems = wizard.reportPage().problems();
        assertEquals(1, problems.getItemCount(), "one file could not be imported");
        assertEquals("broken.png", problems.getItem(0).getText(0), "the file, relative to the imported folder");
        assertEquals("not imported", problems.getItem(0).getText(1));
        assertFalse(problems.getItem(0).getText(2).isBlank(), "the reason is given");
        assertTrue(enabled(IDialogConstants.FINISH_LABEL));
        assertFalse(enabled(IDialogConstants.BACK_LABEL), "an import that ran cannot be changed");
        settle(dialog.getShell()); // the buttons repainted in their new state
        driver.screenshot(dialog.getShell(), "labelling-import");

        Path saved = dir.resolve("report.tsv");
        wizard.reportPage().saveReport(saved);
        List<String> lines = Files.readAllLines(saved);
        assertTrue(lines.get(0).contains("3 entries created"), lines.get(0));
        assertEquals("file\twhat\tproblem", lines.get(1));
        assertTrue(lines.get(2).contains("broken.png\tnot imported\t"), lines.get(2));

        press(IDialogConstants.FINISH_LABEL);
        driver.waitUntil("the browser to show the new entries", () -> browser.summaryText().startsWith("3 entries"), TIMEOUT);
        List<ai.fvgs.dataset.DatasetEntry> entries = store.search().search(SearchQuery.all()).entries();
        assertEquals(3, entries.size());
        for (ai.fvgs.dataset.DatasetEntry e : entries) {
            assertEquals("CC-BY-4.0", e.provenance().licence(), "the licence of the wizard's options");
        }
    }

    @Test
    void aNewSnapshotIsExportedToCocoAndANonEmptyFolderIsRefused() throws Exception {
        Path in = dir.resolve("looks");
        for (int i = 0; i < 3; i++) {
            png(in.resolve("look-" + i + ".png"), 10 + i);
        }
        importFolder(in);
        press(IDialogConstants.FINISH_LABEL);
        long first = store.search().search(SearchQuery.all()).entries().get(0).id();
        store.annotations().save(first, store.entry(first).orElseThrow().version(), "lena",
                List.of(new Annotation.Region(0, Label.of("dress"), new Shape.Box(10, 20, 60, 80))), "lena");

        ExportWizard wizard = new ExportWizard(connection, "lena");
        dialog = new WizardDialog(shell, wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
        driver.waitUntil("the snapshots to be read", () -> wizard.snapshotPage().loaded(), TIMEOUT);
        wizard.snapshotPage().name().setText("bad name");
        assertTrue(wizard.snapshotPage().getErrorMessage().startsWith("Snapshot name 'bad name' is not allowed"), wizard.snapshotPage().getErrorMessage());
        wizard.snapshotPage().name().setText("spring-26");
        wizard.snapshotPage().split().setText("90/20/10");
        assertTrue(wizard.snapshotPage().getErrorMessage().contains("90/20/10"), wizard.snapshotPage().getErrorMessage());
        wizard.snapshotPage().split().setText("100/0/0");
        wizard.snapshotPage().entries(null); // the imported entries are new, not accepted
        assertNull(wizard.snapshotPage().getErrorMessage());
        press(IDialogConstants.NEXT_LABEL);

        Path busy = dir.resolve("busy");
        Files.createDirectories(busy);
        Files.writeString(busy.resolve("notes.txt"), "mine");
        wizard.targetPage().format(ExportFormat.COCO);
        wizard.targetPage().media(ExportMedia.COPY);
        wizard.targetPage().folder().setText(busy.toString());
        assertTrue(wizard.targetPage().getErrorMessage().startsWith("Folder '" + busy + "' is not empty"), wizard.targetPage().getErrorMessage());
        assertFalse(enabled(IDialogConstants.NEXT_LABEL), "a non-empty folder is refused");
        Path out = dir.resolve("out").resolve("coco");
        wizard.targetPage().folder().setText(out.toString());
        assertNull(wizard.targetPage().getErrorMessage());
        press(IDialogConstants.NEXT_LABEL);
        driver.waitUntil("the export to end", () -> wizard.reportPage().finished(), TIMEOUT);
        driver.flush();
        assertNotNull(wizard.reportPage().report(), wizard.reportPage().stateText());
        settle(dialog.getShell()); // the buttons repainted in their new state
        driver.screenshot(dialog.getShell(), "labelling-export");

        assertEquals(3, store.snapshots().find("spring-26").orElseThrow().entryCount());
        Path json = out.resolve("instances_train.json");
        assertTrue(Files.isRegularFile(json), "instances_train.json in " + wizard.reportPage().report().files());
        String text = Files.readString(json);
        List<String> names = new ArrayList<>();
        Matcher m = Pattern.compile("\"file_name\"\\s*:\\s*\"([^\"]+)\"").matcher(text);
        while (m.find()) {
            names.add(m.group(1));
        }
        assertEquals(3, names.size(), "three images in the COCO file: " + names);
        assertTrue(text.replaceAll("\\s", "").contains("\"bbox\":[10.0,20.0,60.0,80.0]") || text.replaceAll("\\s", "").contains("\"bbox\":[10,20,60,80]"),
                "the box in the COCO annotations: " + text);
        assertEquals(1, wizard.reportPage().report().annotations());
        for (String name : names) {
            Path image = out.resolve("images").resolve(Path.of(name).getFileName());
            assertTrue(Files.size(image) > 1000, "copied image " + image);
        }
        assertEquals(Files.readString(busy.resolve("notes.txt")), "mine", "the refused folder is untouched");
        press(IDialogConstants.FINISH_LABEL);
    }
}
