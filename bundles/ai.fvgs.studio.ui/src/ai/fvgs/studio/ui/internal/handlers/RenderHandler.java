package ai.fvgs.studio.ui.internal.handlers;

import java.nio.file.Path;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;

import ai.fvgs.studio.SceneDocument;
import ai.fvgs.studio.ui.internal.RenderDialog;
import ai.fvgs.studio.ui.internal.RenderLauncher;
import ai.fvgs.studio.ui.internal.StudioSession;
import ai.fvgs.studio.ui.internal.VideoPlayerPart;
import jakarta.inject.Named;

/**
 * Render &gt; Render Video... (Ctrl+R): asks for size, duration, folder and guidance in the {@link RenderDialog}, then
 * renders the Studio's scene in a Job with progress in the status bar; the finished video opens in the player.
 */
public final class RenderHandler {

    /** @param session the Studio, if it runs @param launcher the renders, once the services are up @return whether it can run */
    @CanExecute
    public boolean canExecute(@Optional StudioSession session, @Optional RenderLauncher launcher) {
        return session != null && launcher != null;
    }

    /**
     * @param session  the Studio
     * @param launcher runs the render
     * @param shell    the active shell
     * @param parts    shows the player when the render is done
     */
    @Execute
    public void execute(StudioSession session, RenderLauncher launcher, @Named(IServiceConstants.ACTIVE_SHELL) Shell shell, EPartService parts) {
        SceneDocument doc = session.document();
        RenderDialog dialog = new RenderDialog(shell, doc.scene(), launcher.library().home());
        if (dialog.open() == Window.OK) {
            launcher.render(doc.scene(), baseDirectory(doc), dialog.choice(), record -> VideoPlayerPart.show(parts, record.video()));
        }
    }

    /** @return the folder that relative file parameters of the scene resolve against: the scene file's, else the working folder */
    static Path baseDirectory(SceneDocument doc) {
        return doc.file().map(f -> f.toAbsolutePath().getParent()).orElse(Path.of("").toAbsolutePath());
    }
}
