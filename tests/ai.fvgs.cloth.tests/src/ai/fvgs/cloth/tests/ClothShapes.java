package ai.fvgs.cloth.tests;

/**
 * Meshes for the cloth tests and the benchmark: flat sheets and conical skirts, as flat arrays in the form
 * {@link ai.fvgs.cloth.ClothSolver} takes.
 *
 * @param positions xyz per particle
 * @param triangles 3 indices per triangle, counter-clockwise seen from outside
 * @param columns   particles per row (sheet) or per ring (skirt)
 * @param rows      number of rows or rings
 */
record ClothShapes(float[] positions, int[] triangles, int columns, int rows) {

    /** @return number of particles */
    int particleCount() {
        return positions.length / 3;
    }

    /**
     * A vertical square sheet in the plane {@code z = 0}, row 0 at the top ({@code y = top}), facing {@code +z}.
     */
    static ClothShapes verticalSheet(int columns, int rows, float width, float height, float top) {
        float[] p = new float[3 * columns * rows];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                int i = 3 * (r * columns + c);
                p[i] = width * c / (columns - 1) - width / 2;
                p[i + 1] = top - height * r / (rows - 1);
                p[i + 2] = 0;
            }
        }
        return new ClothShapes(p, gridTriangles(columns, rows, false), columns, rows);
    }

    /** A horizontal sheet at height {@code y}, centred on the y axis, facing {@code +y}. */
    static ClothShapes horizontalSheet(int columns, int rows, float width, float depth, float y) {
        float[] p = new float[3 * columns * rows];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                int i = 3 * (r * columns + c);
                p[i] = width * c / (columns - 1) - width / 2;
                p[i + 1] = y;
                p[i + 2] = depth * r / (rows - 1) - depth / 2;
            }
        }
        return new ClothShapes(p, gridTriangles(columns, rows, false), columns, rows);
    }

    /**
     * A skirt: {@code rows} rings of {@code segments} particles around the y axis, ring 0 (the waistband) at
     * {@code top} with radius {@code topRadius}, the hem {@code length} lower with radius {@code hemRadius}.
     */
    static ClothShapes skirt(int segments, int rows, float topRadius, float hemRadius, float top, float length) {
        float[] p = new float[3 * segments * rows];
        for (int r = 0; r < rows; r++) {
            float f = (float) r / (rows - 1);
            float radius = topRadius + (hemRadius - topRadius) * f;
            for (int s = 0; s < segments; s++) {
                double angle = 2 * Math.PI * s / segments;
                int i = 3 * (r * segments + s);
                p[i] = (float) (radius * Math.sin(angle));
                p[i + 1] = top - length * f;
                p[i + 2] = (float) (radius * Math.cos(angle));
            }
        }
        return new ClothShapes(p, gridTriangles(segments, rows, true), segments, rows);
    }

    /**
     * Two triangles per grid cell, diagonals alternating, wound counter-clockwise seen from the side the
     * sheet faces (or from outside the skirt).
     */
    private static int[] gridTriangles(int columns, int rows, boolean wrap) {
        int cells = wrap ? columns : columns - 1;
        int[] t = new int[6 * cells * (rows - 1)];
        int k = 0;
        for (int r = 0; r < rows - 1; r++) {
            for (int c = 0; c < cells; c++) {
                int a = r * columns + c;
                int b = r * columns + (c + 1) % columns;
                int d = (r + 1) * columns + c;
                int e = (r + 1) * columns + (c + 1) % columns;
                if ((r + c) % 2 == 0) {
                    k = put(t, k, a, d, e);
                    k = put(t, k, a, e, b);
                } else {
                    k = put(t, k, a, d, b);
                    k = put(t, k, b, d, e);
                }
            }
        }
        return t;
    }

    private static int put(int[] t, int k, int a, int b, int c) {
        t[k] = a;
        t[k + 1] = b;
        t[k + 2] = c;
        return k + 3;
    }
}
