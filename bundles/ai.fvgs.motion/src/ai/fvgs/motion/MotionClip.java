package ai.fvgs.motion;

/** A motion over time: gives the pose at any instant, deterministically. */
public interface MotionClip {

    /** @return length in seconds */
    double duration();

    /**
     * @param seconds time from the start, clamped to [0, duration]
     * @return the pose then
     */
    Pose sample(double seconds);
}
