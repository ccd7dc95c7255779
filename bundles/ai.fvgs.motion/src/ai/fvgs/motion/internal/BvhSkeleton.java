package ai.fvgs.motion.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * A parsed BVH file: the joint hierarchy with offsets and channels, and the motion frames. Parse with
 * {@link BvhParser}.
 */
public final class BvhSkeleton {

    /** One BVH joint; {@code channels} are names like Xposition or Zrotation, in file order. */
    public record BvhJoint(String name, int parent, double[] offset, List<String> channels, int firstChannel) {
    }

    final List<BvhJoint> joints = new ArrayList<>();
    double frameTime;
    double[][] frames;

    public List<BvhJoint> joints() {
        return joints;
    }

    public double frameTime() {
        return frameTime;
    }

    public int frameCount() {
        return frames.length;
    }

    /** @return global positions (x, y, z per joint) at a frame, in file units */
    public double[] positions(int frame) {
        int n = joints.size();
        double[][] rot = new double[n][];
        double[] pos = new double[3 * n];
        double[] values = frames[frame];
        for (int j = 0; j < n; j++) {
            BvhJoint joint = joints.get(j);
            double[] local = identity();
            double tx = joint.offset()[0];
            double ty = joint.offset()[1];
            double tz = joint.offset()[2];
            for (int c = 0; c < joint.channels().size(); c++) {
                String ch = joint.channels().get(c);
                double v = values[joint.firstChannel() + c];
                switch (ch) {
                    case "Xposition" -> tx = v;
                    case "Yposition" -> ty = v;
                    case "Zposition" -> tz = v;
                    default -> local = multiply(local, rotation(ch.charAt(0), Math.toRadians(v)));
                }
            }
            if (joint.parent() < 0) {
                rot[j] = local;
                pos[3 * j] = tx;
                pos[3 * j + 1] = ty;
                pos[3 * j + 2] = tz;
            } else {
                int p = joint.parent();
                double[] r = rot[p];
                pos[3 * j] = pos[3 * p] + r[0] * tx + r[1] * ty + r[2] * tz;
                pos[3 * j + 1] = pos[3 * p + 1] + r[3] * tx + r[4] * ty + r[5] * tz;
                pos[3 * j + 2] = pos[3 * p + 2] + r[6] * tx + r[7] * ty + r[8] * tz;
                rot[j] = multiply(r, local);
            }
        }
        return pos;
    }

    private static double[] identity() {
        return new double[] { 1, 0, 0, 0, 1, 0, 0, 0, 1 };
    }

    private static double[] rotation(char axis, double a) {
        double c = StrictMath.cos(a);
        double s = StrictMath.sin(a);
        return switch (axis) {
            case 'X' -> new double[] { 1, 0, 0, 0, c, -s, 0, s, c };
            case 'Y' -> new double[] { c, 0, s, 0, 1, 0, -s, 0, c };
            default -> new double[] { c, -s, 0, s, c, 0, 0, 0, 1 };
        };
    }

    private static double[] multiply(double[] a, double[] b) {
        double[] r = new double[9];
        for (int i = 0; i < 3; i++) {
            for (int k = 0; k < 3; k++) {
                r[3 * i + k] = a[3 * i] * b[k] + a[3 * i + 1] * b[3 + k] + a[3 * i + 2] * b[6 + k];
            }
        }
        return r;
    }
}
