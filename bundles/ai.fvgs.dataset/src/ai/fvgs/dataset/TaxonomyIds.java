package ai.fvgs.dataset;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import ai.fvgs.dataset.internal.LabelIds;
import ai.fvgs.sdk.taxonomy.AttributeGroup;
import ai.fvgs.sdk.taxonomy.Taxonomy;
import ai.fvgs.sdk.taxonomy.TaxonomyAttribute;
import ai.fvgs.sdk.taxonomy.TaxonomyCategory;

/**
 * The ids that exports give taxonomy labels: a category's id and supercategory from its taxonomy version,
 * an attribute's id with its group as supercategory. Label-group values (such as {@code skin-tone = mst-3})
 * have no ids in their taxonomy and get export ids by name, like free labels. Taxonomy versions are
 * immutable, so each is read once.
 */
final class TaxonomyIds implements LabelIds.TaxonomyLookup {

    private final TaxonomyStore taxonomies;
    private final Map<String, Optional<Taxonomy>> cache = new ConcurrentHashMap<>();

    TaxonomyIds(TaxonomyStore taxonomies) {
        this.taxonomies = taxonomies;
    }

    @Override
    public Optional<LabelIds.Known> category(Label label) {
        return taxonomy(label).flatMap(t -> t.categories().stream().filter(c -> c.name().equals(label.name())).findFirst())
                .map(c -> new LabelIds.Known(c.id(), supercategory(c)));
    }

    @Override
    public Optional<LabelIds.Known> attribute(Label attribute, String value) {
        Optional<Taxonomy> t = taxonomy(attribute);
        if (t.isEmpty()) {
            return Optional.empty();
        }
        for (AttributeGroup g : t.get().attributeGroups()) {
            if (value != null && !g.name().equals(attribute.name())) {
                continue;
            }
            String name = value != null ? value : attribute.name();
            for (TaxonomyAttribute a : g.attributes()) {
                if (a.name().equals(name)) {
                    return Optional.of(new LabelIds.Known(a.id(), g.name()));
                }
            }
        }
        return Optional.empty();
    }

    private static String supercategory(TaxonomyCategory c) {
        return c.supercategory() == null || c.supercategory().isBlank() ? c.name() : c.supercategory();
    }

    private Optional<Taxonomy> taxonomy(Label label) {
        if (label.taxonomy() == null || label.taxonomyVersion() == null) {
            return Optional.empty();
        }
        return cache.computeIfAbsent(label.taxonomy() + "@" + label.taxonomyVersion(), k -> {
            try {
                return taxonomies.get(label.taxonomy(), label.taxonomyVersion());
            } catch (DatasetException e) {
                throw new IllegalStateException("taxonomy " + k + " cannot be read for the export ids: " + e.getMessage(), e);
            }
        });
    }
}
