package ai.fvgs.outfit.internal;

import java.util.List;

import ai.fvgs.avatar.Avatar;
import ai.fvgs.avatar.BodyPart;
import ai.fvgs.avatar.BodyTemplate;
import ai.fvgs.avatar.Landmarks;
import ai.fvgs.sdk.body.BodyMeasurements;
import ai.fvgs.sdk.body.Measurement;
import ai.fvgs.sdk.garment.GarmentAsset;

/**
 * Fits a {@link GarmentAsset} to a wearer. Heights map piecewise linearly from the reference body's landmark
 * levels to the wearer's; widths and depths scale about the body's centre line by the ratio of the girths at
 * those levels (shoulder width above the armpit). Each vertex is then pushed outside the skin and lower
 * layers of the body region nearest to it, by the same fields the {@link Tailor} fits forms on. The whole
 * asset follows the skin; texture coordinates come from the file or, without them, are projected around the
 * body in metres.
 */
public final class AssetFitter {

    private AssetFitter() {
    }

    /**
     * @param avatar the wearer
     * @param asset  the garment
     * @param lower  garments under it
     * @return the fitted garment
     * @throws IllegalArgumentException if the file cannot be read
     */
    public static FittedMesh fit(Avatar avatar, GarmentAsset asset, List<FittedMesh> lower) {
        GlbMesh glb = GlbMesh.read(asset.glb());
        Landmarks ref = Landmarks.of(BodyTemplate.FEMININE, asset.reference());
        Landmarks to = avatar.landmarks();
        double[] refY = levels(ref);
        double[] toY = levels(to);
        double[] ratio = ratios(asset.reference(), avatar.profile().measurements());
        Tailor tailor = new Tailor(avatar, lower);
        SkinBinder nearest = new SkinBinder(avatar.mesh());
        double[] pelvis = { avatar.skeleton().joint("pelvis").x(), avatar.skeleton().joint("pelvis").z() };
        float[] src = glb.positions();
        MeshAccumulator mesh = new MeshAccumulator();
        double[] p = new double[3];
        for (int v = 0; v < src.length / 3; v++) {
            double y = src[3 * v + 1];
            double r = interpolate(refY, ratio, y);
            p[0] = pelvis[0] + src[3 * v] * r;
            p[1] = interpolate(refY, toY, y);
            p[2] = pelvis[1] + src[3 * v + 2] * r;
            Region region = regionOf(avatar, nearest, p, to.crotch());
            pushOut(tailor.field(region), p);
            if (region != Region.TORSO && p[1] > to.crotch() && nearTorso(avatar, nearest, p)) {
                // an armhole edge lies between arm and trunk: keep it outside the trunk (and what is on it) too
                pushOut(tailor.field(Region.TORSO), p);
            }
            mesh.vertex(p, 0, 0, region, 1, -1);
        }
        float[] uvs = glb.uvs() != null ? glb.uvs() : project(mesh.positions(), pelvis);
        int[] t = glb.triangles();
        for (int i = 0; i < t.length; i += 3) {
            mesh.triangle(t[i], t[i + 1], t[i + 2]);
        }
        FittedMesh m = FittedMesh.of(mesh, List.of());
        return new FittedMesh(m.positions(), uvs, m.triangles(), m.regions(), m.pins(), m.anchors(), m.cloth(), List.of());
    }

    private static Region regionOf(Avatar avatar, SkinBinder nearest, double[] p, double crotch) {
        int torso = nearest.nearest(Region.TORSO, p[0], p[1], p[2]);
        int armL = nearest.nearest(Region.ARM_LEFT, p[0], p[1], p[2]);
        int armR = nearest.nearest(Region.ARM_RIGHT, p[0], p[1], p[2]);
        float[] b = avatar.mesh().positions();
        double dt = dist2(b, torso, p);
        double dl = dist2(b, armL, p);
        double dr = dist2(b, armR, p);
        if (dl < dt && dl <= dr) {
            return Region.ARM_LEFT;
        }
        if (dr < dt) {
            return Region.ARM_RIGHT;
        }
        BodyPart part = Region.part(avatar.mesh().parts()[torso]);
        if (p[1] < crotch - 0.02 && part == BodyPart.LEG_LEFT) {
            return Region.LEG_LEFT;
        }
        if (p[1] < crotch - 0.02 && part == BodyPart.LEG_RIGHT) {
            return Region.LEG_RIGHT;
        }
        return Region.TORSO;
    }

    /** @return whether the nearest trunk skin is no more than 3 cm further than the nearest arm skin */
    private static boolean nearTorso(Avatar avatar, SkinBinder nearest, double[] p) {
        float[] b = avatar.mesh().positions();
        double dt = Math.sqrt(dist2(b, nearest.nearest(Region.TORSO, p[0], p[1], p[2]), p));
        double da = Math.sqrt(Math.min(dist2(b, nearest.nearest(Region.ARM_LEFT, p[0], p[1], p[2]), p),
                dist2(b, nearest.nearest(Region.ARM_RIGHT, p[0], p[1], p[2]), p)));
        return dt < da + 0.03;
    }

    private static double dist2(float[] b, int v, double[] p) {
        double dx = b[3 * v] - p[0];
        double dy = b[3 * v + 1] - p[1];
        double dz = b[3 * v + 2] - p[2];
        return dx * dx + dy * dy + dz * dz;
    }

    private static void pushOut(RadialField field, double[] p) {
        Axis a = field.axis();
        double s = a.s(p[0], p[1], p[2]);
        double[] c = field.centre(s);
        double qa = a.pu(p[0], p[1], p[2]) - c[0];
        double qb = a.pv(p[0], p[1], p[2]) - c[1];
        double q = Math.hypot(qa, qb);
        double need = field.radius(s, StrictMath.atan2(qb, qa));
        if (q < need && q > 1e-9) {
            a.point(s, c[0] + qa * need / q, c[1] + qb * need / q, p);
        }
    }

    /** Heights of the landmark levels from the floor up, then the top of the head. */
    private static double[] levels(Landmarks l) {
        return new double[] { 0, l.ankle(), l.calf(), l.knee(), l.thigh(), l.crotch(), l.hip(), l.highHip(), l.waist(), l.underbust(),
                l.bust(), l.armpit(), l.shoulder(), l.neckBase(), l.neck(), l.chin(), l.height() };
    }

    /** Width scale at each level of {@link #levels}: the wearer's girth over the reference girth there. */
    private static double[] ratios(BodyMeasurements ref, BodyMeasurements to) {
        double ankle = r(ref, to, Measurement.CALF);
        double shoulder = r(ref, to, Measurement.SHOULDER_WIDTH);
        double neck = r(ref, to, Measurement.NECK);
        return new double[] { ankle, ankle, ankle, (r(ref, to, Measurement.CALF) + r(ref, to, Measurement.THIGH)) / 2,
                r(ref, to, Measurement.THIGH), r(ref, to, Measurement.HIP), r(ref, to, Measurement.HIP), r(ref, to, Measurement.HIGH_HIP),
                r(ref, to, Measurement.WAIST), r(ref, to, Measurement.UNDERBUST), r(ref, to, Measurement.BUST),
                r(ref, to, Measurement.BUST), shoulder, neck, neck, neck, neck };
    }

    private static double r(BodyMeasurements ref, BodyMeasurements to, Measurement m) {
        return to.get(m) / ref.get(m);
    }

    /** Piecewise linear through (xs[i], ys[i]); beyond the ends, it continues the end segments' slopes. */
    private static double interpolate(double[] xs, double[] ys, double x) {
        int i = 0;
        while (i < xs.length - 2 && x > xs[i + 1]) {
            i++;
        }
        double w = (x - xs[i]) / (xs[i + 1] - xs[i]);
        return ys[i] + (ys[i + 1] - ys[i]) * w;
    }

    private static float[] project(float[] positions, double[] centre) {
        int n = positions.length / 3;
        float[] uv = new float[2 * n];
        double top = -Double.MAX_VALUE;
        for (int v = 0; v < n; v++) {
            top = Math.max(top, positions[3 * v + 1]);
        }
        for (int v = 0; v < n; v++) {
            double dx = positions[3 * v] - centre[0];
            double dz = positions[3 * v + 2] - centre[1];
            double r = Math.hypot(dx, dz);
            double angle = StrictMath.atan2(dx, -dz);
            uv[2 * v] = (float) ((angle + Math.PI) * r);
            uv[2 * v + 1] = (float) (top - positions[3 * v + 1]);
        }
        return uv;
    }
}
