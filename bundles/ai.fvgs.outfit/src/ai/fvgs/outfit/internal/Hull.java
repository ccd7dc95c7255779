package ai.fvgs.outfit.internal;

import java.util.Arrays;

/**
 * Planar convex polygons: the convex hull of a point set (monotone chain, on coordinates rounded to 10 micrometres), its outward offset (Minkowski sum
 * with a disc) and the distance from an inner point to the boundary along a ray.
 */
final class Hull {

    /** Corners of the (circumscribed) disc polygon used for offsets. */
    private static final int DISC = 16;
    private static final double QUANT = 1e5;
    private static final long OFFSET = 1L << 30;

    private Hull() {
    }

    /**
     * @param xy    packed x, y pairs
     * @param count number of points
     * @return the hull's corners counter-clockwise, packed; at least the distinct input points if fewer than 3
     */
    static double[] convex(double[] xy, int count) {
        // sort by x then y on keys quantised to 10 micrometres (primitive sort, no boxing)
        long[] keys = new long[count];
        for (int i = 0; i < count; i++) {
            long qx = Math.round(xy[2 * i] * QUANT) + OFFSET;
            long qy = Math.round(xy[2 * i + 1] * QUANT) + OFFSET;
            keys[i] = qx << 32 | qy;
        }
        Arrays.sort(keys);
        int unique = 0;
        for (int i = 0; i < count; i++) {
            if (i == 0 || keys[i] != keys[i - 1]) {
                keys[unique++] = keys[i];
            }
        }
        double[] h = new double[4 * unique + 4];
        int k = 0;
        for (int pass = 0; pass < 2; pass++) {
            int start = k;
            for (int n = 0; n < unique; n++) {
                long key = keys[pass == 0 ? n : unique - 1 - n];
                double x = ((key >>> 32) - OFFSET) / QUANT;
                double y = ((key & 0xFFFFFFFFL) - OFFSET) / QUANT;
                while (k - start >= 2 && cross(h, k - 2, k - 1, x, y) <= 0) {
                    k--;
                }
                h[2 * k] = x;
                h[2 * k + 1] = y;
                k++;
            }
            k--; // the last point of each chain is the first of the other
        }
        return Arrays.copyOf(h, 2 * Math.max(k, 1));
    }

    private static double cross(double[] h, int a, int b, double x, double y) {
        double ax = h[2 * a];
        double ay = h[2 * a + 1];
        return (h[2 * b] - ax) * (y - ay) - (h[2 * b + 1] - ay) * (x - ax);
    }

    /**
     * @param hull   a convex polygon, counter-clockwise
     * @param radius offset distance, 0 or more
     * @return the convex polygon that contains every point within {@code radius} of {@code hull}
     */
    static double[] offset(double[] hull, double radius) {
        int n = hull.length / 2;
        double[] pts = new double[2 * n * DISC];
        for (int i = 0; i < n; i++) {
            for (int d = 0; d < DISC; d++) {
                double a = 2 * StrictMath.PI * d / DISC;
                // circumscribe the disc so the polygon never cuts inside the true offset
                double r = radius / StrictMath.cos(StrictMath.PI / DISC);
                pts[2 * (i * DISC + d)] = hull[2 * i] + r * StrictMath.cos(a);
                pts[2 * (i * DISC + d) + 1] = hull[2 * i + 1] + r * StrictMath.sin(a);
            }
        }
        return convex(pts, n * DISC);
    }

    /** @return the area centroid x, y of a convex polygon (the vertex mean for degenerate ones) */
    static double[] centroid(double[] hull) {
        int n = hull.length / 2;
        double a = 0;
        double cx = 0;
        double cy = 0;
        for (int i = 0; i < n; i++) {
            int j = (i + 1) % n;
            double c = hull[2 * i] * hull[2 * j + 1] - hull[2 * j] * hull[2 * i + 1];
            a += c;
            cx += (hull[2 * i] + hull[2 * j]) * c;
            cy += (hull[2 * i + 1] + hull[2 * j + 1]) * c;
        }
        if (Math.abs(a) < 1e-12) {
            double mx = 0;
            double my = 0;
            for (int i = 0; i < n; i++) {
                mx += hull[2 * i];
                my += hull[2 * i + 1];
            }
            return new double[] { mx / n, my / n };
        }
        return new double[] { cx / (3 * a), cy / (3 * a) };
    }

    /** @return the perimeter of a closed polygon */
    static double perimeter(double[] poly) {
        int n = poly.length / 2;
        double sum = 0;
        for (int i = 0; i < n; i++) {
            int j = (i + 1) % n;
            sum += Math.hypot(poly[2 * j] - poly[2 * i], poly[2 * j + 1] - poly[2 * i + 1]);
        }
        return sum;
    }

    /**
     * @param hull a convex polygon containing (cx, cy)
     * @return the distance from (cx, cy) to the boundary in direction (dx, dy) (unit)
     */
    static double ray(double[] hull, double cx, double cy, double dx, double dy) {
        int n = hull.length / 2;
        double best = 0;
        for (int i = 0; i < n; i++) {
            int j = (i + 1) % n;
            double ax = hull[2 * i] - cx;
            double ay = hull[2 * i + 1] - cy;
            double ex = hull[2 * j] - hull[2 * i];
            double ey = hull[2 * j + 1] - hull[2 * i + 1];
            double den = dx * ey - dy * ex;
            if (Math.abs(den) < 1e-15) {
                continue;
            }
            double t = (ax * ey - ay * ex) / den;
            double s = (ax * dy - ay * dx) / den;
            if (s >= -1e-9 && s <= 1 + 1e-9 && t > best) {
                best = t;
            }
        }
        return best;
    }
}
