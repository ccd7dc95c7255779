package ai.fvgs.dataset;

import java.util.List;

/**
 * A shape on an image or a video frame, in pixels of the media item, with the origin at the top-left
 * corner and y pointing down. Coordinates must be finite.
 */
public sealed interface Shape permits Shape.Box, Shape.Polygon, Shape.Keypoints {

    /** @return {@code box}, {@code polygon} or {@code keypoints}, as stored */
    String type();

    /**
     * An axis-aligned bounding box.
     *
     * @param x      left edge
     * @param y      top edge
     * @param width  0 or more
     * @param height 0 or more
     */
    record Box(double x, double y, double width, double height) implements Shape {

        /** Checks the fields. */
        public Box {
            finite("box", x, y, width, height);
            if (!(width >= 0) || !(height >= 0)) {
                throw new IllegalArgumentException("box size " + width + " x " + height + " is not allowed; width and height must be 0 or more");
            }
        }

        @Override
        public String type() {
            return "box";
        }
    }

    /**
     * A closed polygon (the last point connects to the first).
     *
     * @param points 3 to 10,000 corners
     */
    record Polygon(List<Point> points) implements Shape {

        /** Copies the points. */
        public Polygon {
            points = List.copyOf(points);
            if (points.size() < 3 || points.size() > 10_000) {
                throw new IllegalArgumentException("a polygon of " + points.size() + " points is not allowed; it needs 3 to 10,000 points");
            }
        }

        @Override
        public String type() {
            return "polygon";
        }
    }

    /**
     * Keypoints of a body or garment.
     *
     * @param layout the layout name, see {@link KeypointLayout}; for a built-in layout the number of points
     *               must match it
     * @param points the points in layout order, 1 to 1,000
     */
    record Keypoints(String layout, List<Keypoint> points) implements Shape {

        /** Checks the layout and copies the points. */
        public Keypoints {
            KeypointLayout.checkName(layout);
            points = List.copyOf(points);
            int expected = KeypointLayout.builtIn(layout).map(l -> l.points().size()).orElse(-1);
            if (expected >= 0 && points.size() != expected || points.isEmpty() || points.size() > 1_000) {
                throw new IllegalArgumentException(points.size() + " keypoints are not allowed for layout " + layout + "; it needs "
                        + (expected >= 0 ? String.valueOf(expected) : "1 to 1,000"));
            }
        }

        @Override
        public String type() {
            return "keypoints";
        }
    }

    /**
     * A corner of a polygon.
     *
     * @param x pixels from the left
     * @param y pixels from the top
     */
    record Point(double x, double y) {

        /** Checks the coordinates. */
        public Point {
            finite("point", x, y);
        }
    }

    /**
     * One keypoint. A point that is {@link Visibility#NOT_LABELLED not labelled} has no position; by COCO's
     * convention it is stored as (0, 0).
     *
     * @param x          pixels from the left
     * @param y          pixels from the top
     * @param visibility whether the point is labelled and visible
     */
    record Keypoint(double x, double y, Visibility visibility) {

        /** Checks the fields. */
        public Keypoint {
            finite("keypoint", x, y);
            if (visibility == null) {
                throw new IllegalArgumentException("keypoint (" + x + ", " + y + ") has no visibility; use not_labelled, occluded or visible");
            }
        }

        /** @return a point that is not labelled, at (0, 0) */
        public static Keypoint notLabelled() {
            return new Keypoint(0, 0, Visibility.NOT_LABELLED);
        }
    }

    /** Whether a keypoint is labelled and visible; the codes are COCO's {@code v} values. */
    enum Visibility {
        /** Not labelled (COCO 0): the point is outside the image or was not annotated. */
        NOT_LABELLED,
        /** Labelled but hidden (COCO 1), e.g. a wrist behind the back. */
        OCCLUDED,
        /** Labelled and visible (COCO 2). */
        VISIBLE;

        /** @return the COCO code: 0, 1 or 2 */
        public int code() {
            return ordinal();
        }

        /**
         * @param code a COCO visibility code
         * @return its visibility
         * @throws IllegalArgumentException naming the code if it is not 0, 1 or 2
         */
        public static Visibility ofCode(int code) {
            if (code < 0 || code > 2) {
                throw new IllegalArgumentException("keypoint visibility " + code + " is not allowed; use 0 (not labelled), 1 (occluded) or 2 (visible)");
            }
            return values()[code];
        }
    }

    private static void finite(String what, double... values) {
        for (double v : values) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException(what + " coordinate " + v + " is not allowed; coordinates must be finite numbers of pixels");
            }
        }
    }
}
