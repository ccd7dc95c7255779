package ai.fvgs.avatar;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import ai.fvgs.sdk.body.Measurement;

/**
 * Measures a built avatar the way a tailor would, on its mesh: a girth is the length of a tape pulled
 * around the horizontal slice of the body part at the landmark height (the convex hull of the slice);
 * lengths are taken between landmarks. Used to check that the mesh honours its measurements.
 */
public final class TapeMeasure {

    /** Slices are taken this far below a landmark, so no vertex lies exactly in the plane. */
    private static final double EPSILON = 1e-5;

    private TapeMeasure() {
    }

    /**
     * @param avatar a built avatar
     * @return every {@link Measurement}, in centimetres, as measured on the mesh
     */
    public static Map<Measurement, Double> measure(Avatar avatar) {
        Landmarks l = avatar.landmarks();
        Set<BodyPart> trunk = Set.of(BodyPart.TORSO);
        Set<BodyPart> leg = Set.of(BodyPart.LEG_LEFT);
        Map<Measurement, Double> m = new EnumMap<>(Measurement.class);
        m.put(Measurement.BUST, girth(avatar, l.bust(), trunk));
        m.put(Measurement.UNDERBUST, girth(avatar, l.underbust(), trunk));
        m.put(Measurement.WAIST, girth(avatar, l.waist(), trunk));
        m.put(Measurement.HIGH_HIP, girth(avatar, l.highHip(), trunk));
        m.put(Measurement.HIP, girth(avatar, l.hip(), trunk));
        m.put(Measurement.NECK, girth(avatar, l.neck(), trunk));
        m.put(Measurement.THIGH, girth(avatar, l.thigh(), leg));
        m.put(Measurement.CALF, girth(avatar, l.calf(), leg));
        double[] shoulder = extentX(avatar, l.shoulder(), trunk);
        m.put(Measurement.SHOULDER_WIDTH, (shoulder[1] - shoulder[0]) * 100);
        m.put(Measurement.HEIGHT, maxY(avatar, Set.of(BodyPart.HEAD)) * 100);
        m.put(Measurement.INSEAM, minY(avatar, trunk) * 100);
        Joint s = avatar.skeleton().joint("shoulder_l");
        Joint w = avatar.skeleton().joint("wrist_l");
        m.put(Measurement.ARM_LENGTH, Math.sqrt(sq(s.x() - w.x()) + sq(s.y() - w.y()) + sq(s.z() - w.z())) * 100);
        return m;
    }

    /**
     * @param avatar a built avatar
     * @param y      height of the slice, metres
     * @param parts  the body parts to slice
     * @return the girth in cm: the perimeter of the convex hull of the slice
     */
    public static double girth(Avatar avatar, double y, Set<BodyPart> parts) {
        List<double[]> points = slice(avatar, y - EPSILON, parts);
        return ConvexHull.perimeter(points) * 100;
    }

    private static List<double[]> slice(Avatar avatar, double y, Set<BodyPart> parts) {
        AvatarMesh mesh = avatar.mesh();
        float[] p = mesh.positions();
        byte[] part = mesh.parts();
        List<double[]> points = new ArrayList<>();
        for (int[] tris : mesh.triangles().values()) {
            for (int t = 0; t < tris.length; t += 3) {
                if (!parts.contains(BodyPart.values()[part[tris[t]] - 1])) {
                    continue;
                }
                for (int e = 0; e < 3; e++) {
                    int a = tris[t + e];
                    int b = tris[t + (e + 1) % 3];
                    double ya = p[3 * a + 1];
                    double yb = p[3 * b + 1];
                    if ((ya - y) * (yb - y) < 0) {
                        double f = (y - ya) / (yb - ya);
                        points.add(new double[] { p[3 * a] + f * (p[3 * b] - p[3 * a]), p[3 * a + 2] + f * (p[3 * b + 2] - p[3 * a + 2]) });
                    }
                }
            }
        }
        return points;
    }

    private static double[] extentX(Avatar avatar, double y, Set<BodyPart> parts) {
        double min = Double.MAX_VALUE;
        double max = -Double.MAX_VALUE;
        for (double[] q : slice(avatar, y - EPSILON, parts)) {
            min = Math.min(min, q[0]);
            max = Math.max(max, q[0]);
        }
        return new double[] { min, max };
    }

    private static double maxY(Avatar avatar, Set<BodyPart> parts) {
        double max = -Double.MAX_VALUE;
        float[] p = avatar.mesh().positions();
        byte[] part = avatar.mesh().parts();
        for (int i = 0; i < part.length; i++) {
            if (parts.contains(BodyPart.values()[part[i] - 1])) {
                max = Math.max(max, p[3 * i + 1]);
            }
        }
        return max;
    }

    private static double minY(Avatar avatar, Set<BodyPart> parts) {
        double min = Double.MAX_VALUE;
        float[] p = avatar.mesh().positions();
        byte[] part = avatar.mesh().parts();
        for (int i = 0; i < part.length; i++) {
            if (parts.contains(BodyPart.values()[part[i] - 1])) {
                min = Math.min(min, p[3 * i + 1]);
            }
        }
        return min;
    }

    private static double sq(double v) {
        return v * v;
    }
}
