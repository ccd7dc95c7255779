package ai.fvgs.sdk.taxonomy;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A taxonomy: one version of a named vocabulary that annotations refer to. It has object categories and parts
 * (for boxes, polygons, keypoints, masks and tracks), attributes in groups, plain label groups (for whole-entry
 * questions such as the skin tone) and keypoint skeletons. Immutable; once stored, a version never changes: a
 * change is a new version.
 *
 * @param name            the taxonomy's name: lower-case letters, digits, {@code .}, {@code _} and {@code -},
 *                        starting with a letter or digit, at most 100 characters, e.g. {@code fashionpedia}
 * @param version         the version: letters, digits, {@code .}, {@code _}, {@code +} and {@code -}, starting
 *                        with a letter or digit, at most 50 characters, e.g. {@code 1} or {@code 2026.1}
 * @param label           the name shown to people, 1 to 200 characters
 * @param licence         the licence of the vocabulary, e.g. {@code CC-BY-4.0}, 1 to 200 characters
 * @param source          where it comes from (a URL or a citation); may be empty
 * @param attribution     the attribution its licence asks for; may be empty
 * @param categories      the object categories and parts; ids and names unique
 * @param attributeGroups the attribute groups; attribute ids unique over all groups, names unique in a group
 * @param labelGroups     the plain label groups; group names unique over attribute and label groups
 * @param skeletons       the keypoint skeletons; names unique
 * @since 1.2
 */
public record Taxonomy(String name, String version, String label, String licence, String source, String attribution,
        List<TaxonomyCategory> categories, List<AttributeGroup> attributeGroups, List<LabelGroup> labelGroups,
        List<KeypointSkeleton> skeletons) {

    /**
     * Checks every field and the references between them, and copies the lists.
     *
     * @throws IllegalArgumentException naming the taxonomy, the item and what is allowed, e.g. a duplicate id
     */
    public Taxonomy {
        if (name == null || !Names.TAXONOMY.matcher(name).matches()) {
            throw new IllegalArgumentException("taxonomy name '" + name
                    + "' is not allowed; use lower-case letters, digits, '.', '_' and '-', starting with a letter or digit, at most 100 characters");
        }
        if (version == null || !Names.VERSION.matcher(version).matches()) {
            throw new IllegalArgumentException("taxonomy " + name + ": version '" + version
                    + "' is not allowed; use letters, digits, '.', '_', '+' and '-', starting with a letter or digit, at most 50 characters, e.g. 1 or 2026.1");
        }
        String what = "taxonomy " + name + " " + version + ": ";
        try {
            Names.text("label", label);
            Names.text("licence", licence);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(what + e.getMessage(), e);
        }
        source = Names.optional(what + "source", source, 2_000);
        attribution = Names.optional(what + "attribution", attribution, 2_000);
        categories = copy(categories);
        attributeGroups = copy(attributeGroups);
        labelGroups = copy(labelGroups);
        skeletons = copy(skeletons);

        Map<Integer, String> categoryIds = new HashMap<>();
        Set<String> categoryNames = new HashSet<>();
        for (TaxonomyCategory c : categories) {
            String other = categoryIds.putIfAbsent(c.id(), c.name());
            if (other != null) {
                throw new IllegalArgumentException(what + "category id " + c.id() + " is used by both '" + other + "' and '" + c.name()
                        + "'; category ids must be unique");
            }
            if (!categoryNames.add(c.name())) {
                throw new IllegalArgumentException(what + "category name '" + c.name() + "' is used twice; category names must be unique");
            }
        }
        Set<String> groups = new HashSet<>();
        Map<Integer, String> attributeIds = new HashMap<>();
        for (AttributeGroup g : attributeGroups) {
            if (!groups.add(g.name())) {
                throw new IllegalArgumentException(what + "group name '" + g.name() + "' is used twice; attribute and label group names must be unique");
            }
            Set<String> names = new HashSet<>();
            for (TaxonomyAttribute a : g.attributes()) {
                String other = attributeIds.putIfAbsent(a.id(), a.name());
                if (other != null) {
                    throw new IllegalArgumentException(what + "attribute id " + a.id() + " is used by both '" + other + "' and '" + a.name()
                            + "'; attribute ids must be unique in the taxonomy");
                }
                if (!names.add(a.name())) {
                    throw new IllegalArgumentException(what + "attribute group '" + g.name() + "' has the attribute '" + a.name()
                            + "' twice; attribute names must be unique in a group");
                }
                for (String c : a.categories()) {
                    if (!categoryNames.contains(c)) {
                        throw new IllegalArgumentException(what + "attribute '" + a.name() + "' applies to category '" + c
                                + "', which the taxonomy does not have");
                    }
                }
            }
        }
        for (LabelGroup g : labelGroups) {
            if (!groups.add(g.name())) {
                throw new IllegalArgumentException(what + "group name '" + g.name() + "' is used twice; attribute and label group names must be unique");
            }
        }
        Set<String> skeletonNames = new HashSet<>();
        for (KeypointSkeleton s : skeletons) {
            if (!skeletonNames.add(s.name())) {
                throw new IllegalArgumentException(what + "skeleton name '" + s.name() + "' is used twice; skeleton names must be unique");
            }
            for (String c : s.categories()) {
                if (!categoryNames.contains(c)) {
                    throw new IllegalArgumentException(what + "skeleton '" + s.name() + "' belongs to category '" + c
                            + "', which the taxonomy does not have");
                }
            }
        }
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    /** @return {@code name@version}, as the command line writes it */
    public String key() {
        return name + "@" + version;
    }

    /**
     * @param name a category or part name
     * @return the category, or empty
     */
    public Optional<TaxonomyCategory> category(String name) {
        return categories.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    /**
     * @param name a group name
     * @return the attribute group, or empty
     */
    public Optional<AttributeGroup> attributeGroup(String name) {
        return attributeGroups.stream().filter(g -> g.name().equals(name)).findFirst();
    }

    /**
     * @param name a group name
     * @return the label group, or empty
     */
    public Optional<LabelGroup> labelGroup(String name) {
        return labelGroups.stream().filter(g -> g.name().equals(name)).findFirst();
    }

    /**
     * @param name a skeleton (keypoint layout) name
     * @return the skeleton, or empty
     */
    public Optional<KeypointSkeleton> skeleton(String name) {
        return skeletons.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    /** @return every attribute of every group, in order */
    public Stream<TaxonomyAttribute> attributes() {
        return attributeGroups.stream().flatMap(g -> g.attributes().stream());
    }

    /**
     * @param kind categories or parts
     * @return how many categories of that kind the taxonomy has
     */
    public long count(CategoryKind kind) {
        return categories.stream().filter(c -> c.kind() == kind).count();
    }

    @Override
    public String toString() {
        return key() + " (" + label + ")";
    }
}
