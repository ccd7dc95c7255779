package ai.fvgs.avatar;

/** The avatar's materials; each has its own triangle list in {@link AvatarMesh}. */
public enum MaterialSlot {
    SKIN, HAIR, EYE_WHITE, IRIS, BROW, LIP
}
