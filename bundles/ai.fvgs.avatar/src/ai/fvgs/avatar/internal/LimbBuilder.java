package ai.fvgs.avatar.internal;

import ai.fvgs.avatar.Landmarks;
import java.util.ArrayList;
import java.util.List;

import ai.fvgs.avatar.BodyPart;
import ai.fvgs.avatar.BodyTemplate;
import ai.fvgs.avatar.MaterialSlot;
import ai.fvgs.sdk.body.BodyMeasurements;
import ai.fvgs.sdk.body.Measurement;

/**
 * Arms, hands, legs and feet as closed swept tubes. Leg sections at the thigh and calf landmarks are scaled
 * to exactly the measured girths.
 */
final class LimbBuilder {

    static final int LEG_SEGMENTS = 56;
    static final int ARM_SEGMENTS = 40;
    private static final int HAND_SEGMENTS = 24;
    private static final int FOOT_SEGMENTS = 28;
    private static final double STEP = 0.012;

    /** A girth (metres) at a distance along the limb axis from its start. */
    private record Key(double along, double girth) {
    }

    private final Landmarks l;
    private final BodyMeasurements m;
    private final JointLayout joints;
    private final BodyTemplate template;

    LimbBuilder(Landmarks l, BodyMeasurements m, JointLayout joints, BodyTemplate template) {
        this.l = l;
        this.m = m;
        this.joints = joints;
        this.template = template;
    }

    void build(MeshBuilder mesh) {
        for (int side : new int[] { 1, -1 }) {
            String s = side > 0 ? "_l" : "_r";
            leg(mesh, s, side > 0 ? BodyPart.LEG_LEFT : BodyPart.LEG_RIGHT);
            foot(mesh, s, side > 0 ? BodyPart.FOOT_LEFT : BodyPart.FOOT_RIGHT);
            arm(mesh, s, side > 0 ? BodyPart.ARM_LEFT : BodyPart.ARM_RIGHT);
            hand(mesh, s, side > 0 ? BodyPart.HAND_LEFT : BodyPart.HAND_RIGHT);
        }
    }

    private void leg(MeshBuilder mesh, String s, BodyPart part) {
        double[] hip = joints.at("hip" + s);
        double top = l.hip();
        double thigh = m.get(Measurement.THIGH) / 100;
        double calf = m.get(Measurement.CALF) / 100;
        List<Key> keys = List.of(new Key(0, thigh * 0.9), new Key(top - l.crotch(), thigh * 1.03),
                new Key(top - l.thigh(), thigh), new Key(top - (l.thigh() + l.knee()) / 2, thigh * 0.8),
                new Key(top - l.knee(), thigh * 0.62), new Key(top - l.calf(), calf), new Key(top - l.ankle() - 0.03, calf * 0.62),
                new Key(top - l.ankle(), calf * 0.66));
        double[] start = { hip[0], top, hip[2] };
        double[] d = { 0, -1, 0 };
        String[] chain = { "hip" + s, "knee" + s, "ankle" + s };
        double kneeAlong = top - l.knee();
        double ankleAlong = top - l.ankle();
        tube(mesh, start, d, new double[] { 1, 0, 0 }, keys, 1.0, 0.97, LEG_SEGMENTS, part,
                along -> Rig.chain(chain, along < kneeAlong ? along / kneeAlong : 1 + (along - kneeAlong) / (ankleAlong - kneeAlong)));
    }

    private void arm(MeshBuilder mesh, String s, BodyPart part) {
        double bust = m.get(Measurement.BUST) / 100;
        double[] shoulder = joints.at("shoulder" + s);
        double[] wrist = joints.at("wrist" + s);
        double[] elbow = joints.at("elbow" + s);
        double length = Vectors.distance(shoulder, wrist);
        double[] d = Vectors.normalize(Vectors.sub(wrist, shoulder));
        double upper = bust * (template == BodyTemplate.MASCULINE ? 0.33 : 0.31);
        double elbowAlong = Vectors.distance(shoulder, elbow);
        double lead = 0.055; // the tube starts above the joint so the deltoid rounds over the shoulder
        double[] start = Vectors.sub(shoulder, Vectors.scale(d, lead));
        List<Key> keys = List.of(new Key(0, upper * 0.62), new Key(0.03, upper * 1.1), new Key(lead + 0.03, upper * 1.1),
                new Key(0.4 * elbowAlong + lead, upper), new Key(elbowAlong + lead, bust * 0.245),
                new Key(elbowAlong + 0.3 * (length - elbowAlong) + lead, bust * 0.25), new Key(length + lead, bust * 0.168));
        String[] chain = { "shoulder" + s, "elbow" + s, "wrist" + s };
        tube(mesh, start, d, new double[] { 0, 0, 1 }, keys, 1.0, 0.9, ARM_SEGMENTS, part, along -> Rig.chain(chain,
                along - lead < elbowAlong ? Math.max(0, along - lead) / elbowAlong : 1 + (along - lead - elbowAlong) / (length - elbowAlong)));
    }

    private void hand(MeshBuilder mesh, String s, BodyPart part) {
        double[] wrist = joints.at("wrist" + s);
        double[] handJoint = joints.at("hand" + s);
        double[] d = Vectors.normalize(Vectors.sub(handJoint, wrist));
        double length = 0.108 * l.height();
        double width = 0.047 * l.height() * (template == BodyTemplate.MASCULINE ? 1.08 : 1.0);
        List<Section> sections = new ArrayList<>();
        double[] u = { 0, 0, 1 };
        int steps = 16;
        for (int i = 0; i <= steps; i++) {
            double t = (double) i / steps;
            double w = width / 2 * (t < 0.15 ? 0.75 + t / 0.15 * 0.25 : t < 0.55 ? 1 : 1 - 0.45 * Math.pow((t - 0.55) / 0.45, 1.5));
            double thick = 0.014 * (t < 0.5 ? 1.1 : 1.1 - 0.5 * (t - 0.5));
            sections.add(Section.across(Vectors.add(wrist, Vectors.scale(d, -0.01 + t * length)), d, u, w, thick, thick, 2.6));
        }
        double[] startCap = Vectors.add(wrist, Vectors.scale(d, -0.018));
        double[] endCap = Vectors.add(wrist, Vectors.scale(d, length + 0.006));
        String[] chain = { "wrist" + s, "hand" + s };
        Sweep.tube(mesh, sections, HAND_SEGMENTS, startCap, endCap, part, MaterialSlot.SKIN,
                i -> Rig.chain(chain, i < 0 ? 0 : Math.min(1, (double) i / steps * 1.6)));
    }

    private void foot(MeshBuilder mesh, String s, BodyPart part) {
        double[] ankle = joints.at("ankle" + s);
        double length = 0.152 * l.height();
        double heel = ankle[2] - 0.045;
        double width = 0.055 * l.height();
        List<Section> sections = new ArrayList<>();
        double[] d = { 0, 0, 1 };
        double[] u = { Math.signum(ankle[0]), 0, 0 };
        int steps = 20;
        for (int i = 0; i <= steps; i++) {
            double t = (double) i / steps;
            double w = width / 2 * (t < 0.25 ? 0.62 + 0.38 * t / 0.25 : t < 0.72 ? 1 : 1 - 0.55 * Math.pow((t - 0.72) / 0.28, 2));
            double h = (t < 0.35 ? l.ankle() + 0.02 : l.ankle() + 0.02 - (t - 0.35) / 0.65 * (l.ankle() - 0.008)) / 2;
            double[] c = { ankle[0] + Math.signum(ankle[0]) * 0.008 * t, h, heel + t * length };
            sections.add(new Section(c, u, Vectors.cross(u, d), w, h, h, 2.4, 0, 1));
        }
        double[] startCap = { ankle[0], sections.get(0).centre()[1], heel - 0.006 };
        double[] endCap = { ankle[0] + Math.signum(ankle[0]) * 0.008, sections.get(steps).centre()[1], heel + length + 0.004 };
        String[] chain = { "ankle" + s, "toe" + s };
        Sweep.tube(mesh, sections, FOOT_SEGMENTS, startCap, endCap, part, MaterialSlot.SKIN,
                i -> Rig.chain(chain, i < 0 ? 0 : Math.clamp(((double) i / steps - 0.55) / 0.2, 0, 1)));
    }

    /** A tube along {@code d} from {@code start}, through girth keys; sections fall exactly on every key. */
    private static void tube(MeshBuilder mesh, double[] start, double[] d, double[] u, List<Key> keys, double a, double depth,
            int segments, BodyPart part, java.util.function.DoubleFunction<MeshBuilder.Influence> influence) {
        List<Section> sections = new ArrayList<>();
        List<Double> along = new ArrayList<>();
        for (int k = 0; k < keys.size() - 1; k++) {
            double a0 = keys.get(k).along();
            double a1 = keys.get(k + 1).along();
            int steps = Math.max(1, (int) Math.round((a1 - a0) / STEP));
            for (int i = 0; i < steps; i++) {
                double t = (double) i / steps;
                double g = TorsoBuilder.hermite(keys.get(Math.max(0, k - 1)).girth(), keys.get(k).girth(), keys.get(k + 1).girth(),
                        keys.get(Math.min(keys.size() - 1, k + 2)).girth(), t);
                double x = a0 + (a1 - a0) * t;
                sections.add(Section.across(Vectors.add(start, Vectors.scale(d, x)), d, u, a, depth, depth, 2.0)
                        .withPerimeter(g, segments));
                along.add(x);
            }
        }
        Key last = keys.get(keys.size() - 1);
        sections.add(Section.across(Vectors.add(start, Vectors.scale(d, last.along())), d, u, a, depth, depth, 2.0)
                .withPerimeter(last.girth(), segments));
        along.add(last.along());
        double[] startCap = Vectors.add(start, Vectors.scale(d, -0.01));
        double[] endCap = Vectors.add(start, Vectors.scale(d, last.along() + 0.008));
        Sweep.tube(mesh, sections, segments, startCap, endCap, part, MaterialSlot.SKIN,
                i -> influence.apply(i < 0 ? 0 : along.get(Math.min(i, along.size() - 1))));
    }
}
