package ai.fvgs.avatar.internal;

import java.util.List;
import java.util.function.IntFunction;

import ai.fvgs.avatar.BodyPart;
import ai.fvgs.avatar.MaterialSlot;

/**
 * Builds a closed tube through a list of {@link Section}s: rings of {@code segments} points (plus a
 * duplicated seam column for texture coordinates), closed at both ends by a cap point.
 */
final class Sweep {

    private Sweep() {
    }

    /**
     * @param startCap point closing the first ring
     * @param endCap   point closing the last ring
     * @param influence skin influence per ring index (-1 for the start cap, size for the end cap)
     */
    static void tube(MeshBuilder mesh, List<Section> sections, int segments, double[] startCap, double[] endCap,
            BodyPart part, MaterialSlot slot, IntFunction<MeshBuilder.Influence> influence) {
        int rings = sections.size();
        int stride = segments + 1;
        int base = mesh.vertexCount();
        double[] p = new double[3];
        for (int i = 0; i < rings; i++) {
            Section s = sections.get(i);
            double v = rings == 1 ? 0 : (double) i / (rings - 1);
            MeshBuilder.Influence inf = influence.apply(i);
            for (int j = 0; j <= segments; j++) {
                s.point(2 * Math.PI * (j % segments) / segments, p);
                mesh.vertex(p[0], p[1], p[2], (double) j / segments, v, part, inf);
            }
            mesh.seam(base + i * stride, base + i * stride + segments);
        }
        for (int i = 0; i < rings - 1; i++) {
            for (int j = 0; j < segments; j++) {
                int a = base + i * stride + j;
                int b = a + 1;
                int c = a + stride;
                int d = c + 1;
                mesh.triangle(slot, a, b, c);
                mesh.triangle(slot, b, d, c);
            }
        }
        int start = mesh.vertex(startCap[0], startCap[1], startCap[2], 0.5, 0, part, influence.apply(-1));
        int end = mesh.vertex(endCap[0], endCap[1], endCap[2], 0.5, 1, part, influence.apply(rings));
        int last = base + (rings - 1) * stride;
        for (int j = 0; j < segments; j++) {
            mesh.triangle(slot, start, base + j + 1, base + j);
            mesh.triangle(slot, end, last + j, last + j + 1);
        }
    }
}
