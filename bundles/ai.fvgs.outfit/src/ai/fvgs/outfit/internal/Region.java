package ai.fvgs.outfit.internal;

import java.util.EnumSet;
import java.util.Set;

import ai.fvgs.avatar.BodyPart;

/**
 * The body regions a garment vertex can cover. Each region has its own fitting axis: the trunk is fitted in
 * horizontal slices (and, below the crotch, around both legs together), arms and legs across their bone.
 */
public enum Region {
    /** Trunk and, below the crotch, both legs together. */
    TORSO(EnumSet.of(BodyPart.TORSO, BodyPart.LEG_LEFT, BodyPart.LEG_RIGHT)),
    /** The left arm (the model's left, +x). */
    ARM_LEFT(EnumSet.of(BodyPart.ARM_LEFT)),
    /** The right arm. */
    ARM_RIGHT(EnumSet.of(BodyPart.ARM_RIGHT)),
    /** The left leg. */
    LEG_LEFT(EnumSet.of(BodyPart.LEG_LEFT)),
    /** The right leg. */
    LEG_RIGHT(EnumSet.of(BodyPart.LEG_RIGHT));

    private static final Region[] ALL = values();
    private static final BodyPart[] PARTS = BodyPart.values();

    private final Set<BodyPart> parts;

    Region(Set<BodyPart> parts) {
        this.parts = java.util.Collections.unmodifiableSet(parts);
    }

    /**
     * @param ordinal a region's ordinal
     * @return the region
     */
    public static Region of(int ordinal) {
        return ALL[ordinal];
    }

    /**
     * @param id a {@link BodyPart#id()}
     * @return the body part
     */
    public static BodyPart part(int id) {
        return PARTS[id - 1];
    }

    /** @return the body parts whose surface a garment in this region is fitted over */
    public Set<BodyPart> parts() {
        return parts;
    }

    /**
     * @param lower the region of a vertex of a lower garment layer
     * @return whether that vertex is under a garment fitted in this region
     */
    boolean covers(Region lower) {
        return this == lower || (this == TORSO && (lower == LEG_LEFT || lower == LEG_RIGHT));
    }
}
