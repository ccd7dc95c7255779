package ai.fvgs.sdk.background;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import ai.fvgs.sdk.Extension;
import ai.fvgs.sdk.RgbaImage;

/**
 * A background extension: paints the backdrop of a frame. Register an implementation as an OSGi service
 * of this interface.
 * <p>
 * {@link #paint} must be deterministic (the same size and time give the same pixels) and thread-safe: the
 * renderer paints frames in parallel and expects byte-identical videos on every run. Use
 * {@link StrictMath} rather than {@link Math} for trigonometry.
 * <p>
 * <b>Parameters (SDK 1.1).</b> A background may declare {@link #parameters()}. A scene names the background
 * by id and gives texts for some of them; the renderer calls {@link #configure} once per render and paints
 * with the instance it returns. The registered service itself paints with every parameter at its default.
 * <p>
 * <b>Camera (SDK 1.1).</b> The renderer calls {@link #paint(RgbaImage, BackgroundView)}, which tells where
 * the camera is. A background drawn in perspective overrides it; a flat one (a colour, a picture) can
 * implement only {@link #paint(RgbaImage, double)}, which the default delegates to.
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

    /**
     * Paints the background of one frame as seen by a camera, over every pixel of {@code target}. Must be
     * thread-safe and deterministic like {@link #paint(RgbaImage, double)}: the same image size and view give
     * the same pixels. When {@link BackgroundView#transparentAllowed()} is {@code false}, paint opaque pixels.
     * <p>
     * The default calls {@code paint(target, view.timeSeconds())}, so backgrounds written for SDK 1.0 keep
     * working unchanged.
     *
     * @param target the frame to paint; any previous content is overwritten
     * @param view   the frame's time and camera
     * @since 1.1
     */
    default void paint(RgbaImage target, BackgroundView view) {
        paint(target, view.timeSeconds());
    }

    /**
     * Declares the parameters a scene may set, in the order a user interface should show them. Return the
     * same list every time.
     *
     * @return the parameters; the default is none
     * @since 1.1
     */
    default List<BackgroundParameter> parameters() {
        return List.of();
    }

    /**
     * Returns a background configured with a scene's parameter texts: an immutable, thread-safe instance
     * that paints with those values (and the defaults for parameters the scene leaves out). Any file the
     * background needs is read or checked here, so that a render fails before its first frame, not halfway.
     * <p>
     * Implementations usually start with {@link BackgroundValues#parse(List, Map, Path)}, which checks the
     * texts against {@link #parameters()} with the messages described below. The default implementation
     * accepts only an empty map, and then returns {@code this}: right for a background without parameters.
     *
     * @param parameters    the scene's {@code background.parameters}, key to text; empty for all defaults
     * @param baseDirectory the folder of the scene file: relative file paths resolve against it
     * @return the configured background; {@code this} when nothing changes
     * @throws IllegalArgumentException if a key is unknown, a text is not allowed, or a file is missing or
     *                                  unreadable; the message names the key, the text and what is allowed,
     *                                  e.g. {@code colour: "#12" is not a colour; allowed: #rrggbb}
     * @since 1.1
     */
    default Background configure(Map<String, String> parameters, Path baseDirectory) {
        BackgroundValues.parse(parameters(), parameters, baseDirectory);
        if (!parameters.isEmpty()) {
            throw new UnsupportedOperationException("background " + info().id() + " declares parameters but does not implement configure");
        }
        return this;
    }
}
