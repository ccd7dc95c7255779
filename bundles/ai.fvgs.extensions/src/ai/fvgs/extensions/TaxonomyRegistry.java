package ai.fvgs.extensions;

import ai.fvgs.sdk.taxonomy.TaxonomyProvider;

/** The live registry of taxonomy providers; an OSGi service. */
public interface TaxonomyRegistry extends ExtensionRegistry<TaxonomyProvider> {
}
