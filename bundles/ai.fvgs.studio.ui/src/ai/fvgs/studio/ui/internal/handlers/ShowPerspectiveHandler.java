package ai.fvgs.studio.ui.internal.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.ui.MUIElement;
import org.eclipse.e4.ui.model.application.ui.advanced.MPerspective;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;

import jakarta.inject.Named;

/** Window &gt; Perspective &gt; Workbench or Studio: switches the window to a perspective of the model. */
public final class ShowPerspectiveHandler {

    /** The command parameter naming the perspective, as in the Eclipse IDE. */
    public static final String PARAMETER = "org.eclipse.ui.perspectives.showPerspective.perspectiveId";

    /**
     * @param id     the perspective's element id
     * @param window the active window
     * @param models finds the perspective
     * @param parts  switches to it
     */
    @Execute
    public void execute(@Named(PARAMETER) String id, MWindow window, EModelService models, EPartService parts) {
        MUIElement found = models.find(id, window);
        if (found instanceof MPerspective perspective) {
            parts.switchPerspective(perspective);
        } else {
            throw new IllegalArgumentException("no perspective '" + id + "' in the window");
        }
    }
}
