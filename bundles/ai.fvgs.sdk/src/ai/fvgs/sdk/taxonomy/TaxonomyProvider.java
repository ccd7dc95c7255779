package ai.fvgs.sdk.taxonomy;

import java.util.List;

import ai.fvgs.sdk.Extension;

/**
 * A taxonomy extension: offers one or more taxonomies (vocabularies for annotations) to the fashion dataset.
 * Register an implementation as an OSGi service of this interface. The dataset installs the taxonomies when a
 * dataset store opens; an installed version is immutable, so a provider that changes a taxonomy must give it
 * a new version (offering different content under a version that is already installed is refused and
 * reported).
 * <p>
 * Example:
 * <pre>{@code
 * @Component(service = TaxonomyProvider.class)
 * public final class TrimsTaxonomy implements TaxonomyProvider {
 *     public ExtensionInfo info() { ... }
 *     public List<Taxonomy> taxonomies() {
 *         return List.of(new Taxonomy("example.trims", "1", "Trims", "CC-BY-4.0", "", "",
 *                 List.of(new TaxonomyCategory(1, "button", "closures", CategoryKind.PART)),
 *                 List.of(), List.of(), List.of()));
 *     }
 * }
 * }</pre>
 *
 * @since 1.2
 */
public interface TaxonomyProvider extends Extension {

    /**
     * Returns the taxonomies this extension provides; the same list every time. Build them once (for
     * example in the constructor), because the records check themselves when created.
     *
     * @return the taxonomies, never {@code null}; names should start with the vendor's prefix
     */
    List<Taxonomy> taxonomies();
}
