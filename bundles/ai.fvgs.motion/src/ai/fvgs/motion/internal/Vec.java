package ai.fvgs.motion.internal;

/** 3-vector operations on {@code double[3]} for the motion code. */
public final class Vec {

    private Vec() {
    }

    public static double[] sub(double[] a, double[] b) {
        return new double[] { a[0] - b[0], a[1] - b[1], a[2] - b[2] };
    }

    public static double[] scale(double[] a, double s) {
        return new double[] { a[0] * s, a[1] * s, a[2] * s };
    }

    public static double dot(double[] a, double[] b) {
        return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
    }

    public static double length(double[] a) {
        return Math.sqrt(dot(a, a));
    }

    public static double[] unit(double[] a) {
        return scale(a, 1 / length(a));
    }

    public static double[] cross(double[] a, double[] b) {
        return new double[] { a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0] };
    }
}
