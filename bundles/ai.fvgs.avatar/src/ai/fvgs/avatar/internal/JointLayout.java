package ai.fvgs.avatar.internal;

import ai.fvgs.avatar.Landmarks;
import java.util.ArrayList;
import java.util.List;

import ai.fvgs.avatar.Joint;
import ai.fvgs.avatar.Skeleton;
import ai.fvgs.sdk.body.BodyMeasurements;
import ai.fvgs.sdk.body.Measurement;

/**
 * Where the joints are in the rest pose: arms hanging with a slight abduction, legs straight, feet flat.
 * Lengths come from the measurements (arm length, inseam, height) and stature proportions.
 */
final class JointLayout {

    /** Arm abduction from vertical in the rest pose, radians. */
    static final double ABDUCTION = Math.toRadians(9);

    private final double[][] positions = new double[Skeleton.NAMES.size()][];

    JointLayout(Landmarks l, BodyMeasurements m, double hipHalfWidth) {
        double h = l.height();
        double sw = m.get(Measurement.SHOULDER_WIDTH) / 100;
        double arm = m.get(Measurement.ARM_LENGTH) / 100;
        put("pelvis", 0, l.hip(), 0);
        put("spine", 0, l.waist(), -0.01);
        put("chest", 0, l.bust(), -0.015);
        put("neck", 0, l.neckBase(), -0.015);
        put("head", 0, l.chin() + 0.01, 0.0);
        for (int side : new int[] { 1, -1 }) {
            String s = side > 0 ? "_l" : "_r";
            double[] shoulder = { side * (sw / 2 - 0.035), l.shoulder() - 0.035, -0.012 };
            double[] dir = { side * Math.sin(ABDUCTION), -Math.cos(ABDUCTION), 0 };
            put("clavicle" + s, side * 0.02, l.neckBase() - 0.02, -0.005);
            put("shoulder" + s, shoulder);
            put("elbow" + s, Vectors.add(shoulder, Vectors.scale(dir, arm * 0.56)));
            put("wrist" + s, Vectors.add(shoulder, Vectors.scale(dir, arm)));
            put("hand" + s, Vectors.add(shoulder, Vectors.scale(dir, arm + 0.108 * h * 0.55)));
            double x = side * hipHalfWidth * 0.5;
            put("hip" + s, x, l.crotch() + 0.045 * h, 0);
            put("knee" + s, x, l.knee(), 0.005);
            put("ankle" + s, x, l.ankle(), -0.005);
            put("toe" + s, x * 1.05, 0.012, 0.152 * h * 0.62);
        }
    }

    private void put(String name, double x, double y, double z) {
        positions[Skeleton.index(name)] = new double[] { x, y, z };
    }

    private void put(String name, double[] p) {
        positions[Skeleton.index(name)] = p.clone();
    }

    double[] at(String name) {
        return positions[Skeleton.index(name)].clone();
    }

    Skeleton skeleton() {
        int[] parents = { -1, 0, 1, 2, 3, 2, 5, 6, 7, 8, 2, 10, 11, 12, 13, 0, 15, 16, 17, 0, 19, 20, 21 };
        List<Joint> joints = new ArrayList<>();
        for (int i = 0; i < positions.length; i++) {
            double[] p = positions[i];
            joints.add(new Joint(Skeleton.NAMES.get(i), parents[i], p[0], p[1], p[2]));
        }
        return new Skeleton(joints);
    }
}
