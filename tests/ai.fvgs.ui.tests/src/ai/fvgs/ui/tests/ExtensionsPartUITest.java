package ai.fvgs.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Arrays;

import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import ai.fvgs.extensions.ExtensionCatalog;
import ai.fvgs.ui.internal.extensions.ExtensionsPart;
import ai.fvgs.tests.swt.SwtDriver;

/**
 * Opens the Extensions part in a real SWT window, drops the example vendor bundle into the real dropins
 * folder, and sees its rows appear (and go again) without a restart.
 */
class ExtensionsPartUITest {

    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    private Display display;
    private Shell shell;
    private SwtDriver driver;
    private Path dropins;

    @BeforeEach
    void open() throws Exception {
        display = Display.getDefault();
        driver = new SwtDriver(display);
        dropins = Path.of(System.getProperty("felix.fileinstall.dir"));
        Files.createDirectories(dropins);
        ServiceTracker<ExtensionCatalog, ExtensionCatalog> tracker = new ServiceTracker<>(
                FrameworkUtil.getBundle(getClass()).getBundleContext(), ExtensionCatalog.class, null);
        tracker.open();
        ExtensionCatalog catalog = tracker.waitForService(20_000);
        assertTrue(catalog != null, "the extension catalog service is running");

        shell = new Shell(display);
        shell.setText("Extensions");
        shell.setLayout(new FillLayout());
        shell.setSize(1100, 520);
        Composite parent = new Composite(shell, 0);
        new ExtensionsPart(catalog, driver.uiSynchronize()).createControls(parent);
        shell.open();
    }

    @AfterEach
    void close() throws Exception {
        Files.deleteIfExists(dropins.resolve("example-vendor.jar"));
        shell.dispose();
        driver.flush();
    }

    @Test
    void rowsAppearWhenTheExampleBundleIsDroppedInAndGoWhenItIsDeleted() throws Exception {
        Table table = SwtDriver.find(shell, Table.class).get(0);
        driver.waitUntil("the built-in extensions", () -> hasRow(table, "Studio cyclorama") && hasRow(table, "T-shirt"), TIMEOUT);
        assertEquals("Kind", table.getColumn(0).getText());
        int before = table.getItemCount();

        Path tmp = dropins.resolve("example-vendor.jar.part");
        Files.copy(Path.of(System.getProperty("fvgs.example.jar")), tmp, StandardCopyOption.REPLACE_EXISTING);
        Files.move(tmp, dropins.resolve("example-vendor.jar"), StandardCopyOption.ATOMIC_MOVE);
        driver.waitUntil("the Wrap skirt row", () -> hasRow(table, "Wrap skirt") && hasRow(table, "Sunset")
                && hasRow(table, "Chroma-key matte") && hasRow(table, "Belted waistcoat"), TIMEOUT);
        assertEquals(before + 4, table.getItemCount());
        TableItem skirt = row(table, "Wrap skirt");
        assertEquals("garment-style", skirt.getText(0));
        assertEquals("Example Atelier", skirt.getText(2));
        assertEquals("1.0.0", skirt.getText(3));
        assertEquals("ai.fvgs.examples.vendor", skirt.getText(4));
        assertEquals("active", skirt.getText(5));
        driver.waitUntil("the summary to count the new rows",
                () -> SwtDriver.find(shell, Label.class).stream().anyMatch(l -> l.getText().equals((before + 4) + " extensions")), TIMEOUT);

        Text filter = SwtDriver.find(shell, Text.class).get(0);
        filter.setText("atelier");
        // the part refreshes asynchronously on registry events (a bundle with four extensions may still be
        // announcing them), so wait for the filtered view rather than reading it once
        driver.waitUntil("the filter to keep only the vendor's 4 rows", () -> table.getItemCount() == 4
                && Arrays.stream(table.getItems()).allMatch(i -> i.getText(2).equals("Example Atelier")), TIMEOUT);
        table.setSelection(0);
        table.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
        driver.flush();
        assertTrue(SwtDriver.find(shell, Text.class).stream().anyMatch(t -> t.getText().contains("Capabilities: background.animated")),
                "the details show the selected extension");
        assertTrue(SwtDriver.find(shell, Label.class).stream().anyMatch(l -> l.getImage() != null), "the vendor's thumbnail is shown");
        filter.setText("");
        driver.flush();
        driver.screenshot(shell, "extensions-part");

        Files.delete(dropins.resolve("example-vendor.jar"));
        driver.waitUntil("the vendor rows to go", () -> !hasRow(table, "Wrap skirt"), TIMEOUT);
        assertEquals(before, table.getItemCount());
    }

    private static boolean hasRow(Table table, String label) {
        return row(table, label) != null;
    }

    private static TableItem row(Table table, String label) {
        return Arrays.stream(table.getItems()).filter(i -> i.getText(1).equals(label)).findFirst().orElse(null);
    }
}
