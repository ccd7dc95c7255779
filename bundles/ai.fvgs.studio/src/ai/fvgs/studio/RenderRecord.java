package ai.fvgs.studio;

import java.nio.file.Path;
import java.time.Instant;

/**
 * A finished Studio render as the {@link RenderLibrary} lists it: the video, the scene it was rendered from (for
 * exporting its guidance sequences later) and what it is.
 *
 * @param name      the render's file name without extension, such as {@code new-model-20261205-041502}
 * @param sceneName the name of the scene's model
 * @param created   when the render finished
 * @param width     frame width in pixels
 * @param height    frame height in pixels
 * @param fps       frames per second
 * @param duration  seconds
 * @param video     the MP4 file
 * @param scene     the scene file it was rendered from, with the render's size and duration
 * @param guidance  the guidance folder written with it, or null
 * @param metadata  the side-car file that describes the render
 */
public record RenderRecord(String name, String sceneName, Instant created, int width, int height, int fps, double duration, long size, Path video,
        Path scene, Path guidance, Path metadata) {

    /** @return the folder the render is in */
    public Path folder() {
        return video.getParent();
    }

    /** @return the number of frames */
    public int frames() {
        return (int) Math.round(duration * fps);
    }
}
