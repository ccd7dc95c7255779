package ai.fvgs.avatar.internal;

/**
 * One cross-section of a swept surface: a superellipse around {@code centre} in the plane spanned by
 * {@code u} (width, half-extent {@code a}) and {@code v} (depth: {@code front} towards +v, {@code back}
 * towards -v), with exponent {@code n} (2 = ellipse, larger = boxier) and an optional bump at the front
 * (a nose). The axis of the sweep is {@code u x v}'s opposite, so points run counter-clockwise seen from
 * the end the sweep goes to, which makes triangles face outwards.
 */
record Section(double[] centre, double[] u, double[] v, double a, double front, double back, double n, double bump,
        double bumpWidth) {

    static Section horizontal(double x, double y, double z, double a, double front, double back, double n) {
        return new Section(new double[] { x, y, z }, new double[] { 1, 0, 0 }, new double[] { 0, 0, 1 }, a, front, back, n, 0, 1);
    }

    /** A section across the axis {@code d} (unit), with {@code u} (unit, perpendicular to d) as the width direction. */
    static Section across(double[] centre, double[] d, double[] u, double a, double front, double back, double n) {
        double[] v = Vectors.cross(u, d);
        return new Section(centre, u, v, a, front, back, n, 0, 1);
    }

    Section scaled(double s) {
        return new Section(centre, u, v, a * s, front * s, back * s, n, bump * s, bumpWidth);
    }

    Section withBump(double height, double width) {
        return new Section(centre, u, v, a, front, back, n, height, width);
    }

    /** Writes the point at angle {@code t} into {@code out}. */
    void point(double t, double[] out) {
        double c = StrictMath.cos(t);
        double s = StrictMath.sin(t);
        double e = 2 / n;
        double cu = Math.copySign(StrictMath.pow(Math.abs(c), e), c);
        double sv = -Math.copySign(StrictMath.pow(Math.abs(s), e), s);
        double depth = sv > 0 ? front : back;
        double along = a * cu;
        double across = depth * sv;
        if (bump != 0) {
            double dt = angleDistance(t, 1.5 * Math.PI);
            across += bump * StrictMath.exp(-(dt * dt) / (bumpWidth * bumpWidth));
        }
        for (int k = 0; k < 3; k++) {
            out[k] = centre[k] + u[k] * along + v[k] * across;
        }
    }

    /** @return the length of the closed polygon through {@code segments} points of this section */
    double perimeter(int segments) {
        double[] first = new double[3];
        double[] prev = new double[3];
        double[] cur = new double[3];
        point(0, first);
        System.arraycopy(first, 0, prev, 0, 3);
        double sum = 0;
        for (int j = 1; j <= segments; j++) {
            if (j == segments) {
                System.arraycopy(first, 0, cur, 0, 3);
            } else {
                point(2 * Math.PI * j / segments, cur);
            }
            sum += Vectors.distance(prev, cur);
            System.arraycopy(cur, 0, prev, 0, 3);
        }
        return sum;
    }

    /** @return this section scaled so its polygon of {@code segments} points has the given perimeter */
    Section withPerimeter(double perimeter, int segments) {
        return scaled(perimeter / perimeter(segments));
    }

    private static double angleDistance(double a, double b) {
        double d = Math.abs(a - b) % (2 * Math.PI);
        return d > Math.PI ? 2 * Math.PI - d : d;
    }
}
