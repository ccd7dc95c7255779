package ai.fvgs.outfit.internal;

/**
 * A fitting axis: an origin, a unit direction {@code d} along which slices are stacked, and two unit
 * vectors {@code u}, {@code v} spanning the slices, perpendicular to it and to each other.
 */
record Axis(double[] origin, double[] d, double[] u, double[] v) {

    /** The vertical axis through (x, 0, z): s is the height, angle 0 towards +x, pi/2 towards +z. */
    static Axis vertical(double x, double z) {
        return new Axis(new double[] { x, 0, z }, new double[] { 0, 1, 0 }, new double[] { 1, 0, 0 }, new double[] { 0, 0, 1 });
    }

    /** The axis from {@code a} towards {@code b}, with {@code u} as close to +x as possible. */
    static Axis between(double[] a, double[] b) {
        double[] d = normalize(new double[] { b[0] - a[0], b[1] - a[1], b[2] - a[2] });
        double[] z = { 0, 0, 1 };
        double[] u = normalize(cross(z, d));
        if (u[0] < 0) {
            u = new double[] { -u[0], -u[1], -u[2] };
        }
        double[] v = cross(d, u);
        return new Axis(a.clone(), d, u, v);
    }

    /** @return position along the axis of point (x, y, z) */
    double s(double x, double y, double z) {
        return (x - origin[0]) * d[0] + (y - origin[1]) * d[1] + (z - origin[2]) * d[2];
    }

    /** @return coordinate along u */
    double pu(double x, double y, double z) {
        return (x - origin[0]) * u[0] + (y - origin[1]) * u[1] + (z - origin[2]) * u[2];
    }

    /** @return coordinate along v */
    double pv(double x, double y, double z) {
        return (x - origin[0]) * v[0] + (y - origin[1]) * v[1] + (z - origin[2]) * v[2];
    }

    /** Writes the world point at axis position s and slice coordinates (a, b) into out[o..o+2]. */
    void point(double s, double a, double b, double[] out) {
        for (int k = 0; k < 3; k++) {
            out[k] = origin[k] + d[k] * s + u[k] * a + v[k] * b;
        }
    }

    static double[] cross(double[] a, double[] b) {
        return new double[] { a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0] };
    }

    static double[] normalize(double[] a) {
        double l = Math.sqrt(a[0] * a[0] + a[1] * a[1] + a[2] * a[2]);
        return new double[] { a[0] / l, a[1] / l, a[2] / l };
    }
}
