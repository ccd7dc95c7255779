package ai.fvgs.ui.internal.handlers;

import java.util.Arrays;
import java.util.Comparator;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** The About dialog: icon, product name and version, key platform versions, and every installed bundle. */
final class AboutDialog extends Dialog {

    private Image logo;

    AboutDialog(Shell parent) {
        super(parent);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("About AI-FVGS Workbench");
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        GridLayoutFactory.swtDefaults().numColumns(2).spacing(16, 8).applyTo(area);
        Bundle self = FrameworkUtil.getBundle(AboutDialog.class);
        Label icon = new Label(area, SWT.NONE);
        Bundle app = bundle(self, "ai.fvgs.app");
        if (app != null && app.getEntry("icons/fvgs-128.png") != null) {
            logo = ImageDescriptor.createFromURL(app.getEntry("icons/fvgs-128.png")).createImage();
            icon.setImage(logo);
        }
        Label text = new Label(area, SWT.WRAP);
        text.setText("AI-FVGS Workbench\nVersion " + self.getVersion() + "\n\n"
                + "Virtual fashion models, catwalk videos, and the datasets and models behind them.\n\n"
                + "Vendor SDK " + version(self, "ai.fvgs.sdk") + "\n"
                + "Eclipse platform: Equinox " + version(self, "org.eclipse.osgi") + ", SWT " + version(self, "org.eclipse.swt")
                + ", JFace " + version(self, "org.eclipse.jface") + "\n"
                + "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(text);

        Table table = new Table(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
        table.setHeaderVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).span(2, 1).hint(620, 260).applyTo(table);
        for (String[] c : new String[][] { { "Bundle", "300" }, { "Version", "200" }, { "State", "90" } }) {
            TableColumn column = new TableColumn(table, SWT.NONE);
            column.setText(c[0]);
            column.setWidth(Integer.parseInt(c[1]));
        }
        Arrays.stream(self.getBundleContext().getBundles()).sorted(Comparator.comparing(b -> String.valueOf(b.getSymbolicName())))
                .forEach(b -> new TableItem(table, SWT.NONE).setText(new String[] { String.valueOf(b.getSymbolicName()),
                        b.getVersion().toString(), state(b.getState()) }));
        area.addDisposeListener(e -> {
            if (logo != null) {
                logo.dispose();
            }
        });
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
    }

    private static Bundle bundle(Bundle self, String name) {
        return Arrays.stream(self.getBundleContext().getBundles()).filter(b -> name.equals(b.getSymbolicName())).findFirst().orElse(null);
    }

    private static String version(Bundle self, String name) {
        Bundle b = bundle(self, name);
        return b == null ? "not installed" : b.getVersion().toString();
    }

    private static String state(int state) {
        return switch (state) {
            case Bundle.ACTIVE -> "active";
            case Bundle.STARTING -> "lazy";
            case Bundle.RESOLVED -> "resolved";
            case Bundle.INSTALLED -> "installed";
            default -> "stopping";
        };
    }
}
