package ai.fvgs.ui.internal.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.swt.widgets.Shell;

import jakarta.inject.Named;

/** Help &gt; About: product name, version, platform versions and the installed bundles. */
public final class AboutHandler {

    /** @param shell the active shell */
    @Execute
    public void execute(@Named(org.eclipse.e4.ui.services.IServiceConstants.ACTIVE_SHELL) Shell shell) {
        new AboutDialog(shell).open();
    }
}
