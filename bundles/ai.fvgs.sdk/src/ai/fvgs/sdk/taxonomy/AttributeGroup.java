package ai.fvgs.sdk.taxonomy;

import java.util.List;

/**
 * A group of attributes that describe one aspect of an object, e.g. {@code silhouette} or {@code length}.
 *
 * @param name       the group's name, unique among the taxonomy's groups, 1 to 200 characters
 * @param attributes its attributes, at least one
 * @since 1.2
 */
public record AttributeGroup(String name, List<TaxonomyAttribute> attributes) {

    /** Checks the fields and copies the list. */
    public AttributeGroup {
        Names.text("attribute group name", name);
        attributes = List.copyOf(attributes);
        if (attributes.isEmpty()) {
            throw new IllegalArgumentException("attribute group '" + name + "' has no attributes; give at least one");
        }
    }
}
