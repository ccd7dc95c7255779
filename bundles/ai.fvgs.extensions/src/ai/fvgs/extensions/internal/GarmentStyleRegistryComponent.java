package ai.fvgs.extensions.internal;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import ai.fvgs.extensions.GarmentStyleRegistry;
import ai.fvgs.sdk.ExtensionKind;
import ai.fvgs.sdk.garment.GarmentStyle;

/** Tracks every {@link GarmentStyle} service (whiteboard). */
@Component(service = GarmentStyleRegistry.class, immediate = true)
public final class GarmentStyleRegistryComponent extends WhiteboardRegistry<GarmentStyle> implements GarmentStyleRegistry {

    /**
     * @param context  this bundle's context, used to get and release the vendors' services
     * @param failures explains services that cannot be created
     */
    @Activate
    public GarmentStyleRegistryComponent(BundleContext context, @Reference ComponentFailures failures) {
        super(ExtensionKind.GARMENT_STYLE, context, failures);
    }

    @Reference(service = GarmentStyle.class, cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            unbind = "removeStyle", updated = "updatedStyle")
    void addStyle(ServiceReference<GarmentStyle> reference) {
        add(reference);
    }

    void updatedStyle(ServiceReference<GarmentStyle> reference) {
        modified(reference);
    }

    void removeStyle(ServiceReference<GarmentStyle> reference) {
        remove(reference);
    }

    @Deactivate
    void deactivate() {
        close();
    }
}
