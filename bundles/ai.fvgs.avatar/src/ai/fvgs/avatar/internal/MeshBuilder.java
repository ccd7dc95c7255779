package ai.fvgs.avatar.internal;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;

import ai.fvgs.avatar.AvatarMesh;
import ai.fvgs.avatar.BodyPart;
import ai.fvgs.avatar.MaterialSlot;

/** Collects vertices and triangles, then computes smooth normals and freezes an {@link AvatarMesh}. */
public final class MeshBuilder {

    private float[] pos = new float[3 * 4096];
    private float[] uv = new float[2 * 4096];
    private int[] joints = new int[4 * 4096];
    private float[] weights = new float[4 * 4096];
    private byte[] parts = new byte[4096];
    private int vertices;
    private final Map<MaterialSlot, IntList> triangles = new EnumMap<>(MaterialSlot.class);
    /** pairs of vertex indices that are the same point (a UV seam), whose normals are averaged */
    private final IntList seams = new IntList();

    /** Influence of up to two joints on a vertex. */
    public record Influence(int joint0, float weight0, int joint1) {
        /** A vertex bound to one joint only. */
        public static Influence of(int joint) {
            return new Influence(joint, 1f, joint);
        }

        /** Blends from {@code a} (t = 0) to {@code b} (t = 1). */
        public static Influence blend(int a, int b, double t) {
            double c = Math.clamp(t, 0, 1);
            return new Influence(a, (float) (1 - c), b);
        }
    }

    public int vertex(double x, double y, double z, double u, double v, BodyPart part, Influence influence) {
        grow();
        int i = vertices++;
        pos[3 * i] = (float) x;
        pos[3 * i + 1] = (float) y;
        pos[3 * i + 2] = (float) z;
        uv[2 * i] = (float) u;
        uv[2 * i + 1] = (float) v;
        parts[i] = (byte) part.id();
        joints[4 * i] = influence.joint0();
        joints[4 * i + 1] = influence.joint1();
        joints[4 * i + 2] = 0;
        joints[4 * i + 3] = 0;
        if (influence.joint0() == influence.joint1() || influence.weight0() >= 1f) {
            weights[4 * i] = 1f;
            weights[4 * i + 1] = 0f;
            joints[4 * i + 1] = 0;
        } else if (influence.weight0() <= 0f) {
            joints[4 * i] = influence.joint1();
            joints[4 * i + 1] = 0;
            weights[4 * i] = 1f;
            weights[4 * i + 1] = 0f;
        } else {
            weights[4 * i] = influence.weight0();
            weights[4 * i + 1] = 1f - influence.weight0();
        }
        return i;
    }

    public void triangle(MaterialSlot slot, int a, int b, int c) {
        triangles.computeIfAbsent(slot, s -> new IntList()).add(a, b, c);
    }

    /** Gives vertices {@code from} (inclusive) to {@code to} (exclusive) above height {@code y} another part. */
    public void relabelAbove(int from, int to, double y, BodyPart part) {
        for (int i = from; i < to; i++) {
            if (pos[3 * i + 1] > y) {
                parts[i] = (byte) part.id();
            }
        }
    }

    public void seam(int a, int b) {
        seams.add(a, b, -1);
    }

    public int vertexCount() {
        return vertices;
    }

    public float x(int i) {
        return pos[3 * i];
    }

    public float y(int i) {
        return pos[3 * i + 1];
    }

    public float z(int i) {
        return pos[3 * i + 2];
    }

    public AvatarMesh build() {
        float[] p = Arrays.copyOf(pos, 3 * vertices);
        float[] n = new float[3 * vertices];
        Map<MaterialSlot, int[]> tris = new EnumMap<>(MaterialSlot.class);
        triangles.forEach((slot, list) -> tris.put(slot, list.toArray()));
        for (int[] t : tris.values()) {
            accumulateFaceNormals(p, t, n);
        }
        int[] s = seams.toArray();
        for (int k = 0; k < s.length; k += 3) {
            for (int c = 0; c < 3; c++) {
                float sum = n[3 * s[k] + c] + n[3 * s[k + 1] + c];
                n[3 * s[k] + c] = sum;
                n[3 * s[k + 1] + c] = sum;
            }
        }
        normalize(n);
        return new AvatarMesh(p, n, Arrays.copyOf(uv, 2 * vertices), Arrays.copyOf(joints, 4 * vertices),
                Arrays.copyOf(weights, 4 * vertices), Arrays.copyOf(parts, vertices), tris);
    }

    private static void accumulateFaceNormals(float[] p, int[] t, float[] n) {
        for (int k = 0; k < t.length; k += 3) {
            int a = 3 * t[k];
            int b = 3 * t[k + 1];
            int c = 3 * t[k + 2];
            double ux = p[b] - p[a], uy = p[b + 1] - p[a + 1], uz = p[b + 2] - p[a + 2];
            double vx = p[c] - p[a], vy = p[c + 1] - p[a + 1], vz = p[c + 2] - p[a + 2];
            float nx = (float) (uy * vz - uz * vy);
            float ny = (float) (uz * vx - ux * vz);
            float nz = (float) (ux * vy - uy * vx);
            for (int v : new int[] { a, b, c }) {
                n[v] += nx;
                n[v + 1] += ny;
                n[v + 2] += nz;
            }
        }
    }

    private static void normalize(float[] n) {
        for (int i = 0; i < n.length; i += 3) {
            double len = Math.sqrt(n[i] * n[i] + n[i + 1] * n[i + 1] + n[i + 2] * n[i + 2]);
            if (len > 0) {
                n[i] /= len;
                n[i + 1] /= len;
                n[i + 2] /= len;
            } else {
                n[i + 1] = 1;
            }
        }
    }

    private void grow() {
        if (vertices == parts.length) {
            int cap = parts.length * 2;
            pos = Arrays.copyOf(pos, 3 * cap);
            uv = Arrays.copyOf(uv, 2 * cap);
            joints = Arrays.copyOf(joints, 4 * cap);
            weights = Arrays.copyOf(weights, 4 * cap);
            parts = Arrays.copyOf(parts, cap);
        }
    }

    /** A growable int array. */
    static final class IntList {
        private int[] data = new int[3 * 1024];
        private int size;

        void add(int a, int b, int c) {
            if (size + 3 > data.length) {
                data = Arrays.copyOf(data, data.length * 2);
            }
            data[size++] = a;
            data[size++] = b;
            data[size++] = c;
        }

        int[] toArray() {
            return Arrays.copyOf(data, size);
        }
    }
}
