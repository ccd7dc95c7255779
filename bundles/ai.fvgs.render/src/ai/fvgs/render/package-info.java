/**
 * The AI-FVGS renderer: a deterministic, multi-threaded software rasterizer for catwalk frames and their
 * guidance buffers.
 * <p>
 * Callers (the avatar, garment and motion code) describe each frame as a {@link ai.fvgs.render.Scene}:
 * world-space {@link ai.fvgs.render.Mesh}es with {@link ai.fvgs.render.Material}s and segmentation part ids,
 * a perspective {@link ai.fvgs.render.Camera}, directional {@link ai.fvgs.render.Light}s and an optional
 * background image. A {@link ai.fvgs.render.Renderer} turns it into {@link ai.fvgs.render.FrameBuffers}:
 * colour, linear depth, view-space normals, part ids and an anti-aliased alpha matte. The same scene gives
 * byte-identical buffers whatever the number of threads.
 * <p>
 * No SWT, AWT or native code: the package depends only on the JDK and {@code ai.fvgs.sdk} (for
 * {@link ai.fvgs.sdk.RgbaImage}).
 */
package ai.fvgs.render;
