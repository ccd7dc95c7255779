package ai.fvgs.avatar.internal;

import ai.fvgs.avatar.Landmarks;
import java.util.ArrayList;
import java.util.List;

import ai.fvgs.avatar.BodyPart;
import ai.fvgs.avatar.BodyTemplate;
import ai.fvgs.avatar.MaterialSlot;
import ai.fvgs.avatar.Skeleton;
import ai.fvgs.sdk.body.BodyMeasurements;
import ai.fvgs.sdk.body.Measurement;

/**
 * The trunk as one closed swept surface from the crotch to the top of the head: key cross-sections at the
 * measured levels are scaled so their girth (the length of the tape around them) is exactly the
 * measurement; sections in between are interpolated smoothly through them.
 */
final class TorsoBuilder {

    static final int SEGMENTS = 96;

    /** A key cross-section at a height; girth 0 means "not measured: use a and depths as given". */
    private record Key(double y, double girthCm, double a, double front, double back, double n, double z) {
    }

    private final Landmarks l;
    private final BodyMeasurements m;
    private final BodyTemplate template;

    TorsoBuilder(Landmarks landmarks, BodyMeasurements measurements, BodyTemplate template) {
        this.l = landmarks;
        this.m = measurements;
        this.template = template;
    }

    /** @return semi-width (metres) of the hip section, where the legs are placed */
    double hipHalfWidth() {
        return section(keys().get(2)).a();
    }

    void build(MeshBuilder mesh, HeadShape head) {
        List<Key> keys = keys();
        List<Section> sections = new ArrayList<>();
        List<Double> heights = new ArrayList<>();
        for (int k = 0; k < keys.size() - 1; k++) {
            Key a = keys.get(k);
            Key b = keys.get(k + 1);
            int steps = Math.max(2, (int) Math.round((b.y() - a.y()) / 0.012));
            for (int s = 0; s < steps; s++) {
                double t = (double) s / steps;
                sections.add(interpolate(keys, k, t));
                heights.add(a.y() + (b.y() - a.y()) * t);
            }
        }
        sections.add(section(keys.get(keys.size() - 1)));
        heights.add(keys.get(keys.size() - 1).y());
        head.appendTo(sections, heights);
        Rig rig = new Rig(l);
        int first = mesh.vertexCount();
        Sweep.tube(mesh, sections, SEGMENTS, new double[] { 0, l.crotch() - 0.004, 0 }, head.top(), BodyPart.TORSO,
                MaterialSlot.SKIN, i -> rig.spine(i < 0 ? l.crotch() : heights.get(Math.min(i, heights.size() - 1))));
        mesh.relabelAbove(first, mesh.vertexCount(), l.neck() + 0.01, BodyPart.HEAD);
    }

    private List<Key> keys() {
        boolean fem = template == BodyTemplate.FEMININE;
        boolean masc = template == BodyTemplate.MASCULINE;
        double bustFront = fem ? 1.25 : masc ? 1.0 : 1.1;
        double bustBack = fem ? 0.82 : masc ? 0.95 : 0.9;
        double hipBack = fem ? 1.15 : 1.05;
        double sw = m.get(Measurement.SHOULDER_WIDTH) / 100;
        double hip = m.get(Measurement.HIP);
        double bust = m.get(Measurement.BUST);
        double neck = m.get(Measurement.NECK);
        List<Key> keys = new ArrayList<>();
        keys.add(new Key(l.crotch(), hip * 0.55, 1, 0.60, 0.60, 2.2, 0));
        keys.add(new Key(l.crotch() + 0.35 * (l.hip() - l.crotch()), hip * 0.93, 1, 0.66, 0.74, 2.3, 0));
        keys.add(new Key(l.hip(), hip, 1, 0.64, 0.64 * hipBack, 2.3, 0));
        keys.add(new Key(l.highHip(), m.get(Measurement.HIGH_HIP), 1, 0.68, 0.68, 2.25, 0));
        keys.add(new Key(l.waist(), m.get(Measurement.WAIST), 1, 0.74, 0.72, 2.2, 0.002));
        keys.add(new Key(l.underbust(), m.get(Measurement.UNDERBUST), 1, 0.74, 0.76, 2.3, 0));
        keys.add(new Key(l.bust(), bust, 1, 0.76 * bustFront, 0.76 * bustBack, 2.4, 0));
        keys.add(new Key(l.armpit(), bust * (fem ? 0.97 : 1.0), 1, 0.74, 0.78, 2.5, -0.004));
        keys.add(new Key(l.shoulder() - 0.012, 0, sw / 2 - 0.012, sw * 0.15, sw * 0.17, 2.8, -0.01));
        keys.add(new Key(l.shoulder(), 0, sw / 2, sw * 0.14, sw * 0.16, 2.6, -0.01));
        keys.add(new Key(l.shoulder() + 0.55 * (l.neckBase() - l.shoulder()), 0, sw * 0.3, sw * 0.12, sw * 0.14, 2.3, -0.012));
        keys.add(new Key(l.neckBase(), neck * 1.12, 1, 0.86, 0.90, 2.1, -0.012));
        keys.add(new Key(l.neck(), neck, 1, 0.94, 0.94, 2.0, -0.008));
        return keys;
    }

    private static Section section(Key k) {
        Section s = Section.horizontal(0, k.y(), k.z(), k.a(), k.front(), k.back(), k.n());
        return k.girthCm() > 0 ? s.withPerimeter(k.girthCm() / 100, SEGMENTS) : s;
    }

    /** Smooth (Hermite, Catmull-Rom tangents) interpolation of the scaled key sections. */
    private static Section interpolate(List<Key> keys, int k, double t) {
        Section p0 = section(keys.get(Math.max(0, k - 1)));
        Section p1 = section(keys.get(k));
        Section p2 = section(keys.get(k + 1));
        Section p3 = section(keys.get(Math.min(keys.size() - 1, k + 2)));
        double y = keys.get(k).y() + (keys.get(k + 1).y() - keys.get(k).y()) * t;
        return Section.horizontal(0, y, hermite(p0.centre()[2], p1.centre()[2], p2.centre()[2], p3.centre()[2], t),
                Math.max(0.01, hermite(p0.a(), p1.a(), p2.a(), p3.a(), t)),
                Math.max(0.01, hermite(p0.front(), p1.front(), p2.front(), p3.front(), t)),
                Math.max(0.01, hermite(p0.back(), p1.back(), p2.back(), p3.back(), t)),
                p1.n() + (p2.n() - p1.n()) * t);
    }

    /** Cubic Hermite with Catmull-Rom tangents, clamped between the two middle values to avoid overshoot. */
    static double hermite(double p0, double p1, double p2, double p3, double t) {
        double m1 = (p2 - p0) / 2;
        double m2 = (p3 - p1) / 2;
        double t2 = t * t;
        double t3 = t2 * t;
        double v = (2 * t3 - 3 * t2 + 1) * p1 + (t3 - 2 * t2 + t) * m1 + (-2 * t3 + 3 * t2) * p2 + (t3 - t2) * m2;
        return Math.clamp(v, Math.min(p1, p2), Math.max(p1, p2));
    }

    static int joint(String name) {
        return Skeleton.index(name);
    }
}
