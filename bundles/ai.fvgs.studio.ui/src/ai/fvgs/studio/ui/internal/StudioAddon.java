package ai.fvgs.studio.ui.internal;

import org.eclipse.core.commands.operations.OperationHistoryFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.workbench.UIEvents;

import ai.fvgs.studio.SceneDocument;
import ai.fvgs.studio.SceneEdits;
import jakarta.annotation.PostConstruct;

/**
 * Puts the Studio's {@link SceneDocument} into the application context, where the Studio parts and the File and
 * Edit handlers find it, and asks the workbench to re-check the handlers' enablement (Save, Undo, Redo) after
 * every change of the document.
 */
public final class StudioAddon {

    /**
     * @param context the application context
     * @param broker  the event broker
     */
    @PostConstruct
    public void start(IEclipseContext context, IEventBroker broker) {
        SceneDocument doc = new SceneDocument(SceneEdits.defaultScene(), OperationHistoryFactory.getOperationHistory());
        doc.addListener(change -> broker.post(UIEvents.REQUEST_ENABLEMENT_UPDATE_TOPIC, UIEvents.ALL_ELEMENT_ID));
        context.set(SceneDocument.class, doc);
    }
}
