package ai.fvgs.render.tests;

import java.util.Arrays;

import ai.fvgs.render.Mesh;
import ai.fvgs.render.Vec3;

/**
 * Builds procedural test geometry (spheres, capsules, cones, planes) into one {@link Mesh}. Every triangle
 * is wound counter-clockwise as seen from the side its vertex normals point to. Trigonometry uses
 * {@link StrictMath}, so the geometry is the same on every JVM.
 */
final class ShapeBuilder {

    private float[] positions = new float[3 * 1024];
    private float[] normals = new float[3 * 1024];
    private float[] uvs = new float[2 * 1024];
    private int[] indices = new int[3 * 1024];
    private int vertices;
    private int triangles;

    int vertexCount() {
        return vertices;
    }

    int triangleCount() {
        return triangles;
    }

    int vertex(double x, double y, double z, double nx, double ny, double nz, double u, double v) {
        if (vertices * 3 + 3 > positions.length) {
            positions = Arrays.copyOf(positions, positions.length * 2);
            normals = Arrays.copyOf(normals, normals.length * 2);
            uvs = Arrays.copyOf(uvs, uvs.length * 2);
        }
        double len = Math.sqrt(nx * nx + ny * ny + nz * nz);
        positions[3 * vertices] = (float) x;
        positions[3 * vertices + 1] = (float) y;
        positions[3 * vertices + 2] = (float) z;
        normals[3 * vertices] = (float) (nx / len);
        normals[3 * vertices + 1] = (float) (ny / len);
        normals[3 * vertices + 2] = (float) (nz / len);
        uvs[2 * vertices] = (float) u;
        uvs[2 * vertices + 1] = (float) v;
        return vertices++;
    }

    /** Adds a triangle, swapping two corners if needed so that it faces the way its vertex normals point. */
    void triangle(int a, int b, int c) {
        if (triangles * 3 + 3 > indices.length) {
            indices = Arrays.copyOf(indices, indices.length * 2);
        }
        float[] p = positions;
        double ux = p[3 * b] - p[3 * a], uy = p[3 * b + 1] - p[3 * a + 1], uz = p[3 * b + 2] - p[3 * a + 2];
        double vx = p[3 * c] - p[3 * a], vy = p[3 * c + 1] - p[3 * a + 1], vz = p[3 * c + 2] - p[3 * a + 2];
        double fx = uy * vz - uz * vy, fy = uz * vx - ux * vz, fz = ux * vy - uy * vx;
        double dot = 0;
        for (int k : new int[] {a, b, c}) {
            dot += fx * normals[3 * k] + fy * normals[3 * k + 1] + fz * normals[3 * k + 2];
        }
        boolean flip = dot < 0;
        indices[3 * triangles] = a;
        indices[3 * triangles + 1] = flip ? c : b;
        indices[3 * triangles + 2] = flip ? b : c;
        triangles++;
    }

    /** Adds one triangle with a flat normal, wound to face the way the normal points. */
    ShapeBuilder triangle(Vec3 a, Vec3 b, Vec3 c, Vec3 normal) {
        int i = vertex(a, normal, 0, 0);
        int j = vertex(b, normal, 0, 0);
        int k = vertex(c, normal, 0, 0);
        triangle(i, j, k);
        return this;
    }

    /** Adds a flat quad {@code a, b, c, d} (in order around its edge) as two triangles. */
    ShapeBuilder quad(Vec3 a, Vec3 b, Vec3 c, Vec3 d, Vec3 normal) {
        return triangle(a, b, c, normal).triangle(a, c, d, normal);
    }

    /** A sphere of {@code 4 * segments * halfRings} triangles ({@code 2 * segments} of them degenerate at the equator). */
    ShapeBuilder sphere(Vec3 center, double radius, int segments, int halfRings) {
        return capsule(center, center, radius, segments, halfRings);
    }

    /**
     * A capsule: a cylinder from {@code a} to {@code b} closed by hemispheres, {@code 4 * segments * halfRings}
     * triangles (when {@code a == b}, a sphere).
     */
    ShapeBuilder capsule(Vec3 a, Vec3 b, double radius, int segments, int halfRings) {
        Vec3 axis = b.minus(a).length() > 0 ? b.minus(a).normalized() : new Vec3(0, 1, 0);
        Vec3 e1 = axis.cross(Math.abs(axis.x()) < 0.9 ? new Vec3(1, 0, 0) : new Vec3(0, 0, 1)).normalized();
        Vec3 e2 = axis.cross(e1);
        int bottom = vertex(a.minus(axis.times(radius)), axis.times(-1), 0.5, 1);
        int previous = -1;
        for (int row = 1; row <= 2 * halfRings; row++) {
            boolean upper = row > halfRings;
            double phi = Math.PI / 2 * (upper ? row - halfRings - 1 : row - halfRings) / halfRings;
            Vec3 c = upper ? b : a;
            int first = vertices;
            for (int s = 0; s < segments; s++) {
                double theta = 2 * Math.PI * s / segments;
                Vec3 n = e1.times(StrictMath.cos(phi) * StrictMath.cos(theta))
                        .plus(e2.times(StrictMath.cos(phi) * StrictMath.sin(theta))).plus(axis.times(StrictMath.sin(phi)));
                vertex(c.plus(n.times(radius)), n, (double) s / segments, 0.5 - phi / Math.PI);
            }
            band(previous, bottom, first, segments);
            previous = first;
        }
        int top = vertex(b.plus(axis.times(radius)), axis, 0.5, 0);
        for (int s = 0; s < segments; s++) {
            triangle(previous + s, previous + (s + 1) % segments, top);
        }
        return this;
    }

    private void band(int previous, int pole, int first, int segments) {
        for (int s = 0; s < segments; s++) {
            int s1 = (s + 1) % segments;
            if (previous < 0) {
                triangle(pole, first + s, first + s1);
            } else {
                triangle(previous + s, previous + s1, first + s1);
                triangle(previous + s, first + s1, first + s);
            }
        }
    }

    private int vertex(Vec3 p, Vec3 n, double u, double v) {
        return vertex(p.x(), p.y(), p.z(), n.x(), n.y(), n.z(), u, v);
    }

    /**
     * An open cone frustum around the y axis, like a skirt: radius {@code r0} at height {@code y0} to {@code r1}
     * at {@code y1}, normals pointing outwards, {@code 2 * segments * rings} triangles.
     */
    ShapeBuilder cone(Vec3 center, double y0, double r0, double y1, double r1, int segments, int rings) {
        double slope = (r0 - r1) / (y1 - y0);
        int previous = -1;
        for (int ring = 0; ring <= rings; ring++) {
            double t = (double) ring / rings;
            double y = y0 + (y1 - y0) * t;
            double r = r0 + (r1 - r0) * t;
            int first = vertices;
            for (int s = 0; s < segments; s++) {
                double theta = 2 * Math.PI * s / segments;
                double cx = StrictMath.cos(theta), sz = StrictMath.sin(theta);
                vertex(center.x() + r * cx, center.y() + y, center.z() + r * sz, cx, slope, sz, (double) s / segments, t);
            }
            if (previous >= 0) {
                band(previous, -1, first, segments);
            }
            previous = first;
        }
        return this;
    }

    /**
     * A horizontal plane at height {@code y}, {@code 2 * cells * cells} triangles, normal +y, texture
     * coordinates = world x and z times {@code uvScale}.
     */
    ShapeBuilder floor(double y, double x0, double z0, double x1, double z1, int cells, double uvScale) {
        int first = vertices;
        for (int j = 0; j <= cells; j++) {
            for (int i = 0; i <= cells; i++) {
                double x = x0 + (x1 - x0) * i / cells;
                double z = z0 + (z1 - z0) * j / cells;
                vertex(x, y, z, 0, 1, 0, x * uvScale, z * uvScale);
            }
        }
        for (int j = 0; j < cells; j++) {
            for (int i = 0; i < cells; i++) {
                int v00 = first + j * (cells + 1) + i;
                triangle(v00, v00 + cells + 1, v00 + 1);
                triangle(v00 + 1, v00 + cells + 1, v00 + cells + 2);
            }
        }
        return this;
    }

    Mesh build() {
        return new Mesh(Arrays.copyOf(positions, 3 * vertices), Arrays.copyOf(normals, 3 * vertices),
                Arrays.copyOf(uvs, 2 * vertices), Arrays.copyOf(indices, 3 * triangles));
    }
}
