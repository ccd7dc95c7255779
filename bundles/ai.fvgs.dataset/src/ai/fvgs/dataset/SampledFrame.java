package ai.fvgs.dataset;

/**
 * A frame of a video media item that the import kept as a still (see {@link FrameSampling}); its picture is
 * the thumbnail {@link MediaStore#frameThumbnailPath(String, int, int)}.
 *
 * @param frameIndex  the frame's index in the video, from 0
 * @param seconds     its time in the video
 * @param sceneChange whether it starts a new shot ({@link FrameSampling#SCENE_CHANGES}); {@code false} for
 *                    uniformly sampled frames and for the first frame
 */
public record SampledFrame(int frameIndex, double seconds, boolean sceneChange) {

    /** Checks the fields. */
    public SampledFrame {
        if (frameIndex < 0 || !(seconds >= 0)) {
            throw new IllegalArgumentException("sampled frame " + frameIndex + " at " + seconds + " s is not allowed; index and time must be 0 or more");
        }
    }
}
