package ai.fvgs.sdk.taxonomy;

import java.util.List;

/**
 * One attribute of an {@link AttributeGroup}, e.g. {@code a-line} in the group {@code silhouette}.
 *
 * @param id         stable integer id, 0 or more, unique among all attributes of the taxonomy; exported as a
 *                   COCO {@code attribute_ids} entry
 * @param name       the name, unique in the taxonomy's attributes, 1 to 200 characters
 * @param categories names of the categories (or parts) it applies to; empty when it applies to all
 * @since 1.2
 */
public record TaxonomyAttribute(int id, String name, List<String> categories) {

    /** Checks the fields and copies the list. */
    public TaxonomyAttribute {
        Names.text("attribute name", name);
        if (id < 0) {
            throw new IllegalArgumentException("attribute '" + name + "': id " + id + " is not allowed; ids are 0 or more");
        }
        categories = categories == null ? List.of() : List.copyOf(categories);
    }

    /**
     * @param category a category name
     * @return {@code true} if the attribute applies to it
     */
    public boolean appliesTo(String category) {
        return categories.isEmpty() || categories.contains(category);
    }
}
