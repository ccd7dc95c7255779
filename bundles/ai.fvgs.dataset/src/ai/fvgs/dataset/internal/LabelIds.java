package ai.fvgs.dataset.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import ai.fvgs.dataset.Label;
import ai.fvgs.dataset.SnapshotLabel;

/**
 * The one place where the category and attribute ids of exports are decided. A label that belongs to an
 * installed taxonomy takes its id and supercategory from the {@link TaxonomyLookup}; every other label gets
 * the next free id in sorted order (categories by name, taxonomy, version; attributes by supercategory,
 * name), starting after the largest taxonomy id, so ids are 1..n when no taxonomy is installed. The ids are
 * stored with the snapshot, so every export of it agrees.
 */
public final class LabelIds {

    /** The supercategory of free category labels (no taxonomy). */
    public static final String NO_SUPERCATEGORY = "none";
    /** The supercategory of attributes that are tags. */
    public static final String TAG = "tag";

    /**
     * Where the ids of taxonomy labels come from. This is the seam for the taxonomy API: until taxonomies
     * are installed, {@link #NONE} answers nothing and every label gets a stable id by sorted name.
     */
    public interface TaxonomyLookup {

        /** Answers nothing: no taxonomy is installed. */
        TaxonomyLookup NONE = new TaxonomyLookup() {
        };

        /** @param label a category label with a taxonomy @return its id and supercategory in the taxonomy, or empty */
        default Optional<Known> category(Label label) {
            return Optional.empty();
        }

        /**
         * @param attribute the attribute (or tag) label with a taxonomy
         * @param value     the attribute's value, or {@code null} for a tag
         * @return its id and supercategory in the taxonomy, or empty
         */
        default Optional<Known> attribute(Label attribute, String value) {
            return Optional.empty();
        }
    }

    /** An id and supercategory from a taxonomy. */
    public record Known(int id, String supercategory) {
    }

    /** A category: a label, with the keypoint layout of its keypoints or {@code null}. */
    public record Category(Label label, String layout) {
    }

    /**
     * An attribute of the export: for an attribute annotation its value as {@code name} and the attribute as
     * {@code label}; for a tag the tag as {@code label} and {@code null} value.
     */
    public record Attribute(Label label, String value) {
        /** @return the COCO name: the value, or the tag */
        public String name() {
            return value != null ? value : label.name();
        }

        /** @return the COCO supercategory: the attribute, or {@code tag} */
        public String supercategory() {
            return value != null ? label.name() : TAG;
        }
    }

    private final TaxonomyLookup taxonomy;

    /** @param taxonomy where taxonomy labels get their ids */
    public LabelIds(TaxonomyLookup taxonomy) {
        this.taxonomy = Objects.requireNonNull(taxonomy, "taxonomy");
    }

    /**
     * @param categories the categories used, each with its keypoint layout
     * @return the categories with their ids, in id order
     */
    public List<SnapshotLabel> categories(Map<Label, String> categories) {
        List<Label> sorted = new ArrayList<>(categories.keySet());
        sorted.sort(LABEL_ORDER);
        List<SnapshotLabel> out = new ArrayList<>();
        Set<Integer> used = new HashSet<>();
        List<Label> free = new ArrayList<>();
        for (Label l : sorted) {
            Optional<Known> k = l.taxonomy() == null ? Optional.empty() : taxonomy.category(l);
            if (k.isPresent() && used.add(k.get().id())) {
                out.add(new SnapshotLabel(k.get().id(), l.name(), k.get().supercategory(), l.taxonomy(), l.taxonomyVersion(), categories.get(l)));
            } else {
                free.add(l);
            }
        }
        int next = used.stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
        for (Label l : free) {
            out.add(new SnapshotLabel(next++, l.name(), l.taxonomy() != null ? l.taxonomy() : NO_SUPERCATEGORY, l.taxonomy(), l.taxonomyVersion(),
                    categories.get(l)));
        }
        out.sort(Comparator.comparingInt(SnapshotLabel::id));
        return out;
    }

    /**
     * @param attributes the attributes and tags used
     * @return them with their ids, in id order
     */
    public List<SnapshotLabel> attributes(Set<Attribute> attributes) {
        Map<String, Attribute> sorted = new TreeMap<>();
        for (Attribute a : attributes) {
            sorted.put(a.supercategory() + "\u0000" + a.name() + "\u0000" + Objects.toString(a.label().taxonomy(), "") + "\u0000"
                    + Objects.toString(a.label().taxonomyVersion(), ""), a);
        }
        List<SnapshotLabel> out = new ArrayList<>();
        Set<Integer> used = new HashSet<>();
        List<Attribute> free = new ArrayList<>();
        for (Attribute a : sorted.values()) {
            Optional<Known> k = a.label().taxonomy() == null ? Optional.empty() : taxonomy.attribute(a.label(), a.value());
            if (k.isPresent() && used.add(k.get().id())) {
                out.add(new SnapshotLabel(k.get().id(), a.name(), k.get().supercategory(), a.label().taxonomy(), a.label().taxonomyVersion(), null));
            } else {
                free.add(a);
            }
        }
        int next = used.stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
        for (Attribute a : free) {
            out.add(new SnapshotLabel(next++, a.name(), a.supercategory(), a.label().taxonomy(), a.label().taxonomyVersion(), null));
        }
        out.sort(Comparator.comparingInt(SnapshotLabel::id));
        return out;
    }

    /** Labels by name, then taxonomy and version (free labels first). */
    static final Comparator<Label> LABEL_ORDER = Comparator.comparing(Label::name)
            .thenComparing(Label::taxonomy, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Label::taxonomyVersion, Comparator.nullsFirst(Comparator.naturalOrder()));
}
