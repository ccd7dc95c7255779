package ai.fvgs.dataset.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import ai.fvgs.dataset.Label;
import ai.fvgs.sdk.taxonomy.AttributeGroup;
import ai.fvgs.sdk.taxonomy.KeypointSkeleton;
import ai.fvgs.sdk.taxonomy.LabelGroup;
import ai.fvgs.sdk.taxonomy.LabelValue;
import ai.fvgs.sdk.taxonomy.Taxonomy;
import ai.fvgs.sdk.taxonomy.TaxonomyAttribute;
import ai.fvgs.sdk.taxonomy.TaxonomyCategory;

/**
 * What a labeller can choose from, taken from the installed taxonomies (the latest version of each): the
 * categories for shapes, the attribute and label-group values for the whole entry, and the keypoint skeletons.
 *
 * @param categories categories of every taxonomy, in taxonomy order
 * @param attributes one choice per value of every attribute group and label group
 * @param skeletons  the keypoint skeletons with their taxonomy
 */
public record Vocabulary(List<Choice> categories, List<Choice> attributes, List<Skeleton> skeletons) {

    /**
     * One thing to choose: a category (the label is the category, {@code value} null) or an attribute value (the
     * label names the group, {@code value} the attribute or label-group value).
     *
     * @param label  the label as stored
     * @param value  the attribute value, or {@code null} for a category
     * @param detail shown next to the name, e.g. the supercategory or the taxonomy
     */
    public record Choice(Label label, String value, String detail) {

        /** @return what the list shows, e.g. {@code dress} or {@code skin-tone = mst-3} */
        public String text() {
            return (value == null ? label.name() : label.name() + " = " + value) + "  (" + detail + ")";
        }

        /**
         * @param filter words typed by the labeller
         * @return whether every word occurs in the text, ignoring case
         */
        public boolean matches(String filter) {
            String t = text().toLowerCase(Locale.ROOT);
            for (String w : filter.toLowerCase(Locale.ROOT).trim().split("\\s+")) {
                if (!w.isEmpty() && !t.contains(w)) {
                    return false;
                }
            }
            return true;
        }
    }

    /**
     * @param taxonomy the taxonomy's name
     * @param skeleton the skeleton
     */
    public record Skeleton(String taxonomy, KeypointSkeleton skeleton) {
    }

    /**
     * @param taxonomies installed taxonomies, one version each
     * @return their vocabulary
     */
    public static Vocabulary of(List<Taxonomy> taxonomies) {
        List<Choice> categories = new ArrayList<>();
        List<Choice> attributes = new ArrayList<>();
        List<Skeleton> skeletons = new ArrayList<>();
        for (Taxonomy t : taxonomies) {
            for (TaxonomyCategory c : t.categories()) {
                categories.add(new Choice(new Label(t.name(), t.version(), c.name()), null, c.supercategory() + ", " + t.name()));
            }
            for (AttributeGroup g : t.attributeGroups()) {
                for (TaxonomyAttribute a : g.attributes()) {
                    attributes.add(new Choice(new Label(t.name(), t.version(), g.name()), a.name(), t.name()));
                }
            }
            for (LabelGroup g : t.labelGroups()) {
                for (LabelValue v : g.values()) {
                    attributes.add(new Choice(new Label(t.name(), t.version(), g.name()), v.name(), t.name()));
                }
            }
            for (KeypointSkeleton s : t.skeletons()) {
                skeletons.add(new Skeleton(t.name(), s));
            }
        }
        return new Vocabulary(List.copyOf(categories), List.copyOf(attributes), List.copyOf(skeletons));
    }

    /**
     * @param name a skeleton name, e.g. {@code coco-17}
     * @return the first skeleton of that name
     */
    public Optional<Skeleton> skeleton(String name) {
        return skeletons.stream().filter(s -> s.skeleton().name().equals(name)).findFirst();
    }
}
