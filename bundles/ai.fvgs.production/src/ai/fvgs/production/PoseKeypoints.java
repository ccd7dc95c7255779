package ai.fvgs.production;

import java.util.List;

import ai.fvgs.avatar.Avatar;
import ai.fvgs.avatar.AvatarMesh;
import ai.fvgs.avatar.BodyPart;
import ai.fvgs.avatar.Joint;
import ai.fvgs.avatar.MaterialSlot;
import ai.fvgs.avatar.Skeleton;
import ai.fvgs.motion.Quat;
import ai.fvgs.motion.WorldPose;

/**
 * The 18 body keypoints of the OpenPose COCO layout ({@code pose_keypoints_2d} of OpenPose's COCO model, the
 * layout that ControlNet-style pose conditioning and DWPose skeleton images use), computed from the avatar's
 * skeleton and face. "Right" and "left" are the model's own sides. Joints come from the skeleton (the neck is
 * the base of the neck); nose, eyes and ears are points of the head's surface found in the bind pose (tip of
 * the nose, centres of the irises, the head's widest points at eye level) and carried rigidly by the head joint.
 */
public final class PoseKeypoints {

    /** Keypoint names in index order. */
    public static final List<String> NAMES = List.of("nose", "neck", "right_shoulder", "right_elbow", "right_wrist",
            "left_shoulder", "left_elbow", "left_wrist", "right_hip", "right_knee", "right_ankle", "left_hip", "left_knee",
            "left_ankle", "right_eye", "left_eye", "right_ear", "left_ear");

    /** Number of keypoints. */
    public static final int COUNT = 18;

    /** The 17 limbs OpenPose draws, as pairs of keypoint indices, in its drawing order. */
    public static final int[][] LIMBS = { { 1, 2 }, { 1, 5 }, { 2, 3 }, { 3, 4 }, { 5, 6 }, { 6, 7 }, { 1, 8 }, { 8, 9 },
            { 9, 10 }, { 1, 11 }, { 11, 12 }, { 12, 13 }, { 1, 0 }, { 0, 14 }, { 14, 16 }, { 0, 15 }, { 15, 17 } };

    /** OpenPose's colours, {@code 0xRRGGBB}, one per keypoint; limb {@code i} uses colour {@code i}. */
    public static final int[] COLOURS = { 0xFF0000, 0xFF5500, 0xFFAA00, 0xFFFF00, 0xAAFF00, 0x55FF00, 0x00FF00, 0x00FF55,
            0x00FFAA, 0x00FFFF, 0x00AAFF, 0x0055FF, 0x0000FF, 0x5500FF, 0xAA00FF, 0xFF00FF, 0xFF00AA, 0xFF0055 };

    private static final String[] JOINTS = { null, "neck", "shoulder_r", "elbow_r", "wrist_r", "shoulder_l", "elbow_l",
            "wrist_l", "hip_r", "knee_r", "ankle_r", "hip_l", "knee_l", "ankle_l", null, null, null, null };

    private final int[] joint = new int[COUNT];
    private final int head;
    private final Joint headBind;
    /** bind-pose positions of nose, right eye, left eye, right ear, left ear */
    private final double[][] face = new double[5][];

    /** @param avatar the model whose keypoints to compute */
    public PoseKeypoints(Avatar avatar) {
        for (int i = 0; i < COUNT; i++) {
            joint[i] = JOINTS[i] == null ? -1 : Skeleton.index(JOINTS[i]);
        }
        head = Skeleton.index("head");
        headBind = avatar.skeleton().joints().get(head);
        AvatarMesh mesh = avatar.mesh();
        float[] p = mesh.positions();
        face[1] = irisCentre(mesh, -1);
        face[2] = irisCentre(mesh, 1);
        double eyeY = (face[1][1] + face[2][1]) / 2;
        double[] nose = null;
        double[] rightEar = null;
        double[] leftEar = null;
        byte headId = (byte) BodyPart.HEAD.id();
        for (int v = 0; v < mesh.vertexCount(); v++) {
            if (mesh.parts()[v] != headId) {
                continue;
            }
            double x = p[3 * v], y = p[3 * v + 1], z = p[3 * v + 2];
            if (Math.abs(x) < 0.012 && y < eyeY && y > eyeY - 0.08 && (nose == null || z > nose[2])) {
                nose = new double[] { x, y, z };
            }
            if (Math.abs(y - eyeY) < 0.02) {
                if (rightEar == null || x < rightEar[0]) {
                    rightEar = new double[] { x, y, z };
                }
                if (leftEar == null || x > leftEar[0]) {
                    leftEar = new double[] { x, y, z };
                }
            }
        }
        if (nose == null || rightEar == null || leftEar == null) {
            throw new IllegalStateException("the avatar's head has no nose or ears at eye level");
        }
        face[0] = nose;
        face[3] = rightEar;
        face[4] = leftEar;
    }

    /** @param side -1 right (-x), +1 left (+x) */
    private static double[] irisCentre(AvatarMesh mesh, int side) {
        int[] tris = mesh.triangles().get(MaterialSlot.IRIS);
        if (tris == null || tris.length == 0) {
            throw new IllegalStateException("the avatar has no irises");
        }
        float[] p = mesh.positions();
        double sx = 0, sy = 0, sz = 0;
        int n = 0;
        for (int v : tris) {
            if (Math.signum(p[3 * v]) == side) {
                sx += p[3 * v];
                sy += p[3 * v + 1];
                sz += p[3 * v + 2];
                n++;
            }
        }
        if (n == 0) {
            throw new IllegalStateException("the avatar has no " + (side < 0 ? "right" : "left") + " iris");
        }
        return new double[] { sx / n, sy / n, sz / n };
    }

    /**
     * @param pose the posed skeleton
     * @return world positions, {@code x, y, z} per keypoint
     */
    public double[] world(WorldPose pose) {
        double[] out = new double[3 * COUNT];
        for (int i = 0; i < COUNT; i++) {
            if (joint[i] >= 0) {
                double[] j = pose.position(joint[i]);
                System.arraycopy(j, 0, out, 3 * i, 3);
            }
        }
        Quat r = pose.rotation(head);
        double[] h = pose.position(head);
        int[] faceKeypoints = { 0, 14, 15, 16, 17 };
        for (int k = 0; k < 5; k++) {
            double[] local = { face[k][0] - headBind.x(), face[k][1] - headBind.y(), face[k][2] - headBind.z() };
            double[] w = r.rotate(local);
            int i = faceKeypoints[k];
            out[3 * i] = h[0] + w[0];
            out[3 * i + 1] = h[1] + w[1];
            out[3 * i + 2] = h[2] + w[2];
        }
        return out;
    }
}
