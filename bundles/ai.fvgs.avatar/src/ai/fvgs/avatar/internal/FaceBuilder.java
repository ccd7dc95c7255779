package ai.fvgs.avatar.internal;

import ai.fvgs.avatar.BodyPart;
import ai.fvgs.avatar.MaterialSlot;
import ai.fvgs.avatar.Skeleton;

/** Eyes (white and iris), eyebrows and lips on the front of the head. */
final class FaceBuilder {

    private FaceBuilder() {
    }

    static void build(MeshBuilder mesh, HeadShape head) {
        MeshBuilder.Influence onHead = MeshBuilder.Influence.of(Skeleton.index("head"));
        double s = head.rx() / 0.075;
        double eyeY = head.eyeY();
        for (int side : new int[] { 1, -1 }) {
            double x = side * 0.031 * s;
            double surface = head.centreZ() + head.rz() * Math.sqrt(Math.max(0, 1 - (x / head.rx()) * (x / head.rx())));
            double r = 0.0115 * s;
            double[] eye = { x, eyeY, surface - r * 0.72 };
            Blobs.ellipsoid(mesh, eye, r, r * 0.8, r, 20, 12, 2, t -> 1, BodyPart.EYES, MaterialSlot.EYE_WHITE, onHead);
            double[] iris = { x, eyeY, eye[2] + r * 0.9 };
            Blobs.ellipsoid(mesh, iris, r * 0.45, r * 0.45, r * 0.18, 16, 8, 2, t -> 1, BodyPart.EYES, MaterialSlot.IRIS, onHead);
            double browY = eyeY + 0.021 * s;
            double browZ = head.centreZ() + head.rz() * Math.sqrt(Math.max(0, 1 - (x / head.rx()) * (x / head.rx()))) + 0.001;
            Blobs.ellipsoid(mesh, new double[] { x + side * 0.002, browY, browZ - 0.003 }, 0.019 * s, 0.0035 * s, 0.006 * s, 16, 8,
                    2.4, t -> 1, BodyPart.BROWS, MaterialSlot.BROW, onHead);
        }
        double mouthY = head.mouthY();
        double lipZ = head.frontZ(mouthY);
        Blobs.ellipsoid(mesh, new double[] { 0, mouthY + 0.0045 * s, lipZ - 0.004 }, 0.024 * s, 0.0045 * s, 0.009 * s, 20, 8, 2.2,
                t -> 1, BodyPart.LIPS, MaterialSlot.LIP, onHead);
        Blobs.ellipsoid(mesh, new double[] { 0, mouthY - 0.005 * s, lipZ - 0.005 }, 0.021 * s, 0.0055 * s, 0.009 * s, 20, 8, 2.2,
                t -> 1, BodyPart.LIPS, MaterialSlot.LIP, onHead);
    }
}
