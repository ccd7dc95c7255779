package ai.fvgs.avatar;

import ai.fvgs.avatar.internal.BodyAssembly;

/**
 * Builds the mesh and skeleton of an {@link AvatarProfile}. Deterministic: the same profile always gives
 * the same mesh, bit for bit. Thread-safe; a build takes tens of milliseconds.
 */
public final class AvatarBuilder {

    private AvatarBuilder() {
    }

    /**
     * @param profile the model to build
     * @return the avatar
     * @throws IllegalArgumentException if the measurements do not make a plausible body (the message names
     *                                  the measurement and the allowed range)
     */
    public static Avatar build(AvatarProfile profile) {
        return BodyAssembly.build(profile);
    }
}
