package ai.fvgs.studio.ui.internal;

import org.eclipse.e4.core.contexts.ContextFunction;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.swt.widgets.Display;

import ai.fvgs.extensions.BackgroundRegistry;
import ai.fvgs.extensions.GarmentStyleRegistry;
import ai.fvgs.production.ExtensionLookup;
import ai.fvgs.settings.WorkbenchSettings;
import ai.fvgs.studio.RenderLibrary;
import jakarta.annotation.PostConstruct;

/**
 * Puts the Studio's {@link RenderLauncher} into the application context, made when first needed (by the Render
 * command, or the Renders part): its library is the {@code renders} folder under the workbench data directory,
 * and it finds garment styles and backgrounds in the live extension registries.
 */
public final class RenderAddon {

    /** Name of the renders folder in the data directory. */
    public static final String RENDERS_FOLDER = "renders";

    private RenderLauncher launcher;

    /** @param context the application context */
    @PostConstruct
    public void start(IEclipseContext context) {
        context.set(RenderLauncher.class.getName(), new ContextFunction() {
            @Override
            public Object compute(IEclipseContext ctx, String contextKey) {
                return launcher(ctx);
            }
        });
    }

    /** Made on the display thread, by the handler or part that first asks. */
    private synchronized RenderLauncher launcher(IEclipseContext ctx) {
        if (launcher == null) {
            WorkbenchSettings settings = ctx.get(WorkbenchSettings.class);
            GarmentStyleRegistry garments = ctx.get(GarmentStyleRegistry.class);
            BackgroundRegistry backgrounds = ctx.get(BackgroundRegistry.class);
            if (settings == null || garments == null || backgrounds == null) {
                return null; // the services are not up yet; asked again later
            }
            launcher = new RenderLauncher(new RenderLibrary(settings.dataDirectory().resolve(RENDERS_FOLDER)),
                    ExtensionLookup.live(garments, backgrounds), Display.getCurrent() != null ? Display.getCurrent() : Display.getDefault());
        }
        return launcher;
    }
}
