package ai.fvgs.avatar.internal;

import ai.fvgs.avatar.Landmarks;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

import ai.fvgs.avatar.BodyPart;
import ai.fvgs.avatar.HairStyle;
import ai.fvgs.avatar.MaterialSlot;
import ai.fvgs.avatar.Skeleton;

/**
 * Hair as closed volumes around the skull: a cap whose front lies inside the forehead (so the hairline
 * shows and the face stays clear), plus, per style, a curtain, a bun, a ponytail or a full coily volume.
 */
final class HairBuilder {

    private final HeadShape head;
    private final Landmarks l;
    private final MeshBuilder.Influence onHead = MeshBuilder.Influence.of(Skeleton.index("head"));
    private final MeshBuilder.Influence onNeck = MeshBuilder.Influence.blend(Skeleton.index("neck"), Skeleton.index("head"), 0.5);

    HairBuilder(HeadShape head, Landmarks l) {
        this.head = head;
        this.l = l;
    }

    void build(MeshBuilder mesh, HairStyle style) {
        switch (style) {
            case SHORT_CROP -> cap(mesh, 0.006, 0.78, t -> 1);
            case BOB -> {
                cap(mesh, 0.014, 0.9, t -> 1);
                curtain(mesh, l.chin() + 0.01, 0.2, false, 0.0);
            }
            case LONG_STRAIGHT -> {
                cap(mesh, 0.012, 0.9, t -> 1);
                curtain(mesh, (l.bust() + l.underbust()) / 2, 0.17, true, 0.0);
            }
            case LONG_WAVY -> {
                cap(mesh, 0.016, 0.9, t -> 1 + 0.03 * StrictMath.sin(9 * t));
                curtain(mesh, (l.bust() + l.underbust()) / 2, 0.19, true, 0.018);
            }
            case CURLY -> {
                cap(mesh, 0.032, 0.95, t -> 1 + 0.07 * StrictMath.sin(17 * t));
                curtain(mesh, l.shoulder() - 0.02, 0.24, false, 0.02);
            }
            case COILY_AFRO -> Blobs.ellipsoid(mesh, new double[] { 0, head.eyeY() + 0.38 * head.ry(), head.centreZ() - 0.3 * head.rz() },
                    head.rx() * 1.55, head.ry() * 1.18, head.rz() * 1.28, 64, 40, 2.1, t -> 1 + 0.035 * StrictMath.sin(23 * t),
                    BodyPart.HAIR, MaterialSlot.HAIR, onHead);
            case BUN -> {
                cap(mesh, 0.007, 0.86, t -> 1);
                double r = 0.036 * head.rx() / 0.075;
                Blobs.ellipsoid(mesh, new double[] { 0, head.eyeY() + 0.62 * head.ry(), head.centreZ() - 0.92 * head.rz() }, r, r * 0.9, r,
                        32, 18, 2.2, t -> 1, BodyPart.HAIR, MaterialSlot.HAIR, onHead);
            }
            case PONYTAIL -> {
                cap(mesh, 0.007, 0.86, t -> 1);
                ponytail(mesh);
            }
        }
    }

    /** The cap: an ellipsoid shell shifted back and up, its front hidden behind the forehead. */
    private void cap(MeshBuilder mesh, double thickness, double depthScale, DoubleUnaryOperator profile) {
        double[] c = { 0, head.eyeY() + 0.2 * head.ry(), head.centreZ() - 0.2 * head.rz() };
        Blobs.ellipsoid(mesh, c, head.rx() + thickness, head.ry() * depthScale + thickness, head.rz() * 0.97 + thickness, 64, 36,
                2.05, profile, BodyPart.HAIR, MaterialSlot.HAIR, onHead);
    }

    /** Hair falling behind the head to {@code bottomY}; wide curtains also cover the sides of the neck. */
    private void curtain(MeshBuilder mesh, double bottomY, double width, boolean long_, double wave) {
        List<double[]> path = new ArrayList<>();
        int steps = 18;
        double topY = head.eyeY() + 0.3 * head.ry();
        double backZ = head.centreZ() - head.rz() * 0.55;
        double bodyBackZ = -0.11 * l.height() / 1.7;
        double[] widths = new double[steps + 1];
        double[] depths = new double[steps + 1];
        for (int i = 0; i <= steps; i++) {
            double t = (double) i / steps;
            double y = topY + (bottomY - topY) * t;
            double z = y > l.neck() ? backZ : backZ + (bodyBackZ - backZ) * Math.min(1, (l.neck() - y) / Math.max(0.05, l.neck() - l.shoulder() + 0.06));
            double x = wave == 0 ? 0 : wave * StrictMath.sin(t * 4 * Math.PI);
            path.add(new double[] { x, y, z });
            widths[i] = width / 2 * (long_ ? 1 - 0.25 * t : 1 - 0.1 * t);
            depths[i] = (long_ ? 0.035 : 0.05) * (1 - 0.5 * t) + 0.008;
        }
        Blobs.tube(mesh, path, new double[] { 1, 0, 0 }, widths, depths, 40, BodyPart.HAIR, MaterialSlot.HAIR, onNeck);
    }

    private void ponytail(MeshBuilder mesh) {
        List<double[]> path = new ArrayList<>();
        int steps = 14;
        double[] widths = new double[steps + 1];
        double[] depths = new double[steps + 1];
        double startY = head.eyeY() + 0.25 * head.ry();
        double startZ = head.centreZ() - 1.02 * head.rz();
        for (int i = 0; i <= steps; i++) {
            double t = (double) i / steps;
            path.add(new double[] { 0, startY - t * 0.32, startZ - 0.05 * StrictMath.sin(t * Math.PI * 0.8) - 0.02 * t });
            widths[i] = 0.022 * (1 - 0.6 * t) + 0.006;
            depths[i] = widths[i] * 0.9;
        }
        Blobs.tube(mesh, path, new double[] { 1, 0, 0 }, widths, depths, 24, BodyPart.HAIR, MaterialSlot.HAIR, onNeck);
    }
}
