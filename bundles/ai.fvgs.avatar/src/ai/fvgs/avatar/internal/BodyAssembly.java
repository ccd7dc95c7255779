package ai.fvgs.avatar.internal;

import ai.fvgs.avatar.Landmarks;
import ai.fvgs.avatar.Avatar;
import ai.fvgs.avatar.AvatarProfile;

/** Puts the parts together: trunk and head, limbs, face, hair, skeleton. */
public final class BodyAssembly {

    private BodyAssembly() {
    }

    public static Avatar build(AvatarProfile profile) {
        Landmarks l = Landmarks.of(profile.template(), profile.measurements());
        MeshBuilder mesh = new MeshBuilder();
        TorsoBuilder torso = new TorsoBuilder(l, profile.measurements(), profile.template());
        HeadShape head = new HeadShape(l, profile.template(), profile.measurements().get(ai.fvgs.sdk.body.Measurement.NECK));
        torso.build(mesh, head);
        JointLayout joints = new JointLayout(l, profile.measurements(), torso.hipHalfWidth());
        new LimbBuilder(l, profile.measurements(), joints, profile.template()).build(mesh);
        FaceBuilder.build(mesh, head);
        new HairBuilder(head, l).build(mesh, profile.hair().style());
        return new Avatar(profile, mesh.build(), joints.skeleton(), l);
    }
}
