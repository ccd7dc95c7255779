package ai.fvgs.dataset.ui.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import ai.fvgs.dataset.Annotation;
import ai.fvgs.dataset.Shape;
import ai.fvgs.dataset.ShapeOverlap;

/**
 * The differences between two labellers' annotation sets of one entry, for the review: shapes matched pairwise by
 * IoU, the shapes that match nothing, and the attributes, tags and captions that differ. Boxes and polygons are
 * matched with the other set's shapes of the same media item, label and kind, greedily by highest IoU (above 0),
 * as {@link ai.fvgs.dataset.DatasetQuality#agreement()} does; keypoints (no area) are paired by media item, label
 * and skeleton, in order. A shape is flagged when it matched nothing or its IoU is below {@value #GOOD_IOU}.
 * Masks and tracks are counted, not drawn. No SWT: computed off the display thread.
 *
 * @param notesA       the note of each annotation of set A ({@code null} for none), by position in the set
 * @param flaggedA     whether each annotation of set A is flagged
 * @param notesB       the same for set B
 * @param flaggedB     the same for set B
 * @param differences  the differences in words, one per line; empty when the sets agree
 */
public record ReviewDiff(List<String> notesA, boolean[] flaggedA, List<String> notesB, boolean[] flaggedB, List<String> differences) {

    /** A matched shape with at least this IoU is taken as agreeing. */
    public static final double GOOD_IOU = 0.5;

    /** Copies the lists. */
    public ReviewDiff {
        notesA = java.util.Collections.unmodifiableList(new ArrayList<>(notesA));
        notesB = java.util.Collections.unmodifiableList(new ArrayList<>(notesB));
        differences = List.copyOf(differences);
    }

    /**
     * @param nameA the first labeller
     * @param a     their annotations
     * @param nameB the second labeller, or {@code null} when there is only one set
     * @param b     their annotations (ignored without {@code nameB})
     * @return the differences
     */
    public static ReviewDiff of(String nameA, List<Annotation> a, String nameB, List<Annotation> b) {
        List<String> notesA = new ArrayList<>(java.util.Collections.nCopies(a.size(), (String) null));
        boolean[] flaggedA = new boolean[a.size()];
        if (nameB == null) {
            return new ReviewDiff(notesA, flaggedA, List.of(), new boolean[0], List.of("Only " + nameA + " annotated this entry: nothing to compare"));
        }
        List<String> notesB = new ArrayList<>(java.util.Collections.nCopies(b.size(), (String) null));
        boolean[] flaggedB = new boolean[b.size()];
        List<String> out = new ArrayList<>();
        matchShapes(a, b, notesA, flaggedA, notesB, flaggedB, nameA, nameB, out);
        compareAttributes(values(a), values(b), nameA, nameB, out);
        compareCounts(a, b, nameA, nameB, out);
        return new ReviewDiff(notesA, flaggedA, notesB, flaggedB, out);
    }

    /** @return the number of flagged shapes in both sets */
    public int flaggedShapes() {
        int n = 0;
        for (boolean f : flaggedA) {
            n += f ? 1 : 0;
        }
        for (boolean f : flaggedB) {
            n += f ? 1 : 0;
        }
        return n;
    }

    private record Candidate(int i, int j, double iou) {
    }

    private static void matchShapes(List<Annotation> a, List<Annotation> b, List<String> notesA, boolean[] flaggedA, List<String> notesB,
            boolean[] flaggedB, String nameA, String nameB, List<String> out) {
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            for (int j = 0; j < b.size(); j++) {
                if (a.get(i) instanceof Annotation.Region x && b.get(j) instanceof Annotation.Region y && comparable(x, y)) {
                    candidates.add(new Candidate(i, j, x.shape() instanceof Shape.Keypoints ? Double.NaN : ShapeOverlap.iou(x.shape(), y.shape())));
                }
            }
        }
        // highest IoU first; keypoints (NaN) last, in set order
        candidates.sort((p, q) -> Double.isNaN(p.iou()) || Double.isNaN(q.iou()) ? Boolean.compare(Double.isNaN(p.iou()), Double.isNaN(q.iou()))
                : Double.compare(q.iou(), p.iou()));
        boolean[] usedA = new boolean[a.size()], usedB = new boolean[b.size()];
        for (Candidate c : candidates) {
            if (usedA[c.i()] || usedB[c.j()] || c.iou() == 0) {
                continue;
            }
            usedA[c.i()] = usedB[c.j()] = true;
            Annotation.Region r = (Annotation.Region) a.get(c.i());
            if (Double.isNaN(c.iou())) {
                notesA.set(c.i(), "paired");
                notesB.set(c.j(), "paired");
                continue;
            }
            String note = String.format(Locale.ROOT, "IoU %.2f", c.iou());
            notesA.set(c.i(), note);
            notesB.set(c.j(), note);
            if (c.iou() < GOOD_IOU) {
                flaggedA[c.i()] = flaggedB[c.j()] = true;
                out.add(r.shape().type() + " " + r.label().name() + ": " + note + " (below " + GOOD_IOU + ")");
            }
        }
        unmatched(a, usedA, notesA, flaggedA, nameA, out);
        unmatched(b, usedB, notesB, flaggedB, nameB, out);
    }

    private static boolean comparable(Annotation.Region x, Annotation.Region y) {
        if (x.media() != y.media() || !x.label().equals(y.label()) || !x.shape().type().equals(y.shape().type())) {
            return false;
        }
        return !(x.shape() instanceof Shape.Keypoints k) || k.layout().equals(((Shape.Keypoints) y.shape()).layout());
    }

    private static void unmatched(List<Annotation> set, boolean[] used, List<String> notes, boolean[] flagged, String name, List<String> out) {
        for (int i = 0; i < set.size(); i++) {
            if (set.get(i) instanceof Annotation.Region r && !used[i]) {
                notes.set(i, "unmatched");
                flagged[i] = true;
                out.add(r.shape().type() + " " + r.label().name() + " only in " + name + "'s set");
            }
        }
    }

    /** @return each attribute name, tag ("tag") and caption language ("caption en") with its sorted values */
    private static Map<String, TreeSet<String>> values(List<Annotation> set) {
        Map<String, TreeSet<String>> m = new TreeMap<>();
        for (Annotation x : set) {
            switch (x) {
            case Annotation.Attribute at -> m.computeIfAbsent(at.attribute().name(), k -> new TreeSet<>()).add(at.value());
            case Annotation.Tag t -> m.computeIfAbsent("tag", k -> new TreeSet<>()).add(t.tag().name());
            case Annotation.Caption c -> m.computeIfAbsent("caption " + c.language(), k -> new TreeSet<>()).add('"' + c.text() + '"');
            default -> {
                // shapes are matched above
            }
            }
        }
        return m;
    }

    private static void compareAttributes(Map<String, TreeSet<String>> a, Map<String, TreeSet<String>> b, String nameA, String nameB,
            List<String> out) {
        TreeSet<String> keys = new TreeSet<>(a.keySet());
        keys.addAll(b.keySet());
        for (String k : keys) {
            TreeSet<String> x = a.getOrDefault(k, new TreeSet<>()), y = b.getOrDefault(k, new TreeSet<>());
            if (!Objects.equals(x, y)) {
                out.add(k + ": " + shown(x) + " (" + nameA + ") / " + shown(y) + " (" + nameB + ")");
            }
        }
    }

    private static String shown(TreeSet<String> values) {
        return values.isEmpty() ? "(none)" : String.join(" | ", values);
    }

    private static void compareCounts(List<Annotation> a, List<Annotation> b, String nameA, String nameB, List<String> out) {
        for (String kind : Arrays.asList("mask", "track")) {
            long x = a.stream().filter(v -> v.kind().equals(kind)).count(), y = b.stream().filter(v -> v.kind().equals(kind)).count();
            if (x != y || x > 0) {
                out.add(kind + "s (not drawn here): " + x + " (" + nameA + ") / " + y + " (" + nameB + ")");
            }
        }
    }

    /** @return the differences as text, one per line */
    public String text() {
        return differences.stream().collect(Collectors.joining("\n"));
    }
}
