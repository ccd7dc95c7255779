package ai.fvgs.outfit;

import java.util.List;

import ai.fvgs.motion.WorldPose;

/**
 * Poses an {@link Outfit} frame by frame. Fitted parts are skinned like the body (linear blend skinning
 * with the binding of the nearest skin vertex). Not thread-safe; one animator per video.
 */
public final class OutfitAnimator {

    private final List<DressedGarment> garments;
    private final double fps;
    private final float[][] positions;
    private final float[][] normals;

    OutfitAnimator(Outfit outfit, double fps) {
        this.garments = outfit.garments();
        this.fps = fps;
        int n = garments.size();
        positions = new float[n][];
        normals = new float[n][];
        for (int g = 0; g < n; g++) {
            DressedGarment d = garments.get(g);
            positions[g] = d.bindPositions().clone();
            normals[g] = d.bindNormals().clone();
        }
    }

    /**
     * Poses the outfit for one frame.
     *
     * @param pose the avatar's pose in this frame
     * @param dt   seconds since the previous frame (ignored for the first); normally 1 / fps
     */
    public void update(WorldPose pose, double dt) {
        if (pose == null) {
            throw new IllegalArgumentException("pose is missing");
        }
        if (!(dt >= 0 && dt <= 1)) {
            throw new IllegalArgumentException("dt = " + dt + " s is not allowed; allowed: 0 to 1 s");
        }
        for (int g = 0; g < garments.size(); g++) {
            pose.skin(garments.get(g).skinnedMesh(), positions[g], normals[g]);
        }
    }

    /**
     * @param garment index into {@link Outfit#garments()}
     * @return xyz per vertex after the last update (the bind pose before the first); do not modify
     */
    public float[] positions(int garment) {
        return positions[garment];
    }

    /**
     * @param garment index into {@link Outfit#garments()}
     * @return unit normal per vertex after the last update; do not modify
     */
    public float[] normals(int garment) {
        return normals[garment];
    }

    /** @return the frame rate this animator was made for */
    public double fps() {
        return fps;
    }
}
