package ai.fvgs.render;

import ai.fvgs.render.internal.FramePipeline;

/**
 * A multi-threaded software rasterizer: renders a {@link Scene} into {@link FrameBuffers}.
 * <p>
 * The frame is split into tiles that worker threads render in parallel; every pixel is computed by exactly
 * one thread in a fixed order, and no result depends on which thread did the work, so the output is
 * byte-identical for any number of threads and on every run. Triangles are rasterized with integer edge
 * functions (1/256-pixel precision, top-left fill rule), depth-tested per coverage sample, shaded once per
 * pixel and surface (perspective-correct normals and texture coordinates, Lambert plus Blinn-Phong, a
 * filtered shadow map per shadow-casting light) and resolved to the output size.
 * <p>
 * One frame at a time: calls to {@code render} are serialised. Close the renderer to stop its threads.
 */
public final class Renderer implements AutoCloseable {

    private final FramePipeline pipeline;

    /**
     * A renderer with {@link RenderSettings#DEFAULT}.
     *
     * @param threads number of threads that render a frame, 1 or more (the calling thread is one of them)
     */
    public Renderer(int threads) {
        this(threads, RenderSettings.DEFAULT);
    }

    /**
     * @param threads  number of threads that render a frame, 1 to 256 (the calling thread is one of them)
     * @param settings quality settings
     * @throws IllegalArgumentException if {@code threads} is out of range
     */
    public Renderer(int threads, RenderSettings settings) {
        if (threads < 1 || threads > 256) {
            throw new IllegalArgumentException("threads " + threads + " is invalid: it must be 1 to 256");
        }
        this.pipeline = new FramePipeline(threads, settings.antialiasing().samples(), settings.shadowMapSize());
    }

    /**
     * @param scene what to render
     * @return new buffers of the scene's size holding the frame
     */
    public FrameBuffers render(Scene scene) {
        FrameBuffers target = new FrameBuffers(scene.width(), scene.height());
        render(scene, target);
        return target;
    }

    /**
     * Renders into existing buffers, overwriting every pixel of each.
     *
     * @param scene  what to render
     * @param target buffers of the scene's size
     * @throws IllegalArgumentException if the sizes differ
     * @throws IllegalStateException    if the renderer is closed
     */
    public synchronized void render(Scene scene, FrameBuffers target) {
        if (target.width() != scene.width() || target.height() != scene.height()) {
            throw new IllegalArgumentException("buffers are " + target.width() + "x" + target.height() + " but the scene is "
                    + scene.width() + "x" + scene.height());
        }
        pipeline.render(scene, target);
    }

    /** Stops the worker threads. Rendering afterwards fails. */
    @Override
    public void close() {
        pipeline.close();
    }
}
