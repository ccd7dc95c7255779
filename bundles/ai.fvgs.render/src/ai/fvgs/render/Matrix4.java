package ai.fvgs.render;

import java.util.Arrays;

/**
 * An immutable 4x4 matrix of doubles, stored row by row. Points are column vectors multiplied on the
 * right: {@code p' = M * p}.
 */
public final class Matrix4 {

    private static final Matrix4 IDENTITY = of(1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1);

    private final double[] m;

    private Matrix4(double[] rowMajor) {
        this.m = rowMajor;
    }

    /**
     * @param rowMajor the 16 entries, row by row
     * @return the matrix
     * @throws IllegalArgumentException unless exactly 16 entries are given
     */
    public static Matrix4 of(double... rowMajor) {
        if (rowMajor.length != 16) {
            throw new IllegalArgumentException("a 4x4 matrix needs 16 entries, got " + rowMajor.length);
        }
        return new Matrix4(rowMajor.clone());
    }

    /** @return the identity matrix */
    public static Matrix4 identity() {
        return IDENTITY;
    }

    /**
     * @param row 0..3
     * @param col 0..3
     * @return the entry
     */
    public double get(int row, int col) {
        return m[row * 4 + col];
    }

    /**
     * @param o the right-hand factor
     * @return {@code this * o}: applying the result applies {@code o} first
     */
    public Matrix4 times(Matrix4 o) {
        double[] r = new double[16];
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                double s = 0;
                for (int k = 0; k < 4; k++) {
                    s += m[i * 4 + k] * o.m[k * 4 + j];
                }
                r[i * 4 + j] = s;
            }
        }
        return new Matrix4(r);
    }

    /**
     * @param x first component
     * @param y second component
     * @param z third component
     * @param w fourth component (1 for a point, 0 for a direction)
     * @return {@code M * (x, y, z, w)} as a new array of four
     */
    public double[] transform(double x, double y, double z, double w) {
        double[] r = new double[4];
        for (int i = 0; i < 4; i++) {
            r[i] = m[i * 4] * x + m[i * 4 + 1] * y + m[i * 4 + 2] * z + m[i * 4 + 3] * w;
        }
        return r;
    }

    /** @return a copy of the 16 entries, row by row */
    public double[] toRowMajorArray() {
        return m.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Matrix4 other && Arrays.equals(m, other.m);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(m);
    }

    @Override
    public String toString() {
        return "Matrix4" + Arrays.toString(m);
    }
}
