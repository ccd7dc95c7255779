package ai.fvgs.production;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import ai.fvgs.render.FrameBuffers;
import ai.fvgs.video.PngImageWriter;

/**
 * Writes the per-frame guidance sequences that pose-guided video models are conditioned on, into one folder
 * (see docs/guidance.md for the exact formats):
 * <ul>
 * <li>{@code openpose/frame_NNNNNN_keypoints.json}: OpenPose JSON, COCO-18 layout ({@link PoseKeypoints});</li>
 * <li>{@code pose/frame_NNNNNN.png}: OpenPose-style skeleton image on black;</li>
 * <li>{@code depth/frame_NNNNNN.png}: 16-bit grey, near is bright, 0 is background, over a fixed range per video;</li>
 * <li>{@code normal/frame_NNNNNN.png}: view-space normals as RGB, background black;</li>
 * <li>{@code segmentation/frame_NNNNNN.png}: one colour per body part and garment, background black;</li>
 * <li>{@code mask/frame_NNNNNN.png}: 8-bit anti-aliased alpha matte;</li>
 * <li>{@code guidance.json}: sizes, frame rate, keypoint layout, depth range and the segmentation legend.</li>
 * </ul>
 * Frame numbers start at 1, like the frames of a PNG sequence. One thread at a time.
 */
public final class GuidanceWriter implements AutoCloseable {

    /** A segmentation class. */
    public record SegmentClass(int id, String name, int rgb) {
    }

    private static final String[] FOLDERS = { "openpose", "pose", "depth", "normal", "segmentation", "mask" };

    private final Path folder;
    private final int width;
    private final int height;
    private final int fps;
    private final double depthNear;
    private final double depthFar;
    private final List<SegmentClass> classes;
    private final int[] colourById;
    private final PngImageWriter png = new PngImageWriter(1);
    private final int[] rgb;
    private final char[] depth16;
    private final byte[] grey8;
    private final SkeletonPainter painter;
    private int frames;

    /**
     * @param folder    the folder to write into (created if missing)
     * @param width     frame width
     * @param height    frame height
     * @param fps       frame rate
     * @param depthNear depth that maps to white, metres from the camera
     * @param depthFar  depth that maps to black (just above the background's 0)
     * @param classes   segmentation classes (part ids as given to the renderer)
     * @throws IOException if the folders cannot be created
     */
    public GuidanceWriter(Path folder, int width, int height, int fps, double depthNear, double depthFar, List<SegmentClass> classes)
            throws IOException {
        if (!(depthFar > depthNear)) {
            throw new IllegalArgumentException("depth range " + depthNear + " to " + depthFar + " is empty");
        }
        this.folder = folder;
        this.width = width;
        this.height = height;
        this.fps = fps;
        this.depthNear = depthNear;
        this.depthFar = depthFar;
        this.classes = List.copyOf(classes);
        int maxId = 0;
        for (SegmentClass c : classes) {
            if (c.id() < 0) {
                throw new IllegalArgumentException("segmentation class id " + c.id() + " is negative");
            }
            maxId = Math.max(maxId, c.id());
        }
        colourById = new int[maxId + 1];
        for (SegmentClass c : classes) {
            colourById[c.id()] = c.rgb() & 0xFFFFFF;
        }
        for (String f : FOLDERS) {
            Files.createDirectories(folder.resolve(f));
        }
        rgb = new int[width * height];
        depth16 = new char[width * height];
        grey8 = new byte[width * height];
        painter = new SkeletonPainter(width, height);
    }

    /**
     * Writes one frame's guidance.
     *
     * @param buffers   the rendered buffers
     * @param keypoints {@code x, y, confidence} per {@link PoseKeypoints} keypoint, pixels; confidence 0 = absent
     * @throws IOException if a file cannot be written
     */
    public void write(FrameBuffers buffers, double[] keypoints) throws IOException {
        if (buffers.width() != width || buffers.height() != height) {
            throw new IllegalArgumentException("frame is " + buffers.width() + "x" + buffers.height() + ", expected " + width + "x" + height);
        }
        frames++;
        String name = String.format(Locale.ROOT, "frame_%06d", frames);
        writeText(folder.resolve("openpose").resolve(name + "_keypoints.json"), openPoseJson(keypoints));
        painter.paint(keypoints, rgb);
        png.writeRgb(folder.resolve("pose").resolve(name + ".png"), rgb, width, height);
        depth(buffers.depth());
        png.writeGrey16(folder.resolve("depth").resolve(name + ".png"), depth16, width, height);
        normals(buffers.normals());
        png.writeRgb(folder.resolve("normal").resolve(name + ".png"), rgb, width, height);
        segmentation(buffers.partIds());
        png.writeRgb(folder.resolve("segmentation").resolve(name + ".png"), rgb, width, height);
        mask(buffers.alpha());
        png.writeGrey8(folder.resolve("mask").resolve(name + ".png"), grey8, width, height);
    }

    /** @return frames written so far */
    public int framesWritten() {
        return frames;
    }

    /**
     * Maps a depth to its 16-bit value: {@code 65535 * (far - d) / (far - near)}, clamped to 1..65535 so that
     * only the background is 0.
     *
     * @param d linear depth, metres; infinite for the background
     * @return the sample
     */
    public char depthSample(float d) {
        if (d == Float.POSITIVE_INFINITY) {
            return 0;
        }
        double v = 65535 * (depthFar - d) / (depthFar - depthNear);
        return (char) Math.clamp(Math.round(v), 1, 65535);
    }

    private void depth(float[] d) {
        for (int i = 0; i < depth16.length; i++) {
            depth16[i] = depthSample(d[i]);
        }
    }

    private void normals(float[] n) {
        for (int i = 0; i < rgb.length; i++) {
            float x = n[3 * i], y = n[3 * i + 1], z = n[3 * i + 2];
            if (x == 0 && y == 0 && z == 0) {
                rgb[i] = 0;
            } else {
                rgb[i] = channel(x) << 16 | channel(y) << 8 | channel(z);
            }
        }
    }

    private static int channel(float v) {
        return Math.clamp(Math.round((v * 0.5f + 0.5f) * 255f), 0, 255);
    }

    private void segmentation(int[] parts) {
        for (int i = 0; i < rgb.length; i++) {
            int p = parts[i];
            rgb[i] = p > 0 && p < colourById.length ? colourById[p] : 0;
        }
    }

    private void mask(float[] alpha) {
        for (int i = 0; i < grey8.length; i++) {
            grey8[i] = (byte) Math.clamp(Math.round(alpha[i] * 255f), 0, 255);
        }
    }

    private static String openPoseJson(double[] k) {
        StringBuilder b = new StringBuilder(1024);
        b.append("{\"version\":1.3,\"people\":[{\"person_id\":[-1],\"pose_keypoints_2d\":[");
        for (int i = 0; i < PoseKeypoints.COUNT; i++) {
            if (i > 0) {
                b.append(',');
            }
            b.append(String.format(Locale.ROOT, "%.3f,%.3f,%.3f", k[3 * i], k[3 * i + 1], k[3 * i + 2]));
        }
        b.append("],\"face_keypoints_2d\":[],\"hand_left_keypoints_2d\":[],\"hand_right_keypoints_2d\":[],");
        b.append("\"pose_keypoints_3d\":[],\"face_keypoints_3d\":[],\"hand_left_keypoints_3d\":[],\"hand_right_keypoints_3d\":[]}]}\n");
        return b.toString();
    }

    /**
     * Writes {@code guidance.json} and frees the encoder. Call once, after the last frame.
     *
     * @throws IOException if the file cannot be written
     */
    @Override
    public void close() throws IOException {
        png.close();
        StringBuilder b = new StringBuilder(4096);
        b.append("{\n  \"format\": \"fvgs-guidance\",\n  \"version\": 1,\n");
        b.append(String.format(Locale.ROOT, "  \"width\": %d,\n  \"height\": %d,\n  \"fps\": %d,\n  \"frames\": %d,\n", width, height, fps,
                frames));
        b.append("  \"firstFrame\": 1,\n");
        b.append("  \"keypoints\": {\n    \"layout\": \"openpose-coco18\",\n    \"folder\": \"openpose\",\n    \"names\": [");
        for (int i = 0; i < PoseKeypoints.NAMES.size(); i++) {
            b.append(i > 0 ? ", " : "").append('"').append(PoseKeypoints.NAMES.get(i)).append('"');
        }
        b.append("],\n    \"limbs\": [");
        for (int i = 0; i < PoseKeypoints.LIMBS.length; i++) {
            b.append(i > 0 ? ", " : "").append('[').append(PoseKeypoints.LIMBS[i][0]).append(", ").append(PoseKeypoints.LIMBS[i][1])
                    .append(']');
        }
        b.append("],\n    \"confidence\": {\"visible\": 1.0, \"occluded\": ").append(PoseKeypointProjector.OCCLUDED)
                .append(", \"outsideFrame\": 0.0}\n  },\n");
        b.append(String.format(Locale.ROOT,
                "  \"depth\": {\"folder\": \"depth\", \"encoding\": \"png-grey16\", \"near\": %.4f, \"far\": %.4f, "
                        + "\"unit\": \"metre\", \"value\": \"65535 * (far - depth) / (far - near), clamped to 1..65535; 0 = background\"},\n",
                depthNear, depthFar));
        b.append("  \"normals\": {\"folder\": \"normal\", \"space\": \"view\", \"axes\": \"+x right, +y up, +z towards the camera\", "
                + "\"value\": \"(n * 0.5 + 0.5) * 255 per channel; black = background\"},\n");
        b.append("  \"mask\": {\"folder\": \"mask\", \"encoding\": \"png-grey8\", \"value\": \"coverage * 255\"},\n");
        b.append("  \"pose\": {\"folder\": \"pose\", \"style\": \"openpose\"},\n");
        b.append("  \"segmentation\": {\"folder\": \"segmentation\", \"classes\": [\n");
        b.append("    {\"id\": 0, \"name\": \"background\", \"colour\": \"#000000\"}");
        for (SegmentClass c : classes) {
            b.append(",\n    {\"id\": ").append(c.id()).append(", \"name\": \"").append(escape(c.name())).append("\", \"colour\": \"")
                    .append(String.format(Locale.ROOT, "#%06x", c.rgb() & 0xFFFFFF)).append("\"}");
        }
        b.append("\n  ]}\n}\n");
        writeText(folder.resolve("guidance.json"), b.toString());
    }

    private static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c < 0x20) {
                b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static void writeText(Path file, String text) throws IOException {
        Path temp = file.resolveSibling("." + file.getFileName() + ".tmp");
        Files.writeString(temp, text, StandardCharsets.UTF_8);
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** @return the colours for the standard classes: body parts first, then garments */
    static List<Integer> palette(int count) {
        List<Integer> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            // golden-angle hues at two brightness levels: distinct, deterministic colours
            double hue = (i * 137.508) % 360;
            double v = i % 2 == 0 ? 0.95 : 0.7;
            out.add(hsv(hue, 0.75, v));
        }
        return out;
    }

    private static int hsv(double h, double s, double v) {
        double c = v * s;
        double x = c * (1 - Math.abs((h / 60) % 2 - 1));
        double m = v - c;
        double[][] sectors = { { c, x, 0 }, { x, c, 0 }, { 0, c, x }, { 0, x, c }, { x, 0, c }, { c, 0, x } };
        double[] rgb = sectors[Math.min(5, (int) (h / 60))];
        return channel8(rgb[0] + m) << 16 | channel8(rgb[1] + m) << 8 | channel8(rgb[2] + m);
    }

    private static int channel8(double v) {
        return (int) Math.round(v * 255);
    }
}
