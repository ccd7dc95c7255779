package ai.fvgs.backgrounds.basic;

import ai.fvgs.sdk.RgbaImage;
import ai.fvgs.sdk.background.BackgroundView;

/**
 * Turns a {@link RunwayStage} into pixels for one view, adaptively. The image is cut into blocks of
 * {@value #BLOCK} x {@value #BLOCK} pixels and a ray is traced through every block corner. Where the four
 * corners of a block hit the same smooth region of the stage, five more rays go through the block's centre
 * and the middles of its sides; if their colours are within {@value #SMOOTH_LEVELS} sRGB level of what
 * bilinear interpolation of the corners' sRGB colours predicts there, the block's pixels are interpolated
 * between the corners. Otherwise the block is split into four, down to {@value #MIN_BLOCK} pixels. A block that
 * small is interpolated when its centre ray agrees (corners in one region), or, when its corners lie in
 * regions that {@link RunwayStage#continuous continue} one another, when all five rays agree; one that still
 * holds detail (an edge, an edge light, an audience light) gets one ray through every pixel corner, and each
 * pixel is the mean of its four corners, as a box filter. So the few blocks that hold detail get anti-aliased
 * rays, and the many smooth ones cost an interpolation. Each pixel corner is traced at most once per paint
 * call: neighbouring blocks share the rays on their common sides.
 * <p>
 * Every paint call works on its own buffers, so one raster may paint from several threads at once; the result
 * depends only on the stage, the view and the image size.
 */
final class RunwayRaster {

    /** Size of the blocks the image is cut into first, in pixels. */
    static final int BLOCK = 32;
    /** Blocks of this size or smaller are not split further but traced ray by ray. */
    static final int MIN_BLOCK = 4;
    /** How often a block can be split: 32, 16, 8, 4. */
    private static final int LEVELS = 4;
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
    /** sRGB values in the table are in this fraction of an 8-bit level. */
    private static final int FINE = 256;
    /** Fractional bits of the fixed-point sRGB levels that interpolation steps along a row. */
    private static final int FRACTION = 16;
    /** sRGB in units of {@code 1 / FINE} level, 0 to {@code 255 * FINE}, of linear {@code i / TABLE_TOP}. */
    private static final char[] TO_SRGB = srgbTable();

    private final RunwayStage stage;

    /** @param stage what to paint */
    RunwayRaster(RunwayStage stage) {
        this.stage = stage;
    }

    /**
     * The camera of one paint call, with the ray direction split into a part per pixel-corner column
     * ({@code rx, ry, rz}: across the image) and a part per pixel-corner row ({@code cx, cy, cz}: the forward
     * axis plus the way up the image), both precomputed.
     */
    private record Camera(double ox, double oy, double oz, double[] rx, double[] ry, double[] rz, double[] cx, double[] cy,
            double[] cz, int width) {

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
            double[] cx = new double[h + 1];
            double[] cy = new double[h + 1];
            double[] cz = new double[h + 1];
            for (int y = 0; y <= h; y++) {
                double vy = (1 - 2.0 * y / h) * tan;
                cx[y] = f.x() + u.x() * vy;
                cy[y] = f.y() + u.y() * vy;
                cz[y] = f.z() + u.z() * vy;
            }
            return new Camera(o.x(), o.y(), o.z(), rx, ry, rz, cx, cy, cz, w);
        }

        /** Traces the ray through pixel corner {@code (x, y)} into {@code out[at..at+3]}. */
        void trace(RunwayStage stage, int x, int y, double[] out, int at) {
            double dx = cx[y] + rx[x];
            double dy = cy[y] + ry[x];
            double dz = cz[y] + rz[x];
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
        double u = (double) (cx - x0) / (x1 - x0);
        double v = (double) (cy - y0) / (y1 - y0);
        if (same || split || continuous) {
            rays.get(cx, cy, s, b + CENTRE);
            if (same && !split && centreSmooth(s, b, u, v)) {
                interpolate(target, s, b, x0, x1, y0, y1);
                return;
            }
            rays.get(cx, y0, s, b + CENTRE + 4);
            rays.get(x0, cy, s, b + CENTRE + 8);
            rays.get(x1, cy, s, b + CENTRE + 12);
            rays.get(cx, y1, s, b + CENTRE + 16);
        }
        if ((same || continuous) && smooth(s, b, u, v, !split)) {
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
     * Whether the block's centre and side-middle rays, through {@code (u, v)}, {@code (u, 0)}, {@code (0, v)},
     * {@code (1, v)} and {@code (u, 1)} of the block, hit the corners' region (or, if {@code loose}, one
     * {@link RunwayStage#continuous continuous} with it) and have, within {@value #SMOOTH_LEVELS} sRGB level per
     * channel, the colour that bilinear interpolation of the corners' sRGB colours predicts there.
     */
    private static boolean smooth(double[] s, int b, double u, double v, boolean loose) {
        double region = s[b + 3];
        for (int at = b + CENTRE + 3; at < b + SLOT; at += 4) {
            if (s[at] != region && !(loose && RunwayStage.continuous(region, s[at]))) {
                return false;
            }
        }
        for (int c = b; c < b + 3; c++) {
            int tl = fine(s[c]);
            int tr = fine(s[c + 4]);
            int bl = fine(s[c + 8]);
            int br = fine(s[c + 12]);
            if (!near(tl, tr, bl, br, u, v, s[c + CENTRE]) || !near(tl, tr, bl, br, u, 0, s[c + CENTRE + 4])
                    || !near(tl, tr, bl, br, 0, v, s[c + CENTRE + 8]) || !near(tl, tr, bl, br, 1, v, s[c + CENTRE + 12])
                    || !near(tl, tr, bl, br, u, 1, s[c + CENTRE + 16])) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the centre ray of a smallest block, through {@code (u, v)} of the block, hit the corners' region
     * and agrees with the bilinear interpolation of the corners as {@link #smooth} asks of all five rays: over a
     * few pixels, where the corners share a region, the centre alone shows curvature.
     */
    private static boolean centreSmooth(double[] s, int b, double u, double v) {
        if (s[b + CENTRE + 3] != s[b + 3]) {
            return false;
        }
        for (int c = b; c < b + 3; c++) {
            if (!near(fine(s[c]), fine(s[c + 4]), fine(s[c + 8]), fine(s[c + 12]), u, v, s[c + CENTRE])) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether bilinear interpolation at {@code (u, v)} of one channel's corner values (sRGB in {@code 1 / FINE}
     * level) rounds to within {@value #SMOOTH_LEVELS} level of the traced linear value's sRGB level.
     */
    private static boolean near(int tl, int tr, int bl, int br, double u, double v, double linear) {
        double left = tl + (bl - tl) * v;
        double right = tr + (br - tr) * v;
        int predicted = (int) (left + (right - left) * u + FINE / 2) / FINE;
        return StrictMath.abs(predicted - (fine(linear) + FINE / 2) / FINE) <= SMOOTH_LEVELS;
    }

    /**
     * Fills a smooth block by bilinear interpolation, at each pixel centre, of its corners' colours in sRGB (which
     * {@link #smooth} has checked against the rays inside the block): each channel steps along a row in
     * {@value #FRACTION}-bit fixed point, with no table lookup per pixel.
     */
    private static void interpolate(RgbaImage target, double[] s, int b, int x0, int x1, int y0, int y1) {
        int[] px = target.pixels();
        int w = target.width();
        double sx = 1.0 / (x1 - x0);
        double sy = 1.0 / (y1 - y0);
        double scale = (double) (1 << FRACTION) / FINE;
        double tl0 = fine(s[b]) * scale;
        double tl1 = fine(s[b + 1]) * scale;
        double tl2 = fine(s[b + 2]) * scale;
        double tr0 = fine(s[b + 4]) * scale;
        double tr1 = fine(s[b + 5]) * scale;
        double tr2 = fine(s[b + 6]) * scale;
        double bl0 = fine(s[b + 8]) * scale;
        double bl1 = fine(s[b + 9]) * scale;
        double bl2 = fine(s[b + 10]) * scale;
        double br0 = fine(s[b + 12]) * scale;
        double br1 = fine(s[b + 13]) * scale;
        double br2 = fine(s[b + 14]) * scale;
        double round = 0.5 * (1 << FRACTION);
        for (int y = y0; y < y1; y++) {
            double v = (y + 0.5 - y0) * sy;
            double l0 = tl0 + (bl0 - tl0) * v;
            double l1 = tl1 + (bl1 - tl1) * v;
            double l2 = tl2 + (bl2 - tl2) * v;
            double r0 = tr0 + (br0 - tr0) * v;
            double r1 = tr1 + (br1 - tr1) * v;
            double r2 = tr2 + (br2 - tr2) * v;
            double half = 0.5 * sx;
            int a0 = (int) (l0 + (r0 - l0) * half + round);
            int a1 = (int) (l1 + (r1 - l1) * half + round);
            int a2 = (int) (l2 + (r2 - l2) * half + round);
            int d0 = (int) StrictMath.rint((r0 - l0) * sx);
            int d1 = (int) StrictMath.rint((r1 - l1) * sx);
            int d2 = (int) StrictMath.rint((r2 - l2) * sx);
            int row = y * w;
            for (int x = x0; x < x1; x++) {
                px[row + x] = 0xFF000000 | a0 & 0xFF0000 | a1 >> 8 & 0xFF00 | a2 >>> 16;
                a0 += d0;
                a1 += d1;
                a2 += d2;
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

    /** @return the 8-bit sRGB value of a linear channel value, clamped to 0..1 */
    private static int srgb(double linear) {
        return (fine(linear) + FINE / 2) / FINE;
    }

    /** @return the sRGB value, in {@code 1 / FINE} level, of a linear channel value clamped to 0..1 */
    private static int fine(double linear) {
        int i = (int) (linear * TABLE_TOP + 0.5);
        return TO_SRGB[i < 0 ? 0 : StrictMath.min(i, TABLE_TOP)];
    }

    private static char[] srgbTable() {
        char[] table = new char[TABLE_TOP + 1];
        for (int i = 0; i < table.length; i++) {
            double l = (double) i / TABLE_TOP;
            double s = l <= 0.0031308 ? 12.92 * l : 1.055 * StrictMath.pow(l, 1 / 2.4) - 0.055;
            double f = s * 255 * FINE;
            table[i] = (char) (f <= 0 ? 0 : f >= 255 * FINE ? 255 * FINE : (int) (f + 0.5));
        }
        return table;
    }
}
