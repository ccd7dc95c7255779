package ai.fvgs.production;

import java.util.Arrays;

/**
 * Draws OpenPose-style skeleton images: black background, each limb a rounded stroke in its colour at 60 %
 * brightness, each keypoint a disc in full colour, the way OpenPose and ControlNet's pose annotator draw them.
 * Stroke width and disc radius scale with the image (4 pixels at 512 pixels on the short side). Edges are
 * anti-aliased by coverage. Deterministic; one instance per thread.
 */
public final class SkeletonPainter {

    private final int width;
    private final int height;
    private final double stroke;
    private final double radius;

    /**
     * @param width  image width
     * @param height image height
     */
    public SkeletonPainter(int width, int height) {
        this.width = width;
        this.height = height;
        double scale = Math.min(width, height) / 512.0;
        this.stroke = Math.max(1.5, 4 * scale);
        this.radius = Math.max(1.5, 4 * scale);
    }

    /**
     * @param keypoints {@code x, y, confidence} per keypoint; keypoints with confidence 0 are not drawn
     * @param target    receives {@code 0xRRGGBB} pixels, {@code width * height}
     */
    public void paint(double[] keypoints, int[] target) {
        Arrays.fill(target, 0, width * height, 0);
        for (int l = 0; l < PoseKeypoints.LIMBS.length; l++) {
            int a = PoseKeypoints.LIMBS[l][0];
            int b = PoseKeypoints.LIMBS[l][1];
            if (keypoints[3 * a + 2] <= 0 || keypoints[3 * b + 2] <= 0) {
                continue;
            }
            int c = PoseKeypoints.COLOURS[l];
            int dim = (((c >> 16) & 0xff) * 3 / 5) << 16 | (((c >> 8) & 0xff) * 3 / 5) << 8 | ((c & 0xff) * 3 / 5);
            segment(target, keypoints[3 * a], keypoints[3 * a + 1], keypoints[3 * b], keypoints[3 * b + 1], stroke, dim);
        }
        for (int k = 0; k < PoseKeypoints.COUNT; k++) {
            if (keypoints[3 * k + 2] > 0) {
                double x = keypoints[3 * k], y = keypoints[3 * k + 1];
                segment(target, x, y, x, y, radius, PoseKeypoints.COLOURS[k]);
            }
        }
    }

    /** Blends a capsule of the given radius from (ax, ay) to (bx, by) over the target. */
    private void segment(int[] target, double ax, double ay, double bx, double by, double r, int rgb) {
        int x0 = Math.max(0, (int) Math.floor(Math.min(ax, bx) - r - 1));
        int x1 = Math.min(width - 1, (int) Math.ceil(Math.max(ax, bx) + r + 1));
        int y0 = Math.max(0, (int) Math.floor(Math.min(ay, by) - r - 1));
        int y1 = Math.min(height - 1, (int) Math.ceil(Math.max(ay, by) + r + 1));
        double dx = bx - ax, dy = by - ay;
        double len2 = dx * dx + dy * dy;
        for (int y = y0; y <= y1; y++) {
            double py = y + 0.5;
            for (int x = x0; x <= x1; x++) {
                double px = x + 0.5;
                double t = len2 > 0 ? Math.clamp(((px - ax) * dx + (py - ay) * dy) / len2, 0, 1) : 0;
                double ex = px - (ax + t * dx), ey = py - (ay + t * dy);
                double coverage = Math.clamp(r + 0.5 - Math.sqrt(ex * ex + ey * ey), 0, 1);
                if (coverage > 0) {
                    int i = y * width + x;
                    target[i] = coverage >= 1 ? rgb : blend(target[i], rgb, coverage);
                }
            }
        }
    }

    private static int blend(int under, int over, double a) {
        int r = (int) Math.round(((under >> 16) & 0xff) * (1 - a) + ((over >> 16) & 0xff) * a);
        int g = (int) Math.round(((under >> 8) & 0xff) * (1 - a) + ((over >> 8) & 0xff) * a);
        int b = (int) Math.round((under & 0xff) * (1 - a) + (over & 0xff) * a);
        return r << 16 | g << 8 | b;
    }
}
