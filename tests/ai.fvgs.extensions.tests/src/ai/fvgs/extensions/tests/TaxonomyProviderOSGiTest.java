package ai.fvgs.extensions.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;

import ai.fvgs.extensions.ExtensionCatalog;
import ai.fvgs.extensions.ExtensionFailedException;
import ai.fvgs.extensions.ExtensionRecord;
import ai.fvgs.extensions.TaxonomyRegistry;
import ai.fvgs.sdk.ExtensionInfo;
import ai.fvgs.sdk.taxonomy.CategoryKind;
import ai.fvgs.sdk.taxonomy.Taxonomy;
import ai.fvgs.sdk.taxonomy.TaxonomyCategory;
import ai.fvgs.sdk.taxonomy.TaxonomyProvider;

/** A vendor's taxonomy provider registered as a service is tracked like every other extension kind. */
class TaxonomyProviderOSGiTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(15);
    private static final String ID = "example.test.trims";

    @Test
    void aRegisteredProviderIsListedUsableAndGoneWhenUnregistered() throws Exception {
        ExtensionCatalog catalog = Services.await(ExtensionCatalog.class);
        TaxonomyRegistry registry = Services.await(TaxonomyRegistry.class);
        Taxonomy trims = new Taxonomy("example.trims", "1", "Trims", "CC-BY-4.0", "", "",
                List.of(new TaxonomyCategory(1, "button", "closures", CategoryKind.PART)), null, null, null);
        TaxonomyProvider provider = new TaxonomyProvider() {
            @Override
            public ExtensionInfo info() {
                return ExtensionInfo.builder(ID).label("Trims taxonomy").vendor("Example Test").version("1.0.0").build();
            }

            @Override
            public List<Taxonomy> taxonomies() {
                return List.of(trims);
            }
        };
        BundleContext context = FrameworkUtil.getBundle(getClass()).getBundleContext();
        ServiceRegistration<TaxonomyProvider> registration = context.registerService(TaxonomyProvider.class, provider, null);
        try {
            Await.until(catalog, "the taxonomy provider", r -> Await.hasActive(r, ID), TIMEOUT);
            ExtensionRecord record = catalog.records().stream().filter(r -> r.id().equals(ID)).findFirst().orElseThrow();
            assertEquals("taxonomy", record.kind());
            assertEquals("ai.fvgs.extensions.tests", record.bundle());
            assertTrue(registry.activeIds().contains(ID), registry.activeIds().toString());
            List<Taxonomy> offered = registry.call(ID, TaxonomyProvider::taxonomies);
            assertEquals(List.of(trims), offered);
        } finally {
            registration.unregister();
        }
        Await.until(catalog, "the taxonomy provider to go", r -> Await.absent(r, ID), TIMEOUT);
        assertTrue(registry.records().stream().noneMatch(r -> r.id().equals(ID)));
        try {
            registry.call(ID, TaxonomyProvider::taxonomies);
            throw new AssertionError("a call to a provider that is gone must fail");
        } catch (ExtensionFailedException expected) {
            assertTrue(expected.getMessage().contains(ID), expected.getMessage());
        }
    }
}
