package ai.fvgs.motion;

import ai.fvgs.avatar.AvatarMesh;
import ai.fvgs.avatar.Joint;
import ai.fvgs.avatar.Skeleton;

/** World-space joint rotations and positions of a {@link Pose}; skins the avatar's mesh. */
public final class WorldPose {

    private final Skeleton skeleton;
    private final Quat[] rotations;
    private final double[] positions;

    WorldPose(Skeleton skeleton, Quat[] rotations, double[] positions) {
        this.skeleton = skeleton;
        this.rotations = rotations;
        this.positions = positions;
    }

    /** @param joint index @return world position of the joint */
    public double[] position(int joint) {
        return new double[] { positions[3 * joint], positions[3 * joint + 1], positions[3 * joint + 2] };
    }

    /** @param joint index @return world rotation of the joint */
    public Quat rotation(int joint) {
        return rotations[joint];
    }

    /**
     * Linear blend skinning of a mesh bound to this skeleton.
     *
     * @param mesh             the mesh in bind pose
     * @param outPositions     receives xyz per vertex
     * @param outNormals       receives unit normals per vertex
     */
    public void skin(AvatarMesh mesh, float[] outPositions, float[] outNormals) {
        float[] p = mesh.positions();
        float[] n = mesh.normals();
        int[] joints = mesh.joints();
        float[] weights = mesh.weights();
        int count = mesh.vertexCount();
        int jn = rotations.length;
        double[] m = new double[12 * jn];
        for (int j = 0; j < jn; j++) {
            Joint bind = skeleton.joints().get(j);
            Quat q = rotations[j];
            double[] cx = q.rotate(new double[] { 1, 0, 0 });
            double[] cy = q.rotate(new double[] { 0, 1, 0 });
            double[] cz = q.rotate(new double[] { 0, 0, 1 });
            int o = 12 * j;
            for (int r = 0; r < 3; r++) {
                m[o + 4 * r] = cx[r];
                m[o + 4 * r + 1] = cy[r];
                m[o + 4 * r + 2] = cz[r];
                m[o + 4 * r + 3] = positions[3 * j + r] - (cx[r] * bind.x() + cy[r] * bind.y() + cz[r] * bind.z());
            }
        }
        for (int v = 0; v < count; v++) {
            double px = 0, py = 0, pz = 0, nx = 0, ny = 0, nz = 0;
            double x = p[3 * v], y = p[3 * v + 1], z = p[3 * v + 2];
            double a = n[3 * v], b = n[3 * v + 1], c = n[3 * v + 2];
            for (int k = 0; k < 4; k++) {
                float w = weights[4 * v + k];
                if (w == 0) {
                    continue;
                }
                int o = 12 * joints[4 * v + k];
                px += w * (m[o] * x + m[o + 1] * y + m[o + 2] * z + m[o + 3]);
                py += w * (m[o + 4] * x + m[o + 5] * y + m[o + 6] * z + m[o + 7]);
                pz += w * (m[o + 8] * x + m[o + 9] * y + m[o + 10] * z + m[o + 11]);
                nx += w * (m[o] * a + m[o + 1] * b + m[o + 2] * c);
                ny += w * (m[o + 4] * a + m[o + 5] * b + m[o + 6] * c);
                nz += w * (m[o + 8] * a + m[o + 9] * b + m[o + 10] * c);
            }
            double len = Math.sqrt(nx * nx + ny * ny + nz * nz);
            outPositions[3 * v] = (float) px;
            outPositions[3 * v + 1] = (float) py;
            outPositions[3 * v + 2] = (float) pz;
            outNormals[3 * v] = (float) (nx / len);
            outNormals[3 * v + 1] = (float) (ny / len);
            outNormals[3 * v + 2] = (float) (nz / len);
        }
    }
}
