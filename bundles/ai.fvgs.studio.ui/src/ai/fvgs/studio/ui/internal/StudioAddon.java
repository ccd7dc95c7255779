package ai.fvgs.studio.ui.internal;

import org.eclipse.core.commands.operations.OperationHistoryFactory;
import org.eclipse.e4.core.contexts.ContextFunction;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.menu.MMenuItem;
import org.eclipse.e4.ui.model.application.ui.menu.MToolItem;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.e4.ui.workbench.modeling.EModelService;

import ai.fvgs.studio.SceneDocument;
import ai.fvgs.studio.SceneEdits;
import jakarta.annotation.PostConstruct;

/**
 * Puts the Studio's {@link StudioSession} into the application context, and its {@link SceneDocument} as a value
 * computed on first use, where the Studio parts and the File and Edit handlers find them. The document is made
 * only when first needed, so the workbench starts without it. After every change of the document the addon
 * asks the workbench to re-check the handlers' enablement (Save, Undo, Redo) and names the edit in the Undo and
 * Redo menu items and tool tips, as Eclipse does ({@code Undo change hip}).
 */
public final class StudioAddon {

    /** Element ids of the Undo and Redo menu and tool items in the application model. */
    static final String UNDO_MENU = "ai.fvgs.app.menuitem.undo", REDO_MENU = "ai.fvgs.app.menuitem.redo",
            UNDO_TOOL = "ai.fvgs.app.toolitem.undo", REDO_TOOL = "ai.fvgs.app.toolitem.redo";

    /**
     * @param context the application context
     * @param broker  the event broker
     * @param app     the application model, whose Undo and Redo items are relabelled
     * @param models  finds those items
     */
    @PostConstruct
    public void start(IEclipseContext context, IEventBroker broker, MApplication app, EModelService models) {
        StudioSession session = new StudioSession(
                () -> new SceneDocument(SceneEdits.defaultScene(), OperationHistoryFactory.getOperationHistory()),
                doc -> doc.addListener(change -> {
                    label(app, models, UNDO_MENU, UNDO_TOOL, "&Undo", "Undo", doc.undoLabel(), "Ctrl+Z");
                    label(app, models, REDO_MENU, REDO_TOOL, "&Redo", "Redo", doc.redoLabel(), "Ctrl+Y");
                    broker.post(UIEvents.REQUEST_ENABLEMENT_UPDATE_TOPIC, UIEvents.ALL_ELEMENT_ID);
                }));
        context.set(StudioSession.class, session);
        context.set(SceneDocument.class.getName(), new ContextFunction() {
            @Override
            public Object compute(IEclipseContext ctx, String contextKey) {
                return session.document();
            }
        });
    }

    private static void label(MApplication app, EModelService models, String menuId, String toolId, String menuVerb, String verb, String edit,
            String keys) {
        String what = edit.isEmpty() ? "" : " " + edit.substring(0, 1).toLowerCase(java.util.Locale.ROOT) + edit.substring(1);
        for (MMenuItem item : models.findElements(app, menuId, MMenuItem.class, null, EModelService.IN_MAIN_MENU)) {
            item.setLabel(menuVerb + what.replace("&", "&&"));
        }
        for (MToolItem item : models.findElements(app, toolId, MToolItem.class, null, EModelService.IN_TRIM)) {
            item.setTooltip(verb + what + " (" + keys + ")");
        }
    }
}
