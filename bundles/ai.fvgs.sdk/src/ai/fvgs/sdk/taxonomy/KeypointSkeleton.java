package ai.fvgs.sdk.taxonomy;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A keypoint layout of a taxonomy: the named points of a body or garment in order, the lines a labelling
 * tool draws between them, and the categories it is used for. Keypoint annotations name it as their layout.
 *
 * @param name       the layout name, unique in the taxonomy: lower-case letters, digits, {@code .}, {@code _} and
 *                   {@code -}, at most 64 characters, e.g. {@code coco-17}
 * @param points     the point names in index order, 1 to 1,000, unique
 * @param edges      lines between points, by index; may be empty
 * @param categories names of the categories it belongs to; empty when it is not tied to any
 * @since 1.2
 */
public record KeypointSkeleton(String name, List<String> points, List<SkeletonEdge> edges, List<String> categories) {

    /** Allowed skeleton names (the keypoint layout names of the dataset). */
    public static final String NAME_PATTERN = "[a-z0-9][a-z0-9._-]{0,63}";

    private static final Pattern NAME = Pattern.compile(NAME_PATTERN);

    /** Checks the fields and copies the lists. */
    public KeypointSkeleton {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("skeleton name '" + name
                    + "' is not allowed; use lower-case letters, digits, '.', '_' and '-', at most 64 characters, e.g. coco-17");
        }
        points = List.copyOf(points);
        edges = edges == null ? List.of() : List.copyOf(edges);
        categories = categories == null ? List.of() : List.copyOf(categories);
        if (points.isEmpty() || points.size() > 1_000) {
            throw new IllegalArgumentException("skeleton '" + name + "' has " + points.size() + " points; 1 to 1,000 are allowed");
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < points.size(); i++) {
            Names.text("skeleton '" + name + "' point " + i, points.get(i));
            if (!seen.add(points.get(i))) {
                throw new IllegalArgumentException("skeleton '" + name + "' has the point '" + points.get(i) + "' twice (again at index " + i
                        + "); point names must be unique");
            }
        }
        for (int i = 0; i < edges.size(); i++) {
            SkeletonEdge e = edges.get(i);
            if (e.from() >= points.size() || e.to() >= points.size()) {
                throw new IllegalArgumentException("skeleton '" + name + "' edge " + i + " (" + e.from() + "-" + e.to()
                        + ") is out of range; point indexes go from 0 to " + (points.size() - 1));
            }
        }
    }
}
