package ai.fvgs.extensions.internal;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import ai.fvgs.extensions.InferenceBackendRegistry;
import ai.fvgs.sdk.ExtensionKind;
import ai.fvgs.sdk.inference.InferenceBackend;

/** Tracks every {@link InferenceBackend} service (whiteboard). */
@Component(service = InferenceBackendRegistry.class, immediate = true)
public final class InferenceBackendRegistryComponent extends WhiteboardRegistry<InferenceBackend> implements InferenceBackendRegistry {

    /**
     * @param context  this bundle's context, used to get and release the vendors' services
     * @param failures explains services that cannot be created
     */
    @Activate
    public InferenceBackendRegistryComponent(BundleContext context, @Reference ComponentFailures failures) {
        super(ExtensionKind.INFERENCE_BACKEND, context, failures);
    }

    @Reference(service = InferenceBackend.class, cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            unbind = "removeBackend", updated = "updatedBackend")
    void addBackend(ServiceReference<InferenceBackend> reference) {
        add(reference);
    }

    void updatedBackend(ServiceReference<InferenceBackend> reference) {
        modified(reference);
    }

    void removeBackend(ServiceReference<InferenceBackend> reference) {
        remove(reference);
    }

    @Deactivate
    void deactivate() {
        close();
    }
}
