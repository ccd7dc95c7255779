package ai.fvgs.avatar;

/**
 * Body parts, used for the segmentation map and to measure girths on the right surface. Ids start at 1
 * (0 is the background in segmentation images).
 */
public enum BodyPart {
    TORSO, HEAD, ARM_LEFT, ARM_RIGHT, HAND_LEFT, HAND_RIGHT, LEG_LEFT, LEG_RIGHT, FOOT_LEFT, FOOT_RIGHT, HAIR, EYES, BROWS, LIPS;

    /** @return the segmentation id, 1 or more */
    public int id() {
        return ordinal() + 1;
    }
}
