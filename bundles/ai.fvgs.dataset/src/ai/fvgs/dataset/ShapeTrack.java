package ai.fvgs.dataset;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import ai.fvgs.dataset.Shape.Box;
import ai.fvgs.dataset.Shape.Keypoint;
import ai.fvgs.dataset.Shape.Keypoints;
import ai.fvgs.dataset.Shape.Point;
import ai.fvgs.dataset.Shape.Polygon;
import ai.fvgs.dataset.Shape.Visibility;

/**
 * One object followed through a video: a shape at some frames (keyframes), from which {@link #at(int)}
 * gives the shape at every frame.
 * <ul>
 * <li>Before the first keyframe the object is not there.</li>
 * <li>Between two keyframes with shapes, every coordinate moves linearly with the frame number.</li>
 * <li>A keyframe may mark the object {@linkplain Keyframe#absent(int) absent} (out of view, hidden): it is
 * not there from that frame until the next keyframe with a shape. The shape before an absent keyframe is
 * held, not interpolated, up to the frame before it.</li>
 * <li>After the last keyframe its shape is held (or the object stays absent).</li>
 * </ul>
 * Keypoints are interpolated point by point: a point labelled in both keyframes moves linearly and is
 * {@linkplain Visibility#VISIBLE visible} only if it is visible in both, otherwise occluded; a point not
 * labelled in one of the two keyframes is not labelled in between.
 *
 * @param keyframes 1 to 100,000 keyframes, in increasing frame order, whose shapes are all of one type; the
 *                  polygons of a track all have the same number of points, its keypoints the same layout
 */
public record ShapeTrack(List<Keyframe> keyframes) {

    /**
     * The object at one frame.
     *
     * @param frame the frame number, 0 for the first frame of the video
     * @param shape the shape there, or {@code null} if the object is absent from this frame on
     */
    public record Keyframe(int frame, Shape shape) {

        /** Checks the frame number. */
        public Keyframe {
            if (frame < 0) {
                throw new IllegalArgumentException("keyframe " + frame + " is not allowed; frame numbers start at 0");
            }
        }

        /** @param frame the frame @param shape the shape @return a keyframe with a shape */
        public static Keyframe of(int frame, Shape shape) {
            if (shape == null) {
                throw new IllegalArgumentException("keyframe " + frame + " has no shape; use Keyframe.absent for an absent object");
            }
            return new Keyframe(frame, shape);
        }

        /** @param frame the frame @return a keyframe saying the object is absent from this frame on */
        public static Keyframe absent(int frame) {
            return new Keyframe(frame, null);
        }

        /** @return whether the object is absent from this frame on */
        public boolean isAbsent() {
            return shape == null;
        }
    }

    /** Checks the order and the shapes, and copies the list. */
    public ShapeTrack {
        keyframes = List.copyOf(keyframes);
        if (keyframes.isEmpty() || keyframes.size() > 100_000) {
            throw new IllegalArgumentException("a track of " + keyframes.size() + " keyframes is not allowed; it needs 1 to 100,000");
        }
        Shape first = null;
        for (int i = 0; i < keyframes.size(); i++) {
            Keyframe k = keyframes.get(i);
            if (i > 0 && k.frame() <= keyframes.get(i - 1).frame()) {
                throw new IllegalArgumentException("keyframe " + k.frame() + " follows keyframe " + keyframes.get(i - 1).frame()
                        + "; keyframes must be in increasing frame order, each frame once");
            }
            if (k.shape() != null) {
                if (first == null) {
                    first = k.shape();
                } else {
                    checkCompatible(first, k);
                }
            }
        }
        if (first == null) {
            throw new IllegalArgumentException("a track whose " + keyframes.size() + " keyframes are all absent is not allowed; "
                    + "it needs at least one keyframe with a shape");
        }
    }

    /**
     * @param frame a frame number, 0 or more
     * @return the shape at that frame, or empty where the object is not there
     * @throws IllegalArgumentException if the frame is negative
     */
    public Optional<Shape> at(int frame) {
        if (frame < 0) {
            throw new IllegalArgumentException("frame " + frame + " is not allowed; frame numbers start at 0");
        }
        int lo = 0; // becomes the index of the first keyframe past the frame
        int hi = keyframes.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (keyframes.get(mid).frame() <= frame) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        int after = lo;
        if (after == 0) {
            return Optional.empty();
        }
        Keyframe from = keyframes.get(after - 1);
        if (from.isAbsent()) {
            return Optional.empty();
        }
        if (from.frame() == frame || after == keyframes.size() || keyframes.get(after).isAbsent()) {
            return Optional.of(from.shape());
        }
        Keyframe to = keyframes.get(after);
        double t = (double) (frame - from.frame()) / (to.frame() - from.frame());
        return Optional.of(interpolate(from.shape(), to.shape(), t));
    }

    /**
     * @param frame a frame number
     * @return the keyframe at exactly that frame, or empty if the frame's shape is interpolated or held
     */
    public Optional<Keyframe> keyframe(int frame) {
        return keyframes.stream().filter(k -> k.frame() == frame).findFirst();
    }

    /**
     * Sets a keyframe: adds it, or replaces the keyframe at the same frame. This is how an editor moves the
     * object at one frame: the frames between the new keyframe and its neighbours are interpolated again.
     *
     * @param keyframe the keyframe
     * @return the changed track
     * @throws IllegalArgumentException if its shape does not fit the track (type, polygon size, keypoint layout)
     */
    public ShapeTrack withKeyframe(Keyframe keyframe) {
        List<Keyframe> out = new ArrayList<>(keyframes.size() + 1);
        boolean placed = false;
        for (Keyframe k : keyframes) {
            if (!placed && k.frame() >= keyframe.frame()) {
                out.add(keyframe);
                placed = true;
                if (k.frame() == keyframe.frame()) {
                    continue;
                }
            }
            out.add(k);
        }
        if (!placed) {
            out.add(keyframe);
        }
        return new ShapeTrack(out);
    }

    /**
     * Removes the keyframe at a frame; the frames around it are interpolated between its neighbours.
     *
     * @param frame the frame of the keyframe
     * @return the changed track, or empty when no keyframe with a shape would be left (the track is gone)
     * @throws IllegalArgumentException naming the frame and the keyframes if there is no keyframe at that frame
     */
    public Optional<ShapeTrack> withoutKeyframe(int frame) {
        List<Keyframe> out = keyframes.stream().filter(k -> k.frame() != frame).toList();
        if (out.size() == keyframes.size()) {
            throw new IllegalArgumentException("frame " + frame + " is not a keyframe; the keyframes are at "
                    + keyframes.stream().map(k -> String.valueOf(k.frame())).collect(java.util.stream.Collectors.joining(", ")));
        }
        return out.stream().allMatch(Keyframe::isAbsent) ? Optional.empty() : Optional.of(new ShapeTrack(out));
    }

    /** @return the type of the track's shapes: {@code box}, {@code polygon} or {@code keypoints} */
    public String shapeType() {
        return keyframes.stream().filter(k -> !k.isAbsent()).findFirst().map(k -> k.shape().type()).orElse("none");
    }

    private static void checkCompatible(Shape first, Keyframe k) {
        Shape s = k.shape();
        if (!first.type().equals(s.type())) {
            throw new IllegalArgumentException("keyframe " + k.frame() + " has a " + s.type() + " but the track is a " + first.type()
                    + " track; all shapes of a track must be of one type");
        }
        if (first instanceof Polygon a && s instanceof Polygon b && a.points().size() != b.points().size()) {
            throw new IllegalArgumentException("keyframe " + k.frame() + " has a polygon of " + b.points().size() + " points but the track's "
                    + "polygons have " + a.points().size() + "; interpolation needs the same number of points in every keyframe");
        }
        if (first instanceof Keypoints a && s instanceof Keypoints b
                && (!a.layout().equals(b.layout()) || a.points().size() != b.points().size())) {
            throw new IllegalArgumentException("keyframe " + k.frame() + " has " + b.points().size() + " keypoints of layout " + b.layout()
                    + " but the track has " + a.points().size() + " of layout " + a.layout() + "; every keyframe needs the same layout");
        }
    }

    private static Shape interpolate(Shape from, Shape to, double t) {
        return switch (from) {
            case Box a -> {
                Box b = (Box) to;
                yield new Box(lerp(a.x(), b.x(), t), lerp(a.y(), b.y(), t), lerp(a.width(), b.width(), t), lerp(a.height(), b.height(), t));
            }
            case Polygon a -> {
                List<Point> bs = ((Polygon) to).points();
                List<Point> out = new ArrayList<>(bs.size());
                for (int i = 0; i < bs.size(); i++) {
                    Point p = a.points().get(i);
                    Point q = bs.get(i);
                    out.add(new Point(lerp(p.x(), q.x(), t), lerp(p.y(), q.y(), t)));
                }
                yield new Polygon(out);
            }
            case Keypoints a -> {
                List<Keypoint> bs = ((Keypoints) to).points();
                List<Keypoint> out = new ArrayList<>(bs.size());
                for (int i = 0; i < bs.size(); i++) {
                    out.add(interpolate(a.points().get(i), bs.get(i), t));
                }
                yield new Keypoints(a.layout(), out);
            }
        };
    }

    private static Keypoint interpolate(Keypoint p, Keypoint q, double t) {
        if (p.visibility() == Visibility.NOT_LABELLED || q.visibility() == Visibility.NOT_LABELLED) {
            return Keypoint.notLabelled();
        }
        Visibility v = p.visibility() == Visibility.VISIBLE && q.visibility() == Visibility.VISIBLE ? Visibility.VISIBLE : Visibility.OCCLUDED;
        return new Keypoint(lerp(p.x(), q.x(), t), lerp(p.y(), q.y(), t), v);
    }

    /** Exact at both ends: a at t = 0 and b at t = 1. */
    private static double lerp(double a, double b, double t) {
        return t == 1 ? b : a + (b - a) * t;
    }
}
