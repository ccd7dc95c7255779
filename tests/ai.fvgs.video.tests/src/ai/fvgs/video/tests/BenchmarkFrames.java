package ai.fvgs.video.tests;

/**
 * Frames that look roughly like a render: a vertical studio gradient, a moving figure-sized shape with soft
 * shading, a runway strip with perspective lines, and a transparent margin at the top for the alpha runs.
 * Drawn in Java for each frame, outside the timed part of the benchmark.
 */
final class BenchmarkFrames {

    private final int width;
    private final int height;
    private final int[] argb;

    BenchmarkFrames(int width, int height) {
        this.width = width;
        this.height = height;
        this.argb = new int[width * height];
    }

    int[] frame(int i) {
        double cx = width * (0.3 + 0.4 * (0.5 + 0.5 * Math.sin(i * 0.05)));
        double cy = height * 0.55;
        double rx = width * 0.06;
        double ry = height * 0.35;
        for (int y = 0; y < height; y++) {
            int alpha = y < height / 10 ? 0 : 255;
            int grey = 200 - 120 * y / height;
            boolean runway = y > height * 0.75;
            for (int x = 0; x < width; x++) {
                int r = grey, g = grey, b = grey + 10;
                if (runway) {
                    int stripe = ((x - width / 2) * 40 / (y - height * 3 / 4 + 20) + 1000) % 8 == 0 ? 60 : 0;
                    r = 70 + stripe;
                    g = 60 + stripe;
                    b = 55 + stripe;
                }
                double dx = (x - cx) / rx, dy = (y - cy) / ry;
                double d = dx * dx + dy * dy;
                if (d < 1) {
                    double shade = 0.55 + 0.45 * (1 - d) * (0.5 + 0.5 * dx);
                    r = (int) (180 * shade);
                    g = (int) (40 * shade);
                    b = (int) (90 * shade);
                }
                argb[y * width + x] = alpha << 24 | clamp(r) << 16 | clamp(g) << 8 | clamp(b);
            }
        }
        return argb;
    }

    private static int clamp(int v) {
        return Math.max(0, Math.min(255, v));
    }
}
