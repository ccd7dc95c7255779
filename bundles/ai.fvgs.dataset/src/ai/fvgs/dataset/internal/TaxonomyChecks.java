package ai.fvgs.dataset.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import ai.fvgs.dataset.Annotation;
import ai.fvgs.dataset.DatasetEntry;
import ai.fvgs.dataset.DatasetException;
import ai.fvgs.dataset.InstalledTaxonomy;
import ai.fvgs.dataset.Label;
import ai.fvgs.dataset.Shape;
import ai.fvgs.dataset.ShapeTrack;
import ai.fvgs.sdk.taxonomy.AttributeGroup;
import ai.fvgs.sdk.taxonomy.KeypointSkeleton;
import ai.fvgs.sdk.taxonomy.LabelGroup;
import ai.fvgs.sdk.taxonomy.LabelValue;
import ai.fvgs.sdk.taxonomy.Taxonomy;
import ai.fvgs.sdk.taxonomy.TaxonomyAttribute;
import ai.fvgs.sdk.taxonomy.TaxonomyCategory;

/**
 * The rule that a label naming a taxonomy must exist in that taxonomy version: regions, masks and tracks name
 * a category or part; an attribute names an attribute group or label group and one of its members as the
 * value; a tag names an attribute, a label-group value or a category. Keypoints whose layout is one of the
 * taxonomy's skeletons must have its number of points and, when the skeleton belongs to categories, be on
 * one of them. Free labels (no taxonomy) are not checked.
 */
final class TaxonomyChecks {

    private static final int CLOSE = 5;

    private TaxonomyChecks() {
    }

    /**
     * @param c           a connection in the saving transaction
     * @param entry       the entry being annotated
     * @param annotations the annotations to save
     * @throws SQLException     on a database error
     * @throws DatasetException naming the annotation, its label, the taxonomy and what is allowed
     */
    static void check(Connection c, DatasetEntry entry, List<Annotation> annotations) throws SQLException, DatasetException {
        Map<String, Taxonomy> taxonomies = new HashMap<>();
        for (int i = 0; i < annotations.size(); i++) {
            Annotation a = annotations.get(i);
            String what = "annotation " + i + " (" + a.kind() + ") of entry " + entry.id();
            switch (a) {
                case Annotation.Region r -> {
                    Taxonomy t = taxonomy(c, r.label(), what, taxonomies);
                    if (t != null) {
                        category(t, r.label(), what);
                        if (r.shape() instanceof Shape.Keypoints k) {
                            skeleton(t, r.label(), k, what);
                        }
                    }
                }
                case Annotation.Mask m -> {
                    Taxonomy t = taxonomy(c, m.label(), what, taxonomies);
                    if (t != null) {
                        category(t, m.label(), what);
                    }
                }
                case Annotation.Track tr -> {
                    Taxonomy t = taxonomy(c, tr.label(), what, taxonomies);
                    if (t != null) {
                        category(t, tr.label(), what);
                        for (ShapeTrack.Keyframe f : tr.track().keyframes()) {
                            if (f.shape() instanceof Shape.Keypoints k) {
                                skeleton(t, tr.label(), k, what + " frame " + f.frame());
                            }
                        }
                    }
                }
                case Annotation.Attribute at -> {
                    Taxonomy t = taxonomy(c, at.attribute(), what, taxonomies);
                    if (t != null) {
                        attribute(t, at.attribute(), at.value(), what);
                    }
                }
                case Annotation.Tag tag -> {
                    Taxonomy t = taxonomy(c, tag.tag(), what, taxonomies);
                    if (t != null) {
                        tag(t, tag.tag(), what);
                    }
                }
                case Annotation.Caption caption -> {
                    // captions have no label
                }
            }
        }
    }

    private static Taxonomy taxonomy(Connection c, Label label, String what, Map<String, Taxonomy> cache) throws SQLException, DatasetException {
        if (label.taxonomy() == null) {
            return null;
        }
        if (label.taxonomyVersion() == null) {
            Optional<InstalledTaxonomy> latest = TaxonomyRows.latest(c, label.taxonomy());
            throw new DatasetException(what + ": label '" + label.name() + "' names taxonomy " + label.taxonomy()
                    + " without a version; give the version the label was chosen from"
                    + latest.map(l -> ", e.g. " + l.taxonomy().version() + " (the latest installed)").orElse(
                            " (taxonomy " + label.taxonomy() + " is not installed)"));
        }
        String key = label.taxonomy() + "\n" + label.taxonomyVersion();
        Taxonomy t = cache.get(key);
        if (t == null) {
            Optional<InstalledTaxonomy> found = TaxonomyRows.find(c, label.taxonomy(), label.taxonomyVersion());
            if (found.isEmpty()) {
                List<String> installed = TaxonomyRows.keys(c);
                List<String> same = installed.stream().filter(k -> k.startsWith(label.taxonomy() + " ")).toList();
                throw new DatasetException(what + ": label '" + label.name() + "' names taxonomy " + label.taxonomy() + " version "
                        + label.taxonomyVersion() + ", which is not installed; "
                        + (same.isEmpty() ? "installed taxonomies: " + (installed.isEmpty() ? "none" : String.join(", ", installed))
                                : "installed versions: " + String.join(", ", same)));
            }
            t = found.get().taxonomy();
            cache.put(key, t);
        }
        return t;
    }

    private static void category(Taxonomy t, Label label, String what) throws DatasetException {
        if (t.category(label.name()).isEmpty()) {
            throw new DatasetException(what + ": label '" + label.name() + "' is not a category or part of taxonomy " + t.name() + " "
                    + t.version() + "; " + allowed(label.name(), t.categories().stream().map(TaxonomyCategory::name).toList(), "categories and parts"));
        }
    }

    private static void skeleton(Taxonomy t, Label label, Shape.Keypoints k, String what) throws DatasetException {
        Optional<KeypointSkeleton> found = t.skeleton(k.layout());
        if (found.isEmpty()) {
            return; // another layout: stored as given, like keypoints of free labels
        }
        KeypointSkeleton s = found.get();
        if (k.points().size() != s.points().size()) {
            throw new DatasetException(what + ": keypoint layout " + s.name() + " of taxonomy " + t.name() + " " + t.version() + " has "
                    + s.points().size() + " points, but the annotation has " + k.points().size());
        }
        if (!s.categories().isEmpty() && !s.categories().contains(label.name())) {
            throw new DatasetException(what + ": keypoint layout " + s.name() + " of taxonomy " + t.name() + " " + t.version()
                    + " is for " + String.join(", ", s.categories()) + ", not for '" + label.name() + "'");
        }
    }

    private static void attribute(Taxonomy t, Label label, String value, String what) throws DatasetException {
        Optional<LabelGroup> labels = t.labelGroup(label.name());
        Optional<AttributeGroup> attributes = t.attributeGroup(label.name());
        if (labels.isEmpty() && attributes.isEmpty()) {
            List<String> groups = new ArrayList<>();
            t.attributeGroups().forEach(g -> groups.add(g.name()));
            t.labelGroups().forEach(g -> groups.add(g.name()));
            throw new DatasetException(what + ": attribute '" + label.name() + "' is not an attribute or label group of taxonomy " + t.name() + " "
                    + t.version() + "; " + allowed(label.name(), groups, "groups"));
        }
        List<String> members = labels.isPresent() ? labels.get().values().stream().map(LabelValue::name).toList()
                : attributes.get().attributes().stream().map(TaxonomyAttribute::name).toList();
        if (!members.contains(value)) {
            throw new DatasetException(what + ": value '" + value + "' is not in group " + label.name() + " of taxonomy " + t.name() + " "
                    + t.version() + "; " + allowed(value, members, "values"));
        }
    }

    private static void tag(Taxonomy t, Label label, String what) throws DatasetException {
        Set<String> names = new LinkedHashSet<>();
        t.attributes().forEach(a -> names.add(a.name()));
        t.labelGroups().forEach(g -> g.values().forEach(v -> names.add(v.name())));
        t.categories().forEach(c -> names.add(c.name()));
        if (!names.contains(label.name())) {
            throw new DatasetException(what + ": tag '" + label.name() + "' is not an attribute, label value or category of taxonomy " + t.name() + " "
                    + t.version() + "; " + allowed(label.name(), List.copyOf(names), "names"));
        }
    }

    /**
     * @param wrong   the name given
     * @param allowed the names allowed
     * @param what    what they are, plural
     * @return all of them when there are few, else the closest few and how many there are
     */
    static String allowed(String wrong, List<String> allowed, String what) {
        if (allowed.isEmpty()) {
            return "it has no " + what;
        }
        if (allowed.size() <= 12) {
            return "allowed: " + String.join(", ", allowed);
        }
        String w = wrong.toLowerCase(Locale.ROOT);
        List<String> close = allowed.stream().distinct()
                .sorted(Comparator.comparingInt((String s) -> distance(w, s.toLowerCase(Locale.ROOT))).thenComparing(s -> s)).limit(CLOSE).toList();
        return "close " + what + ": " + close.stream().collect(Collectors.joining(", ")) + " (" + allowed.size() + " " + what + " in all)";
    }

    /** Edit distance, with a name that contains the wrong one (or the reverse) counted as close. */
    private static int distance(String a, String b) {
        if (!a.isEmpty() && (b.contains(a) || a.contains(b))) {
            return Math.abs(a.length() - b.length()) / 4;
        }
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
