package ai.fvgs.sdk.garment;

import java.util.List;

/**
 * One flat piece of a garment pattern: a closed polygon in centimetres (x to the right, y down), cut
 * {@code count} times from the fabric (2 for a left/right pair).
 *
 * @param name    what the piece is, e.g. {@code front}, {@code sleeve}
 * @param outline the polygon's corners in order, at least three; the last joins the first
 * @param count   how many times it is cut, 1 or more
 */
public record PatternPiece(String name, List<Point> outline, int count) {

    /**
     * A point of an outline, in centimetres.
     *
     * @param x to the right
     * @param y downwards
     */
    public record Point(double x, double y) {
    }

    /**
     * @throws IllegalArgumentException if the outline has fewer than three points or the count is below 1
     */
    public PatternPiece {
        outline = List.copyOf(outline);
        if (outline.size() < 3) {
            throw new IllegalArgumentException("pattern piece " + name + " needs at least 3 points, has " + outline.size());
        }
        if (count < 1) {
            throw new IllegalArgumentException("pattern piece " + name + ": count " + count + " must be at least 1");
        }
    }

    /** @return the length of the outline in cm */
    public double perimeter() {
        double sum = 0;
        for (int i = 0; i < outline.size(); i++) {
            Point a = outline.get(i);
            Point b = outline.get((i + 1) % outline.size());
            sum += Math.hypot(b.x() - a.x(), b.y() - a.y());
        }
        return sum;
    }

    /** @return the enclosed area of one piece in cm², by the shoelace formula */
    public double area() {
        double twice = 0;
        for (int i = 0; i < outline.size(); i++) {
            Point a = outline.get(i);
            Point b = outline.get((i + 1) % outline.size());
            twice += a.x() * b.y() - b.x() * a.y();
        }
        return Math.abs(twice) / 2;
    }
}
