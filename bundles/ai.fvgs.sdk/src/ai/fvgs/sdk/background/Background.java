package ai.fvgs.sdk.background;

import ai.fvgs.sdk.Extension;
import ai.fvgs.sdk.RgbaImage;

/**
 * A background extension: paints the backdrop of a frame. Register an implementation as an OSGi service
 * of this interface.
 * <p>
 * {@link #paint} must be deterministic (the same size and time give the same pixels) and thread-safe: the
 * renderer paints frames in parallel and expects byte-identical videos on every run. Use
 * {@link StrictMath} rather than {@link Math} for trigonometry.
 */
public interface Background extends Extension {

    /**
     * Paints the background of one frame over every pixel of {@code target}.
     *
     * @param target      the frame to paint; any previous content is overwritten
     * @param timeSeconds time of the frame from the start of the video, 0 or more
     */
    void paint(RgbaImage target, double timeSeconds);

    /**
     * @return the length of one loop in seconds for an animated background, or 0 for a still one
     */
    default double loopSeconds() {
        return 0;
    }
}
