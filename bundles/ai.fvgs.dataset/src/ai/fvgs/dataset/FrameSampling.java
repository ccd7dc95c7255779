package ai.fvgs.dataset;

import java.util.Locale;

/** How the import picks the frames of a video that it keeps as stills for browsing and labelling. */
public enum FrameSampling {
    /** Frames at even intervals: the middle of each of N equal parts of the video. */
    UNIFORM,
    /**
     * The first frame and the first frame of each new shot: every frame is compared with the one before it,
     * and the N - 1 strongest changes, at least half a second apart, are kept.
     */
    SCENE_CHANGES;

    /** @return the name used in options and files: {@code uniform} or {@code scene-changes} */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * @param label {@code uniform} or {@code scene-changes}
     * @return the sampling
     * @throws IllegalArgumentException naming the allowed values
     */
    public static FrameSampling parse(String label) {
        for (FrameSampling s : values()) {
            if (s.label().equals(label)) {
                return s;
            }
        }
        throw new IllegalArgumentException("frame sampling '" + label + "' is not allowed; use uniform or scene-changes");
    }
}
