package ai.fvgs.extensions.internal;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import ai.fvgs.extensions.BackgroundRegistry;
import ai.fvgs.sdk.ExtensionKind;
import ai.fvgs.sdk.background.Background;

/** Tracks every {@link Background} service (whiteboard). */
@Component(service = BackgroundRegistry.class, immediate = true)
public final class BackgroundRegistryComponent extends WhiteboardRegistry<Background> implements BackgroundRegistry {

    /**
     * @param context  this bundle's context, used to get and release the vendors' services
     * @param failures explains services that cannot be created
     */
    @Activate
    public BackgroundRegistryComponent(BundleContext context, @Reference ComponentFailures failures) {
        super(ExtensionKind.BACKGROUND, context, failures);
    }

    @Reference(service = Background.class, cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            unbind = "removeBackground", updated = "updatedBackground")
    void addBackground(ServiceReference<Background> reference) {
        add(reference);
    }

    void updatedBackground(ServiceReference<Background> reference) {
        modified(reference);
    }

    void removeBackground(ServiceReference<Background> reference) {
        remove(reference);
    }

    @Deactivate
    void deactivate() {
        close();
    }
}
