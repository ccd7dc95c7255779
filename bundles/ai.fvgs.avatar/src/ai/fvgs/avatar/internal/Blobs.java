package ai.fvgs.avatar.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

import ai.fvgs.avatar.BodyPart;
import ai.fvgs.avatar.MaterialSlot;

/** Closed ellipsoid-like shapes for face features and hair volumes. */
final class Blobs {

    private Blobs() {
    }

    /**
     * An axis-aligned ellipsoid swept along y; {@code profile} scales the horizontal radii at each latitude
     * (t from -1 bottom to 1 top), letting hair volumes flare or taper.
     */
    static void ellipsoid(MeshBuilder mesh, double[] c, double rx, double ry, double rz, int segments, int rings, double n,
            DoubleUnaryOperator profile, BodyPart part, MaterialSlot slot, MeshBuilder.Influence influence) {
        List<Section> sections = new ArrayList<>();
        for (int i = 1; i < rings; i++) {
            double t = -1 + 2.0 * i / rings;
            double w = Math.sqrt(1 - t * t) * profile.applyAsDouble(t);
            sections.add(Section.horizontal(c[0], c[1] + ry * t, c[2], Math.max(rx * w, 1e-4), Math.max(rz * w, 1e-4),
                    Math.max(rz * w, 1e-4), n));
        }
        Sweep.tube(mesh, sections, segments, new double[] { c[0], c[1] - ry, c[2] }, new double[] { c[0], c[1] + ry, c[2] }, part,
                slot, i -> influence);
    }

    /** A closed tube through points along a path, with the given half-width and half-depth per point. */
    static void tube(MeshBuilder mesh, List<double[]> path, double[] widthAxis, double[] widths, double[] depths, int segments,
            BodyPart part, MaterialSlot slot, MeshBuilder.Influence influence) {
        List<Section> sections = new ArrayList<>();
        for (int i = 0; i < path.size(); i++) {
            double[] d = Vectors.normalize(Vectors.sub(path.get(Math.min(i + 1, path.size() - 1)), path.get(Math.max(i - 1, 0))));
            double[] u = Vectors.normalize(Vectors.sub(widthAxis, Vectors.scale(d, Vectors.dot(widthAxis, d))));
            sections.add(Section.across(path.get(i), d, u, widths[i], depths[i], depths[i], 2.2));
        }
        double[] first = path.get(0);
        double[] last = path.get(path.size() - 1);
        double[] d0 = Vectors.normalize(Vectors.sub(path.get(1), first));
        double[] d1 = Vectors.normalize(Vectors.sub(last, path.get(path.size() - 2)));
        Sweep.tube(mesh, sections, segments, Vectors.sub(first, Vectors.scale(d0, depths[0] * 0.8)),
                Vectors.add(last, Vectors.scale(d1, depths[depths.length - 1] * 0.8)), part, slot, i -> influence);
    }
}
