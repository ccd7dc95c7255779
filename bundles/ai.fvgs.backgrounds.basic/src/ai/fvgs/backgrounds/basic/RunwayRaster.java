package ai.fvgs.backgrounds.basic;

import ai.fvgs.sdk.RgbaImage;
import ai.fvgs.sdk.background.BackgroundView;

/**
 * Turns a {@link RunwayStage} into pixels for one view, adaptively. The image is cut into blocks of
 * {@value #BLOCK} x {@value #BLOCK} pixels and a ray is traced through every block corner. Where the four
 * corners of a block hit the same smooth region of the stage, five more rays go through the block's centre
 * and the middles of its sides; if their colours are within {@value #SMOOTH_LEVELS} sRGB level of what
 * bilinear interpolation of the corners predicts there, the block's pixels are interpolated between the
 * corners. Otherwise the block is split into four, down to {@value #MIN_BLOCK} pixels; a block that small
 * that still holds detail (an edge, an edge light, an audience light, a curved fall-off) gets one ray through
 * every pixel corner, and each pixel is the mean of its four corners, as a box filter. So the few blocks that hold
 * detail get anti-aliased rays, and the many smooth ones cost an interpolation.
 * <p>
 * Every paint call works on its own buffers, so one raster may paint from several threads at once; the result
 * depends only on the stage, the view and the image size.
 */
final class RunwayRaster {

    /** Size of the blocks the image is cut into first, in pixels. */
    static final int BLOCK = 16;
    /** Blocks of this size or smaller are not split further but traced ray by ray. */
    static final int MIN_BLOCK = 4;
    /** How often a block can be split: 16, 8, 4. */
    private static final int LEVELS = 3;
    /** Scratch values per level: four corner rays, the centre ray and the four edge midpoints, four values each. */
    private static final int SLOT = 36;
    private static final int CENTRE = 16;
    /** Which of a block's nine rays (corners 0-3, centre 4, top 5, left 6, right 7, bottom 8) each quarter's corners are. */
    private static final int[] TOP_LEFT = { 0, 5, 6, 4 };
    private static final int[] TOP_RIGHT = { 5, 1, 4, 7 };
    private static final int[] BOTTOM_LEFT = { 6, 4, 2, 8 };
    private static final int[] BOTTOM_RIGHT = { 4, 7, 8, 3 };
    /** Largest error of the interpolated colour at a block's centre, per channel in sRGB levels, that is accepted. */
    static final int SMOOTH_LEVELS = 1;
    /** The linear-to-sRGB table has this many steps over linear 0..1. */
    private static final int TABLE_TOP = 16383;
    /** Fractional bits of the fixed-point table index that interpolation steps along a row. */
    private static final int FRACTION = 16;
    private static final double INDEX_SCALE = (double) TABLE_TOP * (1 << FRACTION);
    private static final double ROUND = 0.5 * (1 << FRACTION);
    private static final byte[] TO_SRGB = srgbTable();

    private final RunwayStage stage;

    /** @param stage what to paint */
    RunwayRaster(RunwayStage stage) {
        this.stage = stage;
    }

    /** The camera of one paint call, with the ray directions of the pixel-corner columns precomputed. */
    private record Camera(double ox, double oy, double oz, double fx, double fy, double fz, double ux, double uy, double uz,
            double[] rx, double[] ry, double[] rz, double tan, int width, int height) {

        static Camera of(BackgroundView view, int w, int h) {
            BackgroundView.Vec3 f = view.forward();
            BackgroundView.Vec3 r = view.right();
            BackgroundView.Vec3 u = view.imageUp();
            BackgroundView.Vec3 o = view.cameraPosition();
            double tan = StrictMath.tan(StrictMath.toRadians(view.verticalFovDegrees()) * 0.5);
            double aspect = (double) w / h;
            double[] rx = new double[w + 1];
            double[] ry = new double[w + 1];
            double[] rz = new double[w + 1];
            for (int x = 0; x <= w; x++) {
                double vx = (2.0 * x / w - 1) * tan * aspect;
                rx[x] = r.x() * vx;
                ry[x] = r.y() * vx;
                rz[x] = r.z() * vx;
            }
            return new Camera(o.x(), o.y(), o.z(), f.x(), f.y(), f.z(), u.x(), u.y(), u.z(), rx, ry, rz, tan, w, h);
        }

        /** Traces the ray through pixel corner {@code (x, y)} into {@code out[at..at+3]}. */
        void trace(RunwayStage stage, int x, int y, double[] out, int at) {
            double vy = (1 - 2.0 * y / height) * tan;
            double dx = fx + ux * vy + rx[x];
            double dy = fy + uy * vy + ry[x];
            double dz = fz + uz * vy + rz[x];
            double inv = 1 / StrictMath.sqrt(dx * dx + dy * dy + dz * dz);
            stage.trace(ox, oy, oz, dx * inv, dy * inv, dz * inv, out, at);
        }
    }

    /**
     * The rays of one band of block rows for one paint call, each pixel corner traced at most once: blocks share
     * their sides' rays with their neighbours, and a band shares its top row with the band above. Rays are
     * deterministic, so when a ray is traced does not change the picture.
     */
    private static final class Rays {

        private final RunwayStage stage;
        private final Camera cam;
        private final int stride;
        /** Four values (linear RGB, region) per pixel corner of the band, row by row. */
        private final double[] values;
        /** Which band each corner's values were traced for; {@link #generation} marks the current band. */
        private final int[] stamps;
        private int generation;
        private int top;

        Rays(RunwayStage stage, Camera cam) {
            this.stage = stage;
            this.cam = cam;
            this.stride = cam.width() + 1;
            this.values = new double[4 * stride * (BLOCK + 1)];
            this.stamps = new int[stride * (BLOCK + 1)];
        }

        /** Starts the band whose top pixel-corner row is {@code y}, keeping that row's rays from the band above. */
        void start(int y) {
            int last = y - top;
            if (generation > 0 && last > 0 && last <= BLOCK) {
                System.arraycopy(values, 4 * last * stride, values, 0, 4 * stride);
                for (int k = 0; k < stride; k++) {
                    stamps[k] = stamps[last * stride + k] == generation ? generation + 1 : 0;
                }
            }
            generation++;
            top = y;
        }

        /** Writes the ray through pixel corner {@code (x, y)} of the current band to {@code out[at..at+3]}. */
        void get(int x, int y, double[] out, int at) {
            int k = (y - top) * stride + x;
            int v = 4 * k;
            if (stamps[k] != generation) {
                cam.trace(stage, x, y, values, v);
                stamps[k] = generation;
            }
            out[at] = values[v];
            out[at + 1] = values[v + 1];
            out[at + 2] = values[v + 2];
            out[at + 3] = values[v + 3];
        }
    }

    /**
     * @param target the image to fill, every pixel opaque
     * @param view   the camera
     */
    void paint(RgbaImage target, BackgroundView view) {
        int w = target.width();
        int h = target.height();
        Rays rays = new Rays(stage, Camera.of(view, w, h));
        double[] scratch = new double[SLOT * LEVELS + 4 * (BLOCK + 1) * (BLOCK + 1)];
        for (int y0 = 0; y0 < h; y0 += BLOCK) {
            int y1 = StrictMath.min(y0 + BLOCK, h);
            rays.start(y0);
            for (int x0 = 0; x0 < w; x0 += BLOCK) {
                int x1 = StrictMath.min(x0 + BLOCK, w);
                rays.get(x0, y0, scratch, 0);
                rays.get(x1, y0, scratch, 4);
                rays.get(x0, y1, scratch, 8);
                rays.get(x1, y1, scratch, 12);
                block(target, rays, scratch, 0, x0, x1, y0, y1);
            }
        }
    }

    /**
     * Paints one block whose corner rays are in {@code s} at {@code level * SLOT} (top left, top right, bottom
     * left, bottom right, four values each): interpolated if smooth, else split into four, else ray by ray.
     */
    private void block(RgbaImage target, Rays rays, double[] s, int level, int x0, int x1, int y0, int y1) {
        int b = level * SLOT;
        int cx = (x0 + x1) / 2;
        int cy = (y0 + y1) / 2;
        double region = s[b + 3];
        boolean same = region != RunwayStage.DETAIL && s[b + 7] == region && s[b + 11] == region && s[b + 15] == region;
        boolean split = x1 - x0 > MIN_BLOCK && y1 - y0 > MIN_BLOCK;
        boolean continuous = !same && !split && RunwayStage.continuous(region, s[b + 7])
                && RunwayStage.continuous(region, s[b + 11]) && RunwayStage.continuous(region, s[b + 15]);
        if (same || split || continuous) {
            rays.get(cx, cy, s, b + CENTRE);
            rays.get(cx, y0, s, b + CENTRE + 4);
            rays.get(x0, cy, s, b + CENTRE + 8);
            rays.get(x1, cy, s, b + CENTRE + 12);
            rays.get(cx, y1, s, b + CENTRE + 16);
        }
        double u = (double) (cx - x0) / (x1 - x0);
        double v = (double) (cy - y0) / (y1 - y0);
        boolean loose = !split;
        if ((same || continuous) && agrees(s, b, CENTRE, u, v, loose) && agrees(s, b, CENTRE + 4, u, 0, loose)
                && agrees(s, b, CENTRE + 8, 0, v, loose) && agrees(s, b, CENTRE + 12, 1, v, loose)
                && agrees(s, b, CENTRE + 16, u, 1, loose)) {
            interpolate(target, s, b, x0, x1, y0, y1);
        } else if (split) {
            int n = b + SLOT;
            quarter(s, n, b, TOP_LEFT);
            block(target, rays, s, level + 1, x0, cx, y0, cy);
            quarter(s, n, b, TOP_RIGHT);
            block(target, rays, s, level + 1, cx, x1, y0, cy);
            quarter(s, n, b, BOTTOM_LEFT);
            block(target, rays, s, level + 1, x0, cx, cy, y1);
            quarter(s, n, b, BOTTOM_RIGHT);
            block(target, rays, s, level + 1, cx, x1, cy, y1);
        } else {
            refine(target, rays, s, x0, x1, y0, y1);
        }
    }

    /** Copies the four corner rays of one quarter, chosen by {@code which} from a block's nine, to {@code n}. */
    private static void quarter(double[] s, int n, int b, int[] which) {
        for (int k = 0; k < 4; k++) {
            System.arraycopy(s, b + 4 * which[k], s, n + 4 * k, 4);
        }
    }

    /**
     * Whether the ray at {@code b + at}, through {@code (u, v)} of the block, hit the corners' region (or, if
     * {@code loose}, one {@link RunwayStage#continuous continuous} with it) and has, within
     * {@value #SMOOTH_LEVELS} sRGB level per channel, the colour that bilinear interpolation of the corners
     * predicts there.
     */
    private static boolean agrees(double[] s, int b, int at, double u, double v, boolean loose) {
        if (s[b + at + 3] != s[b + 3] && !(loose && RunwayStage.continuous(s[b + 3], s[b + at + 3]))) {
            return false;
        }
        for (int c = b; c < b + 3; c++) {
            double left = s[c] + (s[c + 8] - s[c]) * v;
            double right = s[c + 4] + (s[c + 12] - s[c + 4]) * v;
            if (StrictMath.abs(srgb(left + (right - left) * u) - srgb(s[c + at])) > SMOOTH_LEVELS) {
                return false;
            }
        }
        return true;
    }

    /**
     * Fills a smooth block by bilinear interpolation of its corners' linear colours at each pixel centre. Where
     * every corner channel lies in 0..1 (so every interpolated value does too), each channel steps along a row in
     * {@value #FRACTION}-bit fixed point and indexes the sRGB table directly; otherwise it converts with clamping.
     */
    private static void interpolate(RgbaImage target, double[] s, int b, int x0, int x1, int y0, int y1) {
        if (x1 <= x0 || y1 <= y0) {
            return;
        }
        int[] px = target.pixels();
        int w = target.width();
        double sx = 1.0 / (x1 - x0);
        double sy = 1.0 / (y1 - y0);
        boolean unit = true;
        for (int k = 0; k < 16; k++) {
            if ((k & 3) != 3 && !(s[b + k] >= 0 && s[b + k] <= 1)) {
                unit = false;
            }
        }
        for (int y = y0; y < y1; y++) {
            double v = (y + 0.5 - y0) * sy;
            double l0 = s[b] + (s[b + 8] - s[b]) * v;
            double l1 = s[b + 1] + (s[b + 9] - s[b + 1]) * v;
            double l2 = s[b + 2] + (s[b + 10] - s[b + 2]) * v;
            double r0 = s[b + 4] + (s[b + 12] - s[b + 4]) * v;
            double r1 = s[b + 5] + (s[b + 13] - s[b + 5]) * v;
            double r2 = s[b + 6] + (s[b + 14] - s[b + 6]) * v;
            int row = y * w;
            if (unit) {
                double half = 0.5 * sx;
                double scale = INDEX_SCALE;
                int a0 = (int) ((l0 + (r0 - l0) * half) * scale + ROUND);
                int a1 = (int) ((l1 + (r1 - l1) * half) * scale + ROUND);
                int a2 = (int) ((l2 + (r2 - l2) * half) * scale + ROUND);
                int d0 = (int) StrictMath.rint((r0 - l0) * sx * scale);
                int d1 = (int) StrictMath.rint((r1 - l1) * sx * scale);
                int d2 = (int) StrictMath.rint((r2 - l2) * sx * scale);
                for (int x = x0; x < x1; x++) {
                    px[row + x] = 0xFF000000 | (TO_SRGB[a0 >> FRACTION] & 0xFF) << 16 | (TO_SRGB[a1 >> FRACTION] & 0xFF) << 8
                            | TO_SRGB[a2 >> FRACTION] & 0xFF;
                    a0 += d0;
                    a1 += d1;
                    a2 += d2;
                }
            } else {
                for (int x = x0; x < x1; x++) {
                    double u = (x + 0.5 - x0) * sx;
                    px[row + x] = 0xFF000000 | srgb(l0 + (r0 - l0) * u) << 16 | srgb(l1 + (r1 - l1) * u) << 8
                            | srgb(l2 + (r2 - l2) * u);
                }
            }
        }
    }

    /** Fills a block that holds detail: a ray through every pixel corner, each pixel the mean of its four. */
    private static void refine(RgbaImage target, Rays rays, double[] s, int x0, int x1, int y0, int y1) {
        int offset = SLOT * LEVELS;
        int n = x1 - x0 + 1;
        for (int y = y0; y <= y1; y++) {
            for (int x = x0; x <= x1; x++) {
                rays.get(x, y, s, offset + 4 * ((y - y0) * n + x - x0));
            }
        }
        int[] px = target.pixels();
        int w = target.width();
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                int k = offset + 4 * ((y - y0) * n + x - x0);
                int m = k + 4 * n;
                px[y * w + x] = 0xFF000000 | srgb(mean(s, k, m)) << 16 | srgb(mean(s, k + 1, m + 1)) << 8
                        | srgb(mean(s, k + 2, m + 2));
            }
        }
    }

    /** The mean of one channel over a pixel's four corner samples, the upper pair at {@code k}, the lower at {@code m}. */
    private static double mean(double[] corners, int k, int m) {
        return (corners[k] + corners[k + 4] + corners[m] + corners[m + 4]) * 0.25;
    }

    private static int srgb(double linear) {
        int i = (int) (linear * TABLE_TOP + 0.5);
        return TO_SRGB[i < 0 ? 0 : StrictMath.min(i, TABLE_TOP)] & 0xFF;
    }

    /** The 8-bit sRGB value of linear {@code i / TABLE_TOP}, for {@code i} from 0 to {@value #TABLE_TOP}. */
    private static byte[] srgbTable() {
        byte[] table = new byte[TABLE_TOP + 1];
        for (int i = 0; i < table.length; i++) {
            double l = (double) i / TABLE_TOP;
            double s = l <= 0.0031308 ? 12.92 * l : 1.055 * StrictMath.pow(l, 1 / 2.4) - 0.055;
            table[i] = (byte) Colours.clamp(s * 255);
        }
        return table;
    }
}
