package ai.fvgs.motion;

/**
 * An immutable unit quaternion (x, y, z, w) for rotations. Uses {@link StrictMath} so results are the same
 * on every machine.
 *
 * @param x imaginary i
 * @param y imaginary j
 * @param z imaginary k
 * @param w real part
 */
public record Quat(double x, double y, double z, double w) {

    /** No rotation. */
    public static final Quat IDENTITY = new Quat(0, 0, 0, 1);

    /**
     * @param ax    axis x (unit axis)
     * @param ay    axis y
     * @param az    axis z
     * @param angle radians, counter-clockwise looking down the axis
     * @return the rotation
     */
    public static Quat axisAngle(double ax, double ay, double az, double angle) {
        double s = StrictMath.sin(angle / 2);
        return new Quat(ax * s, ay * s, az * s, StrictMath.cos(angle / 2));
    }

    /** @param angle radians @return rotation about X */
    public static Quat rotX(double angle) {
        return axisAngle(1, 0, 0, angle);
    }

    /** @param angle radians @return rotation about Y */
    public static Quat rotY(double angle) {
        return axisAngle(0, 1, 0, angle);
    }

    /** @param angle radians @return rotation about Z */
    public static Quat rotZ(double angle) {
        return axisAngle(0, 0, 1, angle);
    }

    /** @param o the rotation applied first @return this rotation after {@code o} */
    public Quat mul(Quat o) {
        return new Quat(w * o.x + x * o.w + y * o.z - z * o.y, w * o.y - x * o.z + y * o.w + z * o.x,
                w * o.z + x * o.y - y * o.x + z * o.w, w * o.w - x * o.x - y * o.y - z * o.z);
    }

    /** @return the inverse rotation */
    public Quat conjugate() {
        return new Quat(-x, -y, -z, w);
    }

    /** @return this rotation scaled to unit length */
    public Quat normalized() {
        double n = Math.sqrt(x * x + y * y + z * z + w * w);
        return new Quat(x / n, y / n, z / n, w / n);
    }

    /**
     * @param v a vector (x, y, z)
     * @return the rotated vector
     */
    public double[] rotate(double[] v) {
        double tx = 2 * (y * v[2] - z * v[1]);
        double ty = 2 * (z * v[0] - x * v[2]);
        double tz = 2 * (x * v[1] - y * v[0]);
        return new double[] { v[0] + w * tx + (y * tz - z * ty), v[1] + w * ty + (z * tx - x * tz), v[2] + w * tz + (x * ty - y * tx) };
    }

    /**
     * The rotation whose frame has the given (orthonormal) axes as its x, y and z.
     *
     * @param xa new x axis
     * @param ya new y axis
     * @param za new z axis
     * @return the rotation taking the standard axes to these
     */
    public static Quat fromAxes(double[] xa, double[] ya, double[] za) {
        double m00 = xa[0], m01 = ya[0], m02 = za[0];
        double m10 = xa[1], m11 = ya[1], m12 = za[1];
        double m20 = xa[2], m21 = ya[2], m22 = za[2];
        double trace = m00 + m11 + m22;
        if (trace > 0) {
            double s = Math.sqrt(trace + 1) * 2;
            return new Quat((m21 - m12) / s, (m02 - m20) / s, (m10 - m01) / s, 0.25 * s).normalized();
        } else if (m00 > m11 && m00 > m22) {
            double s = Math.sqrt(1 + m00 - m11 - m22) * 2;
            return new Quat(0.25 * s, (m01 + m10) / s, (m02 + m20) / s, (m21 - m12) / s).normalized();
        } else if (m11 > m22) {
            double s = Math.sqrt(1 + m11 - m00 - m22) * 2;
            return new Quat((m01 + m10) / s, 0.25 * s, (m12 + m21) / s, (m02 - m20) / s).normalized();
        } else {
            double s = Math.sqrt(1 + m22 - m00 - m11) * 2;
            return new Quat((m02 + m20) / s, (m12 + m21) / s, 0.25 * s, (m10 - m01) / s).normalized();
        }
    }

    /** @param o target @param t 0..1 @return spherical interpolation from this to o */
    public Quat slerp(Quat o, double t) {
        double dot = x * o.x + y * o.y + z * o.z + w * o.w;
        Quat b = dot < 0 ? new Quat(-o.x, -o.y, -o.z, -o.w) : o;
        dot = Math.abs(dot);
        if (dot > 0.9995) {
            return new Quat(x + (b.x - x) * t, y + (b.y - y) * t, z + (b.z - z) * t, w + (b.w - w) * t).normalized();
        }
        double theta = StrictMath.acos(dot);
        double s = StrictMath.sin(theta);
        double fa = StrictMath.sin((1 - t) * theta) / s;
        double fb = StrictMath.sin(t * theta) / s;
        return new Quat(fa * x + fb * b.x, fa * y + fb * b.y, fa * z + fb * b.z, fa * w + fb * b.w);
    }
}
