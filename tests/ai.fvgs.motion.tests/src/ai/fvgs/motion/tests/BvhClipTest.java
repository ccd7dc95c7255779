package ai.fvgs.motion.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import ai.fvgs.avatar.Avatar;
import ai.fvgs.avatar.AvatarBuilder;
import ai.fvgs.avatar.AvatarProfile;
import ai.fvgs.avatar.BodyShape;
import ai.fvgs.avatar.BodyTemplate;
import ai.fvgs.avatar.SizeClass;
import ai.fvgs.avatar.Skeleton;
import ai.fvgs.motion.BvhClip;
import ai.fvgs.motion.WorldPose;

/** A T-pose motion-capture clip in centimetres drives the avatar's arms-down skeleton. */
class BvhClipTest {

    /** CMU-style hierarchy in cm, T-pose at rest; channels: hips 6, every other joint 3 (Z X Y rotation). */
    private static final String HIERARCHY = """
            HIERARCHY
            ROOT Hips
            {
              OFFSET 0 0 0
              CHANNELS 6 Xposition Yposition Zposition Zrotation Xrotation Yrotation
              JOINT Spine { OFFSET 0 10 0 CHANNELS 3 Zrotation Xrotation Yrotation
                JOINT Spine1 { OFFSET 0 15 0 CHANNELS 3 Zrotation Xrotation Yrotation
                  JOINT Neck { OFFSET 0 25 0 CHANNELS 3 Zrotation Xrotation Yrotation
                    JOINT Head { OFFSET 0 10 0 CHANNELS 3 Zrotation Xrotation Yrotation End Site { OFFSET 0 15 0 } }
                  }
                  JOINT LeftArm { OFFSET 18 22 0 CHANNELS 3 Zrotation Xrotation Yrotation
                    JOINT LeftForeArm { OFFSET 28 0 0 CHANNELS 3 Zrotation Xrotation Yrotation
                      JOINT LeftHand { OFFSET 25 0 0 CHANNELS 3 Zrotation Xrotation Yrotation End Site { OFFSET 8 0 0 } }
                    }
                  }
                  JOINT RightArm { OFFSET -18 22 0 CHANNELS 3 Zrotation Xrotation Yrotation
                    JOINT RightForeArm { OFFSET -28 0 0 CHANNELS 3 Zrotation Xrotation Yrotation
                      JOINT RightHand { OFFSET -25 0 0 CHANNELS 3 Zrotation Xrotation Yrotation End Site { OFFSET -8 0 0 } }
                    }
                  }
                }
              }
              JOINT LeftUpLeg { OFFSET 9 -5 0 CHANNELS 3 Zrotation Xrotation Yrotation
                JOINT LeftLeg { OFFSET 0 -42 0 CHANNELS 3 Zrotation Xrotation Yrotation
                  JOINT LeftFoot { OFFSET 0 -40 0 CHANNELS 3 Zrotation Xrotation Yrotation
                    JOINT LeftToeBase { OFFSET 0 -5 14 CHANNELS 3 Zrotation Xrotation Yrotation End Site { OFFSET 0 0 4 } }
                  }
                }
              }
              JOINT RightUpLeg { OFFSET -9 -5 0 CHANNELS 3 Zrotation Xrotation Yrotation
                JOINT RightLeg { OFFSET 0 -42 0 CHANNELS 3 Zrotation Xrotation Yrotation
                  JOINT RightFoot { OFFSET 0 -40 0 CHANNELS 3 Zrotation Xrotation Yrotation
                    JOINT RightToeBase { OFFSET 0 -5 14 CHANNELS 3 Zrotation Xrotation Yrotation End Site { OFFSET 0 0 4 } }
                  }
                }
              }
            }
            MOTION
            Frames: 3
            Frame Time: 0.0333333
            """;

    /** 18 joints after the root: 6 + 18*3 = 60 values per frame, ordered as in the hierarchy. */
    private static String frame(double hipsZ, double leftKnee) {
        double[] v = new double[60];
        v[1] = 90;
        v[2] = hipsZ;
        int leftLeg = 6 + 3 * 11; // Spine Spine1 Neck Head LeftArm LeftForeArm LeftHand RightArm RightForeArm RightHand LeftUpLeg, then LeftLeg
        v[leftLeg + 1] = leftKnee; // X rotation of the knee
        StringBuilder b = new StringBuilder();
        for (double d : v) {
            b.append(d).append(' ');
        }
        return b.toString().trim() + "\n";
    }

    private final Avatar avatar = AvatarBuilder.build(AvatarProfile.preset(BodyTemplate.FEMININE, SizeClass.M, BodyShape.HOURGLASS));

    @Test
    void retargetsTPoseCaptureOntoTheAvatar() {
        String bvh = HIERARCHY + frame(0, 0) + frame(0, 90) + frame(100, 0);
        BvhClip clip = BvhClip.parse("walk.bvh", bvh, avatar.skeleton());
        assertEquals(2 * 0.0333333, clip.duration(), 1e-9);

        WorldPose rest = clip.sample(0).world(avatar.skeleton());
        double[] shoulder = rest.position(Skeleton.index("shoulder_l"));
        double[] elbow = rest.position(Skeleton.index("elbow_l"));
        assertEquals(shoulder[1], elbow[1], 0.01, "T-pose capture: the upper arm is horizontal");
        assertTrue(elbow[0] > shoulder[0] + 0.2, "and points to the model's left (+X)");
        assertEquals(0, angle(rest, "hip_l", "knee_l", "ankle_l"), 3, "straight leg at rest");

        WorldPose bent = clip.sample(0.0333333).world(avatar.skeleton());
        assertEquals(90, angle(bent, "hip_l", "knee_l", "ankle_l"), 3, "knee bent 90 degrees as captured");
        assertEquals(0, angle(bent, "hip_r", "knee_r", "ankle_r"), 3, "the other leg stays straight");

        double[] moved = clip.sample(1).world(avatar.skeleton()).position(0);
        double expected = 100 * (avatar.skeleton().joint("pelvis").y() - avatar.skeleton().joint("ankle_l").y()) / 82.0;
        assertEquals(expected, moved[2] - avatar.skeleton().joint("pelvis").z(), 0.01,
                "root translation scaled from capture units (cm, 82 cm legs) to the avatar's leg length");
    }

    @Test
    void formatErrorsNameTheFileAndLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> BvhClip.parse("broken.bvh", HIERARCHY + "0 0 zero\n", avatar.skeleton()));
        assertTrue(e.getMessage().startsWith("broken.bvh:") && e.getMessage().contains("found 'zero'"), e.getMessage());
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> BvhClip.parse("bird.bvh", "HIERARCHY\nROOT Body\n{\nOFFSET 0 0 0\nCHANNELS 3 Xposition Yposition Zposition\n}\n"
                        + "MOTION\nFrames: 1\nFrame Time: 0.04\n0 0 0\n", avatar.skeleton()));
        assertTrue(missing.getMessage().contains("need joints named like Hips, LeftUpLeg and RightUpLeg"), missing.getMessage());
    }

    private static double angle(WorldPose pose, String a, String b, String c) {
        double[] pa = pose.position(Skeleton.index(a));
        double[] pb = pose.position(Skeleton.index(b));
        double[] pc = pose.position(Skeleton.index(c));
        double[] u = { pb[0] - pa[0], pb[1] - pa[1], pb[2] - pa[2] };
        double[] v = { pc[0] - pb[0], pc[1] - pb[1], pc[2] - pb[2] };
        double dot = u[0] * v[0] + u[1] * v[1] + u[2] * v[2];
        return Math.toDegrees(Math.acos(dot / Math.sqrt((u[0] * u[0] + u[1] * u[1] + u[2] * u[2]) * (v[0] * v[0] + v[1] * v[1] + v[2] * v[2]))));
    }
}
