package ai.fvgs.video.internal;

import ai.fvgs.video.VideoSpec;

/** The argument checks every writer applies to a frame before it touches its output. */
public final class FrameCheck {

    private FrameCheck() {
    }

    /**
     * @param spec   what the writer was opened with
     * @param argb   the frame's pixels
     * @param width  the frame's width
     * @param height the frame's height
     * @throws IllegalArgumentException naming the value that does not match
     */
    public static void require(VideoSpec spec, int[] argb, int width, int height) {
        if (width != spec.width() || height != spec.height()) {
            throw new IllegalArgumentException("frame size " + width + "x" + height + " does not match the video size "
                    + spec.width() + "x" + spec.height() + "; every frame must have the size the writer was opened with");
        }
        if (argb == null) {
            throw new IllegalArgumentException("frame pixels are null");
        }
        if (argb.length != spec.pixelCount()) {
            throw new IllegalArgumentException("frame has " + argb.length + " pixels; a " + width + "x" + height
                    + " frame needs exactly " + spec.pixelCount());
        }
    }
}
