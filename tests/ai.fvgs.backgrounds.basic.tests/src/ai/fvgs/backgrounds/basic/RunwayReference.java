package ai.fvgs.backgrounds.basic;

import java.nio.file.Path;
import java.util.Map;

import ai.fvgs.sdk.RgbaImage;
import ai.fvgs.sdk.background.BackgroundValues;
import ai.fvgs.sdk.background.BackgroundView;

/**
 * The first implementation of the runway stage, kept unchanged as the oracle the fast {@link RunwayBackground}
 * is compared with ({@code RunwayLookTest}) and measured against ({@code BackgroundBenchmark}): it traces
 * one ray through every pixel corner, allocating as it goes, and shades with {@link StrictMath#exp} and
 * {@link StrictMath#pow} per ray. The geometry and lighting of the runway stage, traced one ray at a time. World: metres, {@code y} up, floor
 * {@code y = 0}; the catwalk is the strip {@code |x| <= width / 2} from the back wall at
 * {@code z = -length / 2} to its front end at {@code z = +length / 2}; the audience sits in tiers along side
 * walls {@code AISLE} metres beyond each edge; a ceiling closes the hall at {@code HEIGHT} metres, and
 * towards {@code +z} (behind the usual camera) the hall fades into darkness.
 * <p>
 * The walls and ceiling are one-sided (seen only from inside the hall), so a camera that leaves the hall
 * still gets a sensible picture. Shading works in linear light on colours converted from sRGB; it uses only
 * {@link StrictMath} and fixed-order arithmetic, so the same ray gives the same colour everywhere.
 * Immutable.
 */
final class RunwayReference {

    /** Distance from each catwalk edge to the audience wall, in metres. */
    static final double AISLE = 6;
    /** Height of the ceiling, in metres. */
    static final double HEIGHT = 9;
    /** Height of the lit opening in the back wall the model walks out of, in metres. */
    static final double PROSCENIUM_HEIGHT = 3.4;
    /** Spacing of the seating tiers on the audience walls, in metres. */
    private static final double TIER = 0.5;
    /** Width of one audience seat, in metres. */
    private static final double SEAT = 0.5;
    private static final double[] VOID = { 0.002, 0.002, 0.003 };

    private final double[] runway;
    private final double[] floor;
    private final double[] wall;
    private final double[] light;
    private final double length;
    private final double width;
    private final double gloss;
    private final boolean spots;
    private final boolean edgeLights;

    /**
     * @param runway     linear RGB of the catwalk surface
     * @param floor      linear RGB of the hall floor
     * @param wall       linear RGB of the walls
     * @param light      linear RGB of the lights (edge strips, entrance, spots)
     * @param length     catwalk length in metres
     * @param width      catwalk width in metres
     * @param gloss      how strongly the catwalk mirrors the stage, 0 to 1
     * @param spots      whether pools of spot light lie along the catwalk
     * @param edgeLights whether light strips run along the catwalk's edges
     */
    RunwayReference(double[] runway, double[] floor, double[] wall, double[] light, double length, double width, double gloss,
            boolean spots, boolean edgeLights) {
        this.runway = runway.clone();
        this.floor = floor.clone();
        this.wall = wall.clone();
        this.light = light.clone();
        this.length = length;
        this.width = width;
        this.gloss = gloss;
        this.spots = spots;
        this.edgeLights = edgeLights;
    }


    private static final int[] TO_SRGB = srgbTable();

    /**
     * @param parameters the runway's parameters, as for {@link RunwayBackground#configure}
     * @return the reference stage with those parameters
     */
    static RunwayReference of(Map<String, String> parameters) {
        BackgroundValues v = BackgroundValues.parse(new RunwayBackground().parameters(), parameters, Path.of(""));
        return new RunwayReference(linear(v.colour("runwayColour")), linear(v.colour("floorColour")), linear(v.colour("wallColour")),
                linear(v.colour("lightColour")), v.number("length"), v.number("width"), v.number("gloss"), v.bool("spots"),
                v.bool("edgeLights"));
    }

    /**
     * Paints the stage as the first implementation did.
     *
     * @param target the image
     * @param view   the camera
     */
    void paint(RgbaImage target, BackgroundView view) {
        int w = target.width();
        int h = target.height();
        int[] px = target.pixels();
        BackgroundView.Vec3 f = view.forward();
        BackgroundView.Vec3 r = view.right();
        BackgroundView.Vec3 u = view.imageUp();
        double tan = StrictMath.tan(StrictMath.toRadians(view.verticalFovDegrees()) * 0.5);
        double aspect = (double) w / h;
        double[] o = { view.cameraPosition().x(), view.cameraPosition().y(), view.cameraPosition().z() };
        double[] d = new double[3];
        double[] above = new double[3 * (w + 1)];
        double[] below = new double[3 * (w + 1)];
        for (int y = 0; y <= h; y++) {
            double vy = (1 - 2.0 * y / h) * tan;
            java.util.Arrays.fill(below, 0);
            for (int x = 0; x <= w; x++) {
                double vx = (2.0 * x / w - 1) * tan * aspect;
                d[0] = f.x() + r.x() * vx + u.x() * vy;
                d[1] = f.y() + r.y() * vx + u.y() * vy;
                d[2] = f.z() + r.z() * vx + u.z() * vy;
                double len = StrictMath.sqrt(d[0] * d[0] + d[1] * d[1] + d[2] * d[2]);
                d[0] /= len;
                d[1] /= len;
                d[2] /= len;
                trace(o, d, below, 3 * x);
            }
            if (y > 0) {
                for (int x = 0; x < w; x++) {
                    int i = 3 * x;
                    px[(y - 1) * w + x] = 0xFF000000 | srgb(corners(above, below, i)) << 16 | srgb(corners(above, below, i + 1)) << 8
                            | srgb(corners(above, below, i + 2));
                }
            }
            double[] swap = above;
            above = below;
            below = swap;
        }
    }

    /** The mean of one channel over a pixel's four corner samples. */
    private static double corners(double[] above, double[] below, int i) {
        return (above[i] + above[i + 3] + below[i] + below[i + 3]) * 0.25;
    }

    private static int srgb(double linear) {
        int i = (int) (linear * (TO_SRGB.length - 1) + 0.5);
        return TO_SRGB[i < 0 ? 0 : StrictMath.min(i, TO_SRGB.length - 1)];
    }

    private static int[] srgbTable() {
        int[] table = new int[4096];
        for (int i = 0; i < table.length; i++) {
            double l = (double) i / (table.length - 1);
            double s = l <= 0.0031308 ? 12.92 * l : 1.055 * StrictMath.pow(l, 1 / 2.4) - 0.055;
            table[i] = Colours.clamp(s * 255);
        }
        return table;
    }

    private static double[] linear(int argb) {
        double[] c = new double[3];
        for (int i = 0; i < 3; i++) {
            double s = (argb >> (16 - 8 * i) & 0xFF) / 255.0;
            c[i] = s <= 0.04045 ? s / 12.92 : StrictMath.pow((s + 0.055) / 1.055, 2.4);
        }
        return c;
    }

    /** @return {@code z} of the back wall */
    double backZ() {
        return -length / 2;
    }

    /** @return half the width of the proscenium opening */
    double prosceniumHalfWidth() {
        return StrictMath.max(width * 0.75, 1.3);
    }

    /**
     * Traces one ray and writes its linear colour to {@code out[at..at+2]}.
     *
     * @param o   ray origin (the camera), x y z
     * @param d   unit ray direction, x y z
     * @param out receives linear RGB
     * @param at  where in {@code out}
     */
    void trace(double[] o, double[] d, double[] out, int at) {
        double[] c = new double[3];
        double t = hit(o, d, c, true);
        double haze = t / (t + 45);
        for (int i = 0; i < 3; i++) {
            out[at + i] = c[i] * (1 - haze) + VOID[i] * haze;
        }
    }

    /**
     * @param o       ray origin
     * @param d       unit direction
     * @param c       receives the linear colour of what the ray hits
     * @param reflect whether a catwalk hit adds its mirror reflection (one bounce only)
     * @return the distance to the hit, or a large distance for the dark void
     */
    private double hit(double[] o, double[] d, double[] c, boolean reflect) {
        double best = Double.POSITIVE_INFINITY;
        int surface = -1;
        if (d[1] < 0 && o[1] > 0) {
            best = -o[1] / d[1];
            surface = 0;
        }
        if (d[2] < 0 && o[2] > backZ()) {
            double t = (backZ() - o[2]) / d[2];
            if (t < best) {
                best = t;
                surface = 1;
            }
        }
        double side = width / 2 + AISLE;
        if (d[0] != 0 && StrictMath.abs(o[0]) < side) {
            double t = (StrictMath.copySign(side, d[0]) - o[0]) / d[0];
            if (t < best) {
                best = t;
                surface = 2;
            }
        }
        if (d[1] > 0 && o[1] < HEIGHT) {
            double t = (HEIGHT - o[1]) / d[1];
            if (t < best) {
                best = t;
                surface = 3;
            }
        }
        if (surface < 0 || best > 200) {
            System.arraycopy(VOID, 0, c, 0, 3);
            return 200;
        }
        double x = o[0] + d[0] * best;
        double y = o[1] + d[1] * best;
        double z = o[2] + d[2] * best;
        switch (surface) {
            case 0 -> floor(x, z, d, c, reflect);
            case 1 -> backWall(x, y, c);
            case 2 -> audience(y, z, c);
            default -> scale(wall, 0.05, c);
        }
        return best;
    }

    private void floor(double x, double z, double[] d, double[] c, boolean reflect) {
        double half = width / 2;
        boolean onRunway = StrictMath.abs(x) <= half && z >= backZ() && z <= -backZ();
        double pool = spots ? pools(x, z) : 0;
        double edge = StrictMath.abs(StrictMath.abs(x) - half);
        double along = z >= backZ() && z <= -backZ() ? 1 : 0;
        double spill = edgeLights ? along * 0.5 * StrictMath.exp(-edge / 0.18) : 0;
        double lit;
        double[] base;
        if (onRunway) {
            base = runway;
            double glow = StrictMath.exp(-(z - backZ()) / 2.5);
            lit = 0.22 + 0.8 * pool + 0.3 * glow;
        } else {
            base = floor;
            lit = 0.35 + 0.6 * pool;
        }
        for (int i = 0; i < 3; i++) {
            c[i] = base[i] * lit + light[i] * spill * (onRunway ? 0.25 : 0.6);
        }
        if (edgeLights && along > 0 && edge < 0.03) {
            double strip = 1 - edge / 0.03;
            for (int i = 0; i < 3; i++) {
                c[i] += light[i] * 2.5 * strip;
            }
        }
        if (onRunway && reflect && gloss > 0) {
            double cos = -d[1];
            double fresnel = gloss * (0.2 + 0.8 * StrictMath.pow(1 - cos, 4));
            double[] mirrored = new double[3];
            hit(new double[] { x, 1e-9, z }, new double[] { d[0], -d[1], d[2] }, mirrored, false);
            for (int i = 0; i < 3; i++) {
                c[i] = c[i] * (1 - fresnel) + mirrored[i] * fresnel;
            }
        }
    }

    /** Spot pools: soft discs of light at even intervals along the catwalk. */
    private double pools(double x, double z) {
        int n = (int) StrictMath.max(1, StrictMath.round(length / 3.5));
        double sigma = StrictMath.max(0.45, width * 0.45);
        double sum = 0;
        for (int k = 0; k < n; k++) {
            double zk = backZ() + length * (k + 0.5) / n;
            double r2 = x * x + (z - zk) * (z - zk);
            if (r2 < 9 * sigma * sigma) {
                sum += StrictMath.exp(-r2 / (2 * sigma * sigma));
            }
        }
        return sum;
    }

    private void backWall(double x, double y, double[] c) {
        double hw = prosceniumHalfWidth();
        double ax = StrictMath.abs(x);
        if (ax < hw && y < PROSCENIUM_HEIGHT) {
            double v = y / PROSCENIUM_HEIGHT;
            double bars = 0.5 + 0.5 * StrictMath.cos(ax / hw * StrictMath.PI * 3);
            double panel = (0.55 - 0.25 * v) * (0.75 + 0.25 * bars * bars) - 0.2 * (ax / hw) * (ax / hw);
            for (int i = 0; i < 3; i++) {
                c[i] = light[i] * panel;
            }
            return;
        }
        double frame = 0.22;
        boolean inFrame = ax < hw + frame && y < PROSCENIUM_HEIGHT + frame;
        double dx = StrictMath.max(0, ax - hw);
        double dy = StrictMath.max(0, y - PROSCENIUM_HEIGHT);
        double halo = 0.45 * StrictMath.exp(-StrictMath.sqrt(dx * dx + dy * dy) / 0.9);
        double lit = (inFrame ? 0.55 : 0.16 * (1 - 0.6 * y / HEIGHT)) + halo;
        for (int i = 0; i < 3; i++) {
            c[i] = wall[i] * lit + light[i] * halo * 0.2;
        }
    }

    /** Tiered seating with a scattering of faint lights (faces, screens) on the side walls. */
    private void audience(double y, double z, double[] c) {
        double[] dark = wall;
        if (y > 4) {
            scale(dark, 0.08, c);
            return;
        }
        double tier = y / TIER;
        int row = (int) StrictMath.floor(tier);
        double inRow = tier - row;
        double shade = inRow < 0.7 ? 0.1 : 0.22;
        scale(dark, shade, c);
        int seat = (int) StrictMath.floor(z / SEAT);
        int h = hash(row * 7919 + seat * 104729);
        if (inRow < 0.7 && (h & 3) == 0) {
            double fz = z / SEAT - seat - 0.5;
            double fy = (inRow - 0.35) * TIER / SEAT;
            double dot = StrictMath.max(0, 1 - (fz * fz + fy * fy) * 12);
            for (int i = 0; i < 3; i++) {
                c[i] += light[i] * 0.12 * dot;
            }
        }
    }

    private static void scale(double[] colour, double f, double[] out) {
        for (int i = 0; i < 3; i++) {
            out[i] = colour[i] * f;
        }
    }

    /** A fixed integer hash (no random generator), so the scattering of lights never changes. */
    private static int hash(int v) {
        int h = v * 0x9E3779B1;
        h ^= h >>> 15;
        h *= 0x85EBCA77;
        return h ^ h >>> 13;
    }
}
