/**
 * Writing and reading video for the render engine: MP4 (H.264), WebM (VP9, optionally with alpha) and PNG
 * sequences from ARGB frames, and decoding of video files back to ARGB frames, for example for a looping
 * video background.
 *
 * <p>Pixels are non-premultiplied ARGB {@code int}s ({@code 0xAARRGGBB}), rows top to bottom, the same layout
 * as {@code ai.fvgs.sdk.RgbaImage}. Writers put their output in place only when it is complete: a video is
 * encoded to a temporary file next to the target and renamed when {@link ai.fvgs.video.VideoWriter#close()}
 * succeeds. Encoding and decoding use FFmpeg's LGPL build through JavaCV.
 */
package ai.fvgs.video;
