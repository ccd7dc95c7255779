package ai.fvgs.motion;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import ai.fvgs.avatar.Joint;
import ai.fvgs.avatar.Skeleton;
import ai.fvgs.motion.internal.BvhParser;
import ai.fvgs.motion.internal.BvhSkeleton;
import ai.fvgs.motion.internal.Vec;

/**
 * A motion-capture clip from a BVH file, retargeted onto the avatar's skeleton. Joints are matched by the
 * usual names (Hips, Spine, Spine1, Neck, Head, LeftArm, LeftForeArm, LeftHand, LeftUpLeg, LeftLeg,
 * LeftFoot, LeftToeBase, ... with or without a {@code mixamorig:} style prefix). Each bone takes the
 * direction it has in the capture, whatever the capture's rest pose (a T-pose capture drives the avatar's
 * arms-down rest pose correctly); twist about the bone is taken from the body's left-right axis. The root
 * translation is scaled by the ratio of hip heights.
 */
public final class BvhClip implements MotionClip {

    /** Our bone (joint, child) and the BVH names that may stand for the joint and the child, in order of preference. */
    private static final String[][] BONES = {
            { "pelvis", "spine", "hips|pelvis|root", "spine|spine1|chest|abdomen" },
            { "spine", "chest", "spine|spine1|abdomen", "spine1|spine2|chest|neck" },
            { "chest", "neck", "spine1|spine2|chest|chest2", "neck|neck1" },
            { "neck", "head", "neck|neck1", "head" },
            { "shoulder_l", "elbow_l", "leftarm|leftupperarm|lshoulder|l_upperarm", "leftforearm|leftlowerarm|lforearm|l_forearm" },
            { "elbow_l", "wrist_l", "leftforearm|leftlowerarm|lforearm|l_forearm", "lefthand|lhand|l_hand" },
            { "shoulder_r", "elbow_r", "rightarm|rightupperarm|rshoulder|r_upperarm", "rightforearm|rightlowerarm|rforearm|r_forearm" },
            { "elbow_r", "wrist_r", "rightforearm|rightlowerarm|rforearm|r_forearm", "righthand|rhand|r_hand" },
            { "hip_l", "knee_l", "leftupleg|leftthigh|lthigh|lhip|l_thigh", "leftleg|leftshin|lshin|lknee|l_calf" },
            { "knee_l", "ankle_l", "leftleg|leftshin|lshin|lknee|l_calf", "leftfoot|lfoot|l_foot" },
            { "ankle_l", "toe_l", "leftfoot|lfoot|l_foot", "lefttoebase|lefttoe|ltoe|l_toe" },
            { "hip_r", "knee_r", "rightupleg|rightthigh|rthigh|rhip|r_thigh", "rightleg|rightshin|rshin|rknee|r_calf" },
            { "knee_r", "ankle_r", "rightleg|rightshin|rshin|rknee|r_calf", "rightfoot|rfoot|r_foot" },
            { "ankle_r", "toe_r", "rightfoot|rfoot|r_foot", "righttoebase|righttoe|rtoe|r_toe" } };

    private final Skeleton skeleton;
    private final BvhSkeleton bvh;
    private final int[][] mapped;
    private final int hips;
    private final int[] leftRight;
    private final double scale;

    private BvhClip(Skeleton skeleton, BvhSkeleton bvh, String source) {
        this.skeleton = skeleton;
        this.bvh = bvh;
        Map<String, Integer> byName = new HashMap<>();
        for (int i = 0; i < bvh.joints().size(); i++) {
            byName.putIfAbsent(bvh.joints().get(i).name().toLowerCase(Locale.ROOT), i);
        }
        mapped = new int[BONES.length][];
        for (int b = 0; b < BONES.length; b++) {
            Integer from = find(byName, BONES[b][2]);
            Integer to = find(byName, BONES[b][3]);
            mapped[b] = from == null || to == null ? null : new int[] { from, to };
        }
        Integer hipsIndex = find(byName, "hips|pelvis|root");
        Integer left = find(byName, "leftupleg|leftthigh|lthigh|lhip|l_thigh");
        Integer right = find(byName, "rightupleg|rightthigh|rthigh|rhip|r_thigh");
        if (hipsIndex == null || left == null || right == null) {
            throw new IllegalArgumentException(source + ": cannot map the skeleton: need joints named like Hips, LeftUpLeg and RightUpLeg; "
                    + "found " + bvh.joints().stream().map(BvhSkeleton.BvhJoint::name).toList());
        }
        this.hips = hipsIndex;
        this.leftRight = new int[] { left, right };
        double[] rest = bvh.positions(0);
        double bvhLeg = legLength(rest);
        double ourLeg = skeleton.joint("pelvis").y() - skeleton.joint("ankle_l").y();
        this.scale = ourLeg / bvhLeg;
    }

    /**
     * @param file     a .bvh file
     * @param skeleton the avatar skeleton to drive
     * @return the clip
     * @throws IOException              if the file cannot be read
     * @throws IllegalArgumentException naming the file and line of a format error, or the joints it lacks
     */
    public static BvhClip read(Path file, Skeleton skeleton) throws IOException {
        String text = Files.readString(file, StandardCharsets.ISO_8859_1);
        return parse(file.toString(), text, skeleton);
    }

    /**
     * @param source   name for messages
     * @param text     BVH content
     * @param skeleton the avatar skeleton to drive
     * @return the clip
     */
    public static BvhClip parse(String source, String text, Skeleton skeleton) {
        return new BvhClip(skeleton, BvhParser.parse(source, text), source);
    }

    @Override
    public double duration() {
        return (bvh.frameCount() - 1) * bvh.frameTime();
    }

    @Override
    public Pose sample(double seconds) {
        int frame = (int) Math.clamp(Math.round(seconds / bvh.frameTime()), 0, bvh.frameCount() - 1);
        double[] p = bvh.positions(frame);
        double[] side = Vec.unit(Vec.sub(at(p, leftRight[0]), at(p, leftRight[1])));
        Quat[] global = new Quat[Skeleton.NAMES.size()];
        for (int b = 0; b < BONES.length; b++) {
            if (mapped[b] == null) {
                continue;
            }
            Joint j = skeleton.joint(BONES[b][0]);
            Joint c = skeleton.joint(BONES[b][1]);
            double[] bindDir = { c.x() - j.x(), c.y() - j.y(), c.z() - j.z() };
            double[] nowDir = Vec.sub(at(p, mapped[b][1]), at(p, mapped[b][0]));
            global[Skeleton.index(BONES[b][0])] = frame(nowDir, side).mul(frame(bindDir, new double[] { 1, 0, 0 }).conjugate());
        }
        Quat[] local = new Quat[global.length];
        List<Joint> joints = skeleton.joints();
        Quat[] resolved = new Quat[global.length];
        for (int i = 0; i < joints.size(); i++) {
            int parent = joints.get(i).parent();
            Quat parentGlobal = parent < 0 ? Quat.IDENTITY : resolved[parent];
            resolved[i] = global[i] != null ? global[i] : parentGlobal;
            local[i] = parentGlobal.conjugate().mul(resolved[i]);
        }
        double[] h = at(p, hips);
        double[] h0 = at(bvh.positions(0), hips);
        Joint pelvis = skeleton.joint("pelvis");
        double[] root = { pelvis.x() + (h[0] - h0[0]) * scale, pelvis.y() + (h[1] - h0[1]) * scale, pelvis.z() + (h[2] - h0[2]) * scale };
        return new Pose(root, local);
    }

    private double legLength(double[] rest) {
        for (int b = 8; b <= 9; b++) {
            if (mapped[b] == null) {
                throw new IllegalArgumentException("the BVH skeleton has no left leg (LeftUpLeg, LeftLeg, LeftFoot)");
            }
        }
        return Vec.length(Vec.sub(at(rest, mapped[8][0]), at(rest, mapped[8][1]))) + Vec.length(Vec.sub(at(rest, mapped[9][0]), at(rest, mapped[9][1])));
    }

    /** Rotation whose y axis is along {@code dir} and whose x axis is as close to {@code side} as possible. */
    private static Quat frame(double[] dir, double[] side) {
        double[] y = Vec.unit(dir);
        double[] x = Vec.sub(side, Vec.scale(y, Vec.dot(side, y)));
        if (Vec.length(x) < 1e-6) {
            x = Math.abs(y[2]) < 0.9 ? new double[] { y[1], -y[0], 0 } : new double[] { 1, 0, 0 };
        }
        x = Vec.unit(x);
        double[] z = { x[1] * y[2] - x[2] * y[1], x[2] * y[0] - x[0] * y[2], x[0] * y[1] - x[1] * y[0] };
        return Quat.fromAxes(x, y, z);
    }

    private static Integer find(Map<String, Integer> byName, String names) {
        for (String n : names.split("\\|")) {
            Integer i = byName.get(n);
            if (i != null) {
                return i;
            }
        }
        return null;
    }

    private static double[] at(double[] p, int j) {
        return new double[] { p[3 * j], p[3 * j + 1], p[3 * j + 2] };
    }





}
