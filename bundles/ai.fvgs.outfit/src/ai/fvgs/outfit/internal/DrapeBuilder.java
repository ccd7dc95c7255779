package ai.fvgs.outfit.internal;

import ai.fvgs.sdk.garment.Drape;

/**
 * Builds the rest shape of a {@link Drape}: rings every 2 cm from its top down to the hem. The top ring
 * follows the field of what is under it (plus ease); lower rings widen linearly about the top ring's centre
 * until the hem has the requested circumference, with pleat folds, and are pushed outside what is under
 * them. The top two rings are pinned to the skin; the rest is cloth.
 */
final class DrapeBuilder {

    private static final double RING = 0.02;
    private static final double PIN_DEPTH = 0.025;
    private static final double PLEAT_SETTLE = 0.08;

    private final RadialField field;
    private final MeshAccumulator mesh;
    private final double clearance;

    DrapeBuilder(RadialField field, MeshAccumulator mesh, double clearance) {
        this.field = field;
        this.mesh = mesh;
        this.clearance = clearance;
    }

    void build(Drape d, double top, double hem) {
        int k = d.pleats() == 0 ? 96 : d.pleats() * Math.max(4, (int) Math.ceil(96.0 / d.pleats()));
        int rings = Math.max(3, (int) Math.ceil((top - hem) / RING) + 1);
        double extra = d.easeCm() / 100 / (2 * Math.PI);
        double[] centre = field.centre(top);
        double topPerimeter = field.perimeter(top) + 2 * Math.PI * extra;
        double flare = Math.max(1, d.hemCm() / 100 / topPerimeter);
        double[] topRadius = new double[k + 1];
        for (int j = 0; j <= k; j++) {
            topRadius[j] = field.radius(top, Tailor.columnAngle(j, k)) + extra;
        }
        Axis axis = field.axis();
        int base = mesh.vertexCount();
        double[] p = new double[3];
        for (int i = 0; i < rings; i++) {
            double t = (double) i / (rings - 1);
            double y = top - (top - hem) * t;
            boolean pinned = top - y < PIN_DEPTH;
            double scale = 1 + (flare - 1) * t;
            double[] under = field.centre(y);
            for (int j = 0; j <= k; j++) {
                double angle = Tailor.columnAngle(j, k);
                double r = topRadius[j] * scale + pleat(d, j, k, top - y);
                double a = centre[0] + r * StrictMath.cos(angle);
                double b = centre[1] + r * StrictMath.sin(angle);
                // push out of what is under it, along the ray from that slice's centre
                double qa = a - under[0];
                double qb = b - under[1];
                double q = Math.hypot(qa, qb);
                double need = field.radius(y, StrictMath.atan2(qb, qa)) + clearance / 2;
                if (q < need) {
                    a = under[0] + qa * need / q;
                    b = under[1] + qb * need / q;
                }
                axis.point(y, a, b, p);
                int anchor = pinned ? -1 : base + j;
                mesh.vertex(p, topPerimeter * scale * j / k, top - y, Region.TORSO, pinned ? 1 : 0, anchor, true);
            }
        }
        mesh.grid(base, rings, k + 1, axis);
    }

    /** A zig-zag fold outwards, {@code pleatDepthCm} deep, growing over the first 8 cm below the top. */
    private static double pleat(Drape d, int j, int k, double below) {
        if (d.pleats() == 0 || d.pleatDepthCm() == 0) {
            return 0;
        }
        int per = k / d.pleats();
        double phase = (double) (j % per) / per;
        double tri = phase < 0.5 ? 2 * phase : 2 - 2 * phase;
        return d.pleatDepthCm() / 100 * tri * Math.min(1, below / PLEAT_SETTLE);
    }
}
