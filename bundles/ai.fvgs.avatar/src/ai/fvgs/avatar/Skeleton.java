package ai.fvgs.avatar;

import java.util.List;

/**
 * The avatar's skeleton: pelvis (root), spine, chest, neck, head, and per side clavicle, shoulder, elbow,
 * wrist, hand, hip, knee, ankle and toe (suffix {@code _l} / {@code _r}). Parents come before children.
 *
 * @param joints the joints, parents first
 */
public record Skeleton(List<Joint> joints) {

    /** Joint names in index order. */
    public static final List<String> NAMES = List.of("pelvis", "spine", "chest", "neck", "head",
            "clavicle_l", "shoulder_l", "elbow_l", "wrist_l", "hand_l",
            "clavicle_r", "shoulder_r", "elbow_r", "wrist_r", "hand_r",
            "hip_l", "knee_l", "ankle_l", "toe_l",
            "hip_r", "knee_r", "ankle_r", "toe_r");

    /** Copies the list. */
    public Skeleton {
        joints = List.copyOf(joints);
    }

    /**
     * @param name a joint name from {@link #NAMES}
     * @return its index
     * @throws IllegalArgumentException for an unknown name
     */
    public static int index(String name) {
        int i = NAMES.indexOf(name);
        if (i < 0) {
            throw new IllegalArgumentException("unknown joint '" + name + "'");
        }
        return i;
    }

    /** @param name a joint name @return the joint */
    public Joint joint(String name) {
        return joints.get(index(name));
    }
}
