package ai.fvgs.dataset;

import java.util.Locale;

/** The kind of YOLO labels: boxes, or polygons for segmentation. */
public enum YoloTask {
    /** {@code class cx cy w h}, normalised. */
    DETECT,
    /** {@code class x1 y1 x2 y2 ...}, normalised polygon corners. */
    SEGMENT;

    /** @return the lower-case name used on the command line */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * @param label {@code detect} or {@code segment}
     * @return the task
     * @throws IllegalArgumentException naming the value and the allowed ones
     */
    public static YoloTask parse(String label) {
        for (YoloTask v : values()) {
            if (v.label().equals(label)) {
                return v;
            }
        }
        throw new IllegalArgumentException("YOLO task '" + label + "' is not allowed; allowed: detect, segment");
    }
}
