package ai.fvgs.dataset;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import ai.fvgs.dataset.Shape.Box;
import ai.fvgs.dataset.Shape.Keypoints;
import ai.fvgs.dataset.Shape.Point;
import ai.fvgs.dataset.Shape.Polygon;

/**
 * Intersection over union (IoU) of boxes, polygons, run-length masks and tracks: the area both cover divided
 * by the area either covers, 0 to 1, and 0 when neither covers any area.
 * <p>
 * Polygon IoU is exact up to floating-point rounding (relative error around 1e-12), with no rasterising:
 * the plane is cut into horizontal slabs at every corner and every crossing of two edges, so that inside a
 * slab each polygon's cross-section is a fixed set of intervals whose ends move linearly with y; the
 * overlap of the two cross-sections is then linear in y too, and its area is the slab's height times its
 * length at the slab's middle. Polygons are filled by the even-odd rule, so a self-crossing polygon counts
 * the area it encloses an odd number of times. Cost: about (n + m)^2 for n and m corners in the worst case,
 * much less when few edges share a height. Boxes are polygons with four corners (two boxes are computed
 * directly). Run-length masks are compared run by run, exactly.
 */
public final class ShapeOverlap {

    private ShapeOverlap() {
    }

    /**
     * @param a a box or polygon
     * @param b a box or polygon
     * @return their IoU
     * @throws IllegalArgumentException if either is keypoints, which have no area
     */
    public static double iou(Shape a, Shape b) {
        if (a instanceof Box x && b instanceof Box y) {
            double w = Math.min(x.x() + x.width(), y.x() + y.width()) - Math.max(x.x(), y.x());
            double h = Math.min(x.y() + x.height(), y.y() + y.height()) - Math.max(x.y(), y.y());
            double inter = w > 0 && h > 0 ? w * h : 0;
            return ratio(inter, x.width() * x.height() + y.width() * y.height() - inter);
        }
        double[] areas = areas(corners(a), corners(b));
        return ratio(areas[2], areas[0] + areas[1] - areas[2]);
    }

    /**
     * @param shape a box or polygon
     * @return the area it covers (even-odd rule for a self-crossing polygon)
     * @throws IllegalArgumentException if it is keypoints
     */
    public static double area(Shape shape) {
        if (shape instanceof Box b) {
            return b.width() * b.height();
        }
        double[][] p = corners(shape);
        return areas(p, p)[0];
    }

    /**
     * @param rleA run-length text of a mask, as in {@link Annotation.Mask}
     * @param rleB run-length text of another mask of the same image
     * @return their IoU
     * @throws IllegalArgumentException if the texts are not run lengths, or their pixel counts differ (they
     *                                  cannot be of the same image)
     */
    public static double iou(String rleA, String rleB) {
        long[] a = objectRuns(rleA);
        long[] b = objectRuns(rleB);
        if (a[a.length - 1] != b[b.length - 1]) {
            throw new IllegalArgumentException("masks of " + a[a.length - 1] + " and " + b[b.length - 1]
                    + " pixels cannot be compared; both must cover the same image");
        }
        long areaA = 0;
        long areaB = 0;
        long inter = 0;
        for (int i = 0; i + 1 < a.length - 1; i += 2) {
            areaA += a[i + 1] - a[i];
        }
        for (int i = 0; i + 1 < b.length - 1; i += 2) {
            areaB += b[i + 1] - b[i];
        }
        int i = 0;
        int j = 0;
        while (i + 1 < a.length - 1 && j + 1 < b.length - 1) {
            long lo = Math.max(a[i], b[j]);
            long hi = Math.min(a[i + 1], b[j + 1]);
            if (hi > lo) {
                inter += hi - lo;
            }
            if (a[i + 1] < b[j + 1]) {
                i += 2;
            } else {
                j += 2;
            }
        }
        return ratio(inter, areaA + areaB - inter);
    }

    /**
     * The mean IoU of two tracks over the frames of a video, frame by frame through
     * {@link ShapeTrack#at(int)}: a frame where both objects are there counts with their IoU, a frame where
     * only one is there counts as 0, and a frame where neither is there does not count.
     *
     * @param a      a box or polygon track
     * @param b      another box or polygon track
     * @param frames the number of frames to compare, from frame 0
     * @return the mean IoU, or empty when neither object is in any of the frames
     * @throws IllegalArgumentException if a track is of keypoints or {@code frames} is negative
     */
    public static OptionalDouble iou(ShapeTrack a, ShapeTrack b, int frames) {
        if (a.shapeType().equals("keypoints") || b.shapeType().equals("keypoints")) {
            throw new IllegalArgumentException("keypoint tracks have no area; IoU applies to box and polygon tracks");
        }
        if (frames < 0) {
            throw new IllegalArgumentException("frame count " + frames + " is not allowed; it must be 0 or more");
        }
        double sum = 0;
        long counted = 0;
        for (int f = 0; f < frames; f++) {
            Optional<Shape> x = a.at(f);
            Optional<Shape> y = b.at(f);
            if (x.isEmpty() && y.isEmpty()) {
                continue;
            }
            counted++;
            if (x.isPresent() && y.isPresent()) {
                sum += iou(x.get(), y.get());
            }
        }
        return counted == 0 ? OptionalDouble.empty() : OptionalDouble.of(sum / counted);
    }

    private static double ratio(double inter, double union) {
        if (!(union > 0)) {
            return 0;
        }
        return Math.max(0, Math.min(1, inter / union));
    }

    /** @return the object runs as [start, end) pixel pairs, followed by the total pixel count */
    private static long[] objectRuns(String rle) {
        if (rle == null || !rle.matches(Annotation.Mask.RLE_PATTERN)) {
            throw new IllegalArgumentException("run-length text '" + (rle == null ? null : rle.length() > 40 ? rle.substring(0, 40) + "..." : rle)
                    + "' is not allowed; it must be run lengths (digits) separated by single spaces");
        }
        String[] runs = rle.split(" ");
        long[] out = new long[runs.length + 1];
        int n = 0;
        long pos = 0;
        for (int i = 0; i < runs.length; i++) {
            long len = runs[i].length() > 15 ? Long.MAX_VALUE / 4 : Long.parseLong(runs[i]);
            if (i % 2 == 1 && len > 0) {
                out[n++] = pos;
                out[n++] = Math.min(Long.MAX_VALUE / 2, pos + len);
            }
            pos = Math.min(Long.MAX_VALUE / 2, pos + len);
        }
        out = Arrays.copyOf(out, n + 1);
        out[n] = pos;
        return out;
    }

    private static double[][] corners(Shape s) {
        return switch (s) {
            case Box b -> new double[][] { { b.x(), b.x() + b.width(), b.x() + b.width(), b.x() }, { b.y(), b.y(), b.y() + b.height(), b.y() + b.height() } };
            case Polygon p -> {
                List<Point> pts = p.points();
                double[][] out = new double[2][pts.size()];
                for (int i = 0; i < pts.size(); i++) {
                    out[0][i] = pts.get(i).x();
                    out[1][i] = pts.get(i).y();
                }
                yield out;
            }
            case Keypoints k -> throw new IllegalArgumentException("keypoints (layout " + k.layout() + ") have no area; IoU applies to boxes and polygons");
        };
    }

    /** An edge oriented upwards: from (x0, y0) to (x1, y1) with y0 < y1, of polygon 0 or 1. */
    private record Edge(double x0, double y0, double x1, double y1, int polygon) {

        double xAt(double y) {
            return x0 + (y - y0) * (x1 - x0) / (y1 - y0);
        }
    }

    /** @return the area of a, of b and of their intersection */
    private static double[] areas(double[][] a, double[][] b) {
        List<Edge> edges = new ArrayList<>();
        List<Double> levels = new ArrayList<>();
        addEdges(a, 0, edges, levels);
        addEdges(b, 1, edges, levels);
        edges.sort((e, f) -> Double.compare(e.y0(), f.y0()));
        for (int i = 0; i < edges.size(); i++) { // crossings of edges that share a height
            Edge e = edges.get(i);
            for (int j = i + 1; j < edges.size() && edges.get(j).y0() < e.y1(); j++) {
                crossing(e, edges.get(j), levels);
            }
        }
        double[] ys = levels.stream().mapToDouble(Double::doubleValue).sorted().distinct().toArray();
        double areaA = 0;
        double areaB = 0;
        double inter = 0;
        List<Edge> active = new ArrayList<>();
        int next = 0;
        double[] xa = new double[edges.size()];
        double[] xb = new double[edges.size()];
        for (int k = 0; k + 1 < ys.length; k++) {
            double y0 = ys[k];
            double y1 = ys[k + 1];
            double mid = (y0 + y1) / 2;
            active.removeIf(e -> e.y1() <= mid);
            while (next < edges.size() && edges.get(next).y0() < mid) {
                if (edges.get(next).y1() > mid) {
                    active.add(edges.get(next));
                }
                next++;
            }
            int na = 0;
            int nb = 0;
            for (Edge e : active) {
                if (e.polygon() == 0) {
                    xa[na++] = e.xAt(mid);
                } else {
                    xb[nb++] = e.xAt(mid);
                }
            }
            Arrays.sort(xa, 0, na);
            Arrays.sort(xb, 0, nb);
            double h = y1 - y0;
            areaA += h * length(xa, na);
            areaB += h * length(xb, nb);
            inter += h * overlap(xa, na, xb, nb);
        }
        return new double[] { areaA, areaB, inter };
    }

    private static void addEdges(double[][] p, int polygon, List<Edge> edges, List<Double> levels) {
        int n = p[0].length;
        for (int i = 0; i < n; i++) {
            double x0 = p[0][i];
            double y0 = p[1][i];
            double x1 = p[0][(i + 1) % n];
            double y1 = p[1][(i + 1) % n];
            levels.add(y0);
            if (y0 < y1) {
                edges.add(new Edge(x0, y0, x1, y1, polygon));
            } else if (y1 < y0) {
                edges.add(new Edge(x1, y1, x0, y0, polygon));
            } // horizontal edges bound no slab's cross-section
        }
    }

    private static void crossing(Edge e, Edge f, List<Double> levels) {
        double rx = e.x1() - e.x0();
        double ry = e.y1() - e.y0();
        double sx = f.x1() - f.x0();
        double sy = f.y1() - f.y0();
        double denom = rx * sy - ry * sx;
        if (denom == 0) {
            return; // parallel: their order never changes
        }
        double qx = f.x0() - e.x0();
        double qy = f.y0() - e.y0();
        double t = (qx * sy - qy * sx) / denom;
        double u = (qx * ry - qy * rx) / denom;
        if (t > 0 && t < 1 && u > 0 && u < 1) {
            levels.add(e.y0() + t * ry);
        }
    }

    /** @return the total length of the even-odd intervals of sorted crossings */
    private static double length(double[] x, int n) {
        double sum = 0;
        for (int i = 0; i + 1 < n; i += 2) {
            sum += x[i + 1] - x[i];
        }
        return sum;
    }

    private static double overlap(double[] a, int na, double[] b, int nb) {
        double sum = 0;
        int i = 0;
        int j = 0;
        while (i + 1 < na && j + 1 < nb) {
            double lo = Math.max(a[i], b[j]);
            double hi = Math.min(a[i + 1], b[j + 1]);
            if (hi > lo) {
                sum += hi - lo;
            }
            if (a[i + 1] < b[j + 1]) {
                i += 2;
            } else {
                j += 2;
            }
        }
        return sum;
    }
}
