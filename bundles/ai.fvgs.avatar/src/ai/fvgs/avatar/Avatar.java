package ai.fvgs.avatar;


/**
 * A built virtual fashion model: its profile, mesh, skeleton and body landmarks.
 *
 * @param profile   what it was built from
 * @param mesh      the skinned mesh in the bind pose
 * @param skeleton  the joints
 * @param landmarks heights of the measurement levels, metres above the floor
 */
public record Avatar(AvatarProfile profile, AvatarMesh mesh, Skeleton skeleton, Landmarks landmarks) {

    /**
     * @param slot a material
     * @return its base colour, {@code 0xRRGGBB}
     */
    public int colour(MaterialSlot slot) {
        return profile.colour(slot);
    }
}
