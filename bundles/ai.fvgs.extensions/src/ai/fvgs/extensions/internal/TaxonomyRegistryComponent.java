package ai.fvgs.extensions.internal;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import ai.fvgs.extensions.TaxonomyRegistry;
import ai.fvgs.sdk.ExtensionKind;
import ai.fvgs.sdk.taxonomy.TaxonomyProvider;

/** Tracks every {@link TaxonomyProvider} service (whiteboard). */
@Component(service = TaxonomyRegistry.class, immediate = true)
public final class TaxonomyRegistryComponent extends WhiteboardRegistry<TaxonomyProvider> implements TaxonomyRegistry {

    /**
     * @param context  this bundle's context, used to get and release the vendors' services
     * @param failures explains services that cannot be created
     */
    @Activate
    public TaxonomyRegistryComponent(BundleContext context, @Reference ComponentFailures failures) {
        super(ExtensionKind.TAXONOMY, context, failures);
    }

    @Reference(service = TaxonomyProvider.class, cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            unbind = "removeTaxonomy", updated = "updatedTaxonomy")
    void addTaxonomy(ServiceReference<TaxonomyProvider> reference) {
        add(reference);
    }

    void updatedTaxonomy(ServiceReference<TaxonomyProvider> reference) {
        modified(reference);
    }

    void removeTaxonomy(ServiceReference<TaxonomyProvider> reference) {
        remove(reference);
    }

    @Deactivate
    void deactivate() {
        close();
    }
}
