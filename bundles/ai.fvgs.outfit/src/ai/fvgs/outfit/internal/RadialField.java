package ai.fvgs.outfit.internal;

import java.util.List;

/**
 * The outer profile of the surfaces under a garment along one {@link Axis}: for slices every
 * {@link #STEP} metres, the convex hull of where the surfaces cross the slice plane, offset outwards by a
 * clearance, described by its centre and its distance from the centre in {@code ANGLES} directions. A point
 * sampled from the field lies outside every source surface at that slice (a tape around the body sees the
 * same hull, so a garment built on it has the body's girth plus ease).
 */
final class RadialField {

    /** Slice spacing in metres. */
    static final double STEP = 0.01;
    /** Directions per slice. */
    static final int ANGLES = 128;

    private final Axis axis;
    private final double s0;
    private final int slices;
    private final boolean[] valid;
    private final double[] cu;
    private final double[] cv;
    private final double[] radius;
    private final double[] perimeter;
    private final int first;
    private final int last;

    /**
     * One triangle soup to slice.
     *
     * @param positions xyz per vertex
     * @param triangles vertex indices, three per triangle
     */
    record Source(float[] positions, int[] triangles) {
    }

    private RadialField(Axis axis, double s0, int slices) {
        this.axis = axis;
        this.s0 = s0;
        this.slices = slices;
        this.valid = new boolean[slices];
        this.cu = new double[slices];
        this.cv = new double[slices];
        this.radius = new double[slices * ANGLES];
        this.perimeter = new double[slices];
        this.first = -1;
        this.last = -1;
    }

    private RadialField(RadialField f, int first, int last) {
        this.axis = f.axis;
        this.s0 = f.s0;
        this.slices = f.slices;
        this.valid = f.valid;
        this.cu = f.cu;
        this.cv = f.cv;
        this.radius = f.radius;
        this.perimeter = f.perimeter;
        this.first = first;
        this.last = last;
    }

    /**
     * @param axis      the axis
     * @param sMin      position of the first slice along the axis
     * @param sMax      position of the last slice
     * @param sources   the surfaces under the garment
     * @param clearance outward offset of the hull in metres
     * @return the field
     * @throws IllegalStateException if no source crosses any slice
     */
    static RadialField build(Axis axis, double sMin, double sMax, List<Source> sources, double clearance) {
        int slices = (int) Math.ceil((sMax - sMin) / STEP) + 1;
        RadialField f = new RadialField(axis, sMin, slices);
        double[][] pts = new double[slices][];
        int[] counts = new int[slices];
        double[] s = new double[3];
        double[] a = new double[3];
        double[] b = new double[3];
        for (Source src : sources) {
            float[] p = src.positions();
            int[] t = src.triangles();
            for (int i = 0; i < t.length; i += 3) {
                double lo = Double.MAX_VALUE;
                double hi = -Double.MAX_VALUE;
                for (int k = 0; k < 3; k++) {
                    int v = 3 * t[i + k];
                    s[k] = axis.s(p[v], p[v + 1], p[v + 2]);
                    lo = Math.min(lo, s[k]);
                    hi = Math.max(hi, s[k]);
                }
                int from = Math.max(0, (int) Math.ceil((lo - sMin) / STEP));
                int to = Math.min(slices - 1, (int) Math.floor((hi - sMin) / STEP));
                for (int slice = from; slice <= to; slice++) {
                    double plane = sMin + slice * STEP;
                    for (int k = 0; k < 3; k++) {
                        int k2 = (k + 1) % 3;
                        double sa = s[k];
                        double sb = s[k2];
                        if ((sa - plane) * (sb - plane) > 0 || sa == sb) {
                            continue;
                        }
                        double w = (plane - sa) / (sb - sa);
                        int va = 3 * t[i + k];
                        int vb = 3 * t[i + k2];
                        for (int c = 0; c < 3; c++) {
                            a[c] = p[va + c];
                            b[c] = p[vb + c];
                        }
                        double x = a[0] + w * (b[0] - a[0]);
                        double y = a[1] + w * (b[1] - a[1]);
                        double z = a[2] + w * (b[2] - a[2]);
                        if (pts[slice] == null) {
                            pts[slice] = new double[64];
                        } else if (counts[slice] * 2 + 2 > pts[slice].length) {
                            pts[slice] = java.util.Arrays.copyOf(pts[slice], pts[slice].length * 2);
                        }
                        pts[slice][2 * counts[slice]] = axis.pu(x, y, z);
                        pts[slice][2 * counts[slice] + 1] = axis.pv(x, y, z);
                        counts[slice]++;
                    }
                }
            }
        }
        int first = -1;
        int last = -1;
        for (int i = 0; i < slices; i++) {
            if (counts[i] >= 3) {
                f.fill(i, Hull.offset(Hull.convex(pts[i], counts[i]), clearance));
                first = first < 0 ? i : first;
                last = i;
            }
        }
        if (first < 0) {
            throw new IllegalStateException("nothing to fit over along the axis");
        }
        return new RadialField(f, first, last).closeGaps();
    }

    private void fill(int i, double[] hull) {
        double[] c = Hull.centroid(hull);
        cu[i] = c[0];
        cv[i] = c[1];
        valid[i] = true;
        perimeter[i] = Hull.perimeter(hull);
        for (int k = 0; k < ANGLES; k++) {
            double th = 2 * StrictMath.PI * k / ANGLES;
            radius[i * ANGLES + k] = Hull.ray(hull, c[0], c[1], StrictMath.cos(th), StrictMath.sin(th));
        }
    }

    /** Gives slices without data between valid ones the outer envelope of their valid neighbours. */
    private RadialField closeGaps() {
        for (int i = first + 1; i < last; i++) {
            if (!valid[i]) {
                int j = i - 1;
                int k = i + 1;
                while (!valid[k]) {
                    k++;
                }
                cu[i] = (cu[j] + cu[k]) / 2;
                cv[i] = (cv[j] + cv[k]) / 2;
                perimeter[i] = Math.max(perimeter[j], perimeter[k]);
                for (int a = 0; a < ANGLES; a++) {
                    radius[i * ANGLES + a] = Math.max(radius[j * ANGLES + a], radius[k * ANGLES + a]) + Math.hypot(cu[j] - cu[k], cv[j] - cv[k]);
                }
                valid[i] = true;
            }
        }
        return this;
    }

    /** @return the axis */
    Axis axis() {
        return axis;
    }

    /** @return axis position of the first slice that crosses a source */
    double firstS() {
        return s0 + first * STEP;
    }

    /** @return axis position of the last slice that crosses a source */
    double lastS() {
        return s0 + last * STEP;
    }

    /**
     * Samples the profile, clamped to the slices that cross a source.
     *
     * @param s     position along the axis
     * @param angle direction in the slice, radians from u towards v
     * @param extra extra distance outwards, metres
     * @param out   receives the world point
     */
    void point(double s, double angle, double extra, double[] out) {
        double x = (s - s0) / STEP;
        x = Math.max(first, Math.min(last, x));
        int i = Math.min((int) Math.floor(x), last - 1 < first ? first : last - 1);
        i = Math.max(first, i);
        int j = Math.min(i + 1, last);
        double w = x - i;
        double r = (1 - w) * radiusAt(i, angle) + w * radiusAt(j, angle) + extra;
        double c = StrictMath.cos(angle);
        double sn = StrictMath.sin(angle);
        double a = (1 - w) * cu[i] + w * cu[j] + r * c;
        double b = (1 - w) * cv[i] + w * cv[j] + r * sn;
        axis.point(s, a, b, out);
    }

    /** @return hull perimeter at the slice nearest to {@code s} (clamped) */
    double perimeter(double s) {
        int i = (int) Math.round((s - s0) / STEP);
        return perimeter[Math.max(first, Math.min(last, i))];
    }

    /** @return the slice-plane coordinates of the centre nearest to {@code s} (clamped) */
    double[] centre(double s) {
        int i = Math.max(first, Math.min(last, (int) Math.round((s - s0) / STEP)));
        return new double[] { cu[i], cv[i] };
    }

    /** @return the profile radius in direction {@code angle} at the slice nearest to {@code s} (clamped) */
    double radius(double s, double angle) {
        int i = Math.max(first, Math.min(last, (int) Math.round((s - s0) / STEP)));
        return radiusAt(i, angle);
    }

    private double radiusAt(int i, double angle) {
        double t = angle / (2 * StrictMath.PI) * ANGLES;
        t -= Math.floor(t / ANGLES) * ANGLES;
        int k = (int) Math.floor(t);
        double w = t - k;
        int k2 = (k + 1) % ANGLES;
        k %= ANGLES;
        return (1 - w) * radius[i * ANGLES + k] + w * radius[i * ANGLES + k2];
    }
}
