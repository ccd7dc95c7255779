package ai.fvgs.backgrounds.basic;

/**
 * The geometry and lighting of the runway stage, traced one ray at a time. World: metres, {@code y} up, floor
 * {@code y = 0}; the catwalk is the strip {@code |x| <= width / 2} from the back wall at
 * {@code z = -length / 2} to its front end at {@code z = +length / 2}; the audience sits in tiers along side
 * walls {@code AISLE} metres beyond each edge; a ceiling closes the hall at {@code HEIGHT} metres, and
 * towards {@code +z} (behind the usual camera) the hall fades into darkness.
 * <p>
 * The walls and ceiling are one-sided (seen only from inside the hall), so a camera that leaves the hall
 * still gets a sensible picture. Shading works in linear light on colours converted from sRGB. A ray costs
 * no allocation and no transcendental function: the soft fall-offs come from {@link Falloff}'s tables, and
 * everything else is fixed-order {@code + - * /} and square roots, so the same ray gives the same colour on
 * every JVM and thread. Immutable, so one stage may trace from several threads at once.
 */
final class RunwayStage {

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
    /** Rays that travel further than this, in metres, see the dark void. */
    private static final double FAR = 200;
    private static final double[] VOID = { 0.002, 0.002, 0.003 };
    /**
     * The region code of a ray whose neighbourhood must be traced ray by ray: it hit a feature smaller than a
     * few pixels (an edge light strip, an audience light) that interpolation between distant rays could miss.
     */
    static final double DETAIL = -1;
    private static final double VOID_REGION = 1;
    private static final double CEILING = 2;
    /**
     * The lit entrance: this plus {@link #BAR_STEP} times the half period of its bars, 0 to 5. The half periods
     * are separate regions, so no block interpolates across a bright or dark bar, but share the whole part of
     * their code, because the colour is continuous from one to the next (see {@link #continuous}).
     */
    private static final double ENTRANCE = 10;
    /** The step of the entrance's region code per half period of its bars: a fraction no other code has. */
    private static final double BAR_STEP = 1.0 / 64;
    private static final double ENTRANCE_FRAME = 4;
    private static final double BACK_WALL = 5;
    private static final double UPPER_AUDIENCE = 6;
    private static final double FLOOR = 100;
    private static final double CATWALK = 101;
    /** Audience regions: this plus one code per seat and half tier. */
    private static final double SEATS = 1000;

    private final double[] runway;
    private final double[] floor;
    private final double[] wall;
    private final double[] light;
    private final double gloss;
    private final boolean spots;
    private final boolean edgeLights;
    private final double backZ;
    private final double half;
    private final double side;
    private final double entranceHalf;
    /** Centres ({@code z}) of the spot pools along the catwalk. */
    private final double[] poolZ;
    /** A pool adds nothing beyond this squared distance from its centre (three standard deviations). */
    private final double poolReach2;
    /** {@code 1 / (2 sigma^2)} of the pools' Gaussian profile. */
    private final double poolFalloff;

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
    RunwayStage(double[] runway, double[] floor, double[] wall, double[] light, double length, double width, double gloss,
            boolean spots, boolean edgeLights) {
        this.runway = runway.clone();
        this.floor = floor.clone();
        this.wall = wall.clone();
        this.light = light.clone();
        this.gloss = gloss;
        this.spots = spots;
        this.edgeLights = edgeLights;
        this.backZ = -length / 2;
        this.half = width / 2;
        this.side = width / 2 + AISLE;
        this.entranceHalf = StrictMath.max(width * 0.75, 1.3);
        int n = (int) StrictMath.max(1, StrictMath.round(length / 3.5));
        this.poolZ = new double[n];
        for (int k = 0; k < n; k++) {
            poolZ[k] = backZ + length * (k + 0.5) / n;
        }
        double sigma = StrictMath.max(0.45, width * 0.45);
        this.poolReach2 = 9 * sigma * sigma;
        this.poolFalloff = 1 / (2 * sigma * sigma);
    }

    /**
     * Traces one ray and writes its linear colour, darkened by haze with distance, to {@code out[at..at+2]},
     * and the code of the region it hit to {@code out[at + 3]}: rays with the same code (other than
     * {@link #DETAIL}) see the same smooth part of the stage, so colours between them may be interpolated.
     *
     * @param ox  ray origin (the camera), x
     * @param oy  ray origin, y
     * @param oz  ray origin, z
     * @param dx  unit ray direction, x
     * @param dy  unit ray direction, y
     * @param dz  unit ray direction, z
     * @param out receives linear RGB and the region code
     * @param at  where in {@code out}
     */
    void trace(double ox, double oy, double oz, double dx, double dy, double dz, double[] out, int at) {
        double t = hit(ox, oy, oz, dx, dy, dz, out, at, true);
        double haze = t / (t + 45);
        for (int i = 0; i < 3; i++) {
            out[at + i] = out[at + i] * (1 - haze) + VOID[i] * haze;
        }
    }

    /**
     * Whether two rays, neither {@link #DETAIL}, see one surface whose colour is smooth and continuous between
     * them even where their region codes differ: only the entrance's bar half periods (seen directly or mirrored
     * in the catwalk) differ in the fraction of their code, every other region code is a whole number.
     *
     * @param a region code of one ray
     * @param b region code of the other
     * @return whether colours between the rays may be interpolated once the rays are close enough together
     */
    static boolean continuous(double a, double b) {
        return a != DETAIL && b != DETAIL && StrictMath.floor(a) == StrictMath.floor(b);
    }

    /**
     * Writes the linear colour of what a ray hits to {@code c[at..at+2]} and its region code to
     * {@code c[at + 3]}.
     *
     * @param reflect whether a catwalk hit adds its mirror reflection (one bounce only)
     * @return the distance to the hit, or {@link #FAR} for the dark void
     */
    private double hit(double ox, double oy, double oz, double dx, double dy, double dz, double[] c, int at, boolean reflect) {
        double best = Double.POSITIVE_INFINITY;
        int surface = -1;
        if (dy < 0 && oy > 0) {
            best = -oy / dy;
            surface = 0;
        }
        if (dz < 0 && oz > backZ) {
            double t = (backZ - oz) / dz;
            if (t < best) {
                best = t;
                surface = 1;
            }
        }
        if (dx != 0 && StrictMath.abs(ox) < side) {
            double t = ((dx < 0 ? -side : side) - ox) / dx;
            if (t < best) {
                best = t;
                surface = 2;
            }
        }
        if (dy > 0 && oy < HEIGHT) {
            double t = (HEIGHT - oy) / dy;
            if (t < best) {
                best = t;
                surface = 3;
            }
        }
        if (surface < 0 || best > FAR) {
            set(c, at, VOID, 1);
            c[at + 3] = VOID_REGION;
            return FAR;
        }
        switch (surface) {
            case 0 -> floor(ox + dx * best, oz + dz * best, dx, dy, dz, c, at, reflect);
            case 1 -> backWall(ox + dx * best, oy + dy * best, c, at);
            case 2 -> audience(oy + dy * best, oz + dz * best, c, at);
            default -> {
                set(c, at, wall, 0.05);
                c[at + 3] = CEILING;
            }
        }
        return best;
    }

    private void floor(double x, double z, double dx, double dy, double dz, double[] c, int at, boolean reflect) {
        double ax = StrictMath.abs(x);
        boolean along = z >= backZ && z <= -backZ;
        boolean onRunway = ax <= half && along;
        double pool = spots ? pools(x, z) : 0;
        double edge = StrictMath.abs(ax - half);
        double spill = edgeLights && along ? 0.5 * Falloff.exp(edge * (1 / 0.18)) : 0;
        double lit;
        double[] base;
        double spilled;
        if (onRunway) {
            base = runway;
            lit = 0.22 + 0.8 * pool + 0.3 * Falloff.exp((z - backZ) * (1 / 2.5));
            spilled = spill * 0.25;
        } else {
            base = floor;
            lit = 0.35 + 0.6 * pool;
            spilled = spill * 0.6;
        }
        double strip = edgeLights && along && edge < 0.03 ? 2.5 * (1 - edge * (1 / 0.03)) : 0;
        double region = strip > 0 ? DETAIL : onRunway ? CATWALK : FLOOR + (along ? 2 : 0);
        double r = base[0] * lit + light[0] * spilled + light[0] * strip;
        double g = base[1] * lit + light[1] * spilled + light[1] * strip;
        double b = base[2] * lit + light[2] * spilled + light[2] * strip;
        if (onRunway && reflect && gloss > 0) {
            double q = 1 + dy;
            q *= q;
            double fresnel = gloss * (0.2 + 0.8 * q * q);
            hit(x, 1e-9, z, dx, -dy, dz, c, at, false);
            r = r * (1 - fresnel) + c[at] * fresnel;
            g = g * (1 - fresnel) + c[at + 1] * fresnel;
            b = b * (1 - fresnel) + c[at + 2] * fresnel;
            region = region == DETAIL || c[at + 3] == DETAIL ? DETAIL : region + 8 * c[at + 3];
        }
        c[at] = r;
        c[at + 1] = g;
        c[at + 2] = b;
        c[at + 3] = region;
    }

    /** Spot pools: soft discs of light at even intervals along the catwalk. */
    private double pools(double x, double z) {
        double x2 = x * x;
        if (x2 >= poolReach2) {
            return 0;
        }
        double sum = 0;
        for (double zk : poolZ) {
            double r2 = x2 + (z - zk) * (z - zk);
            if (r2 < poolReach2) {
                sum += Falloff.exp(r2 * poolFalloff);
            }
        }
        return sum;
    }

    private void backWall(double x, double y, double[] c, int at) {
        double ax = StrictMath.abs(x);
        double u = ax / entranceHalf;
        if (u < 1 && y < PROSCENIUM_HEIGHT) {
            double bars = Falloff.bars(u);
            double panel = (0.55 - 0.25 * (y / PROSCENIUM_HEIGHT)) * (0.75 + 0.25 * bars * bars) - 0.2 * u * u;
            set(c, at, light, panel);
            // one region per half period of the bars, so that no block interpolates across a bright or dark bar
            c[at + 3] = ENTRANCE + (int) (u * 6) * BAR_STEP;
            return;
        }
        double frame = 0.22;
        boolean inFrame = ax < entranceHalf + frame && y < PROSCENIUM_HEIGHT + frame;
        double ex = StrictMath.max(0, ax - entranceHalf);
        double ey = StrictMath.max(0, y - PROSCENIUM_HEIGHT);
        double halo = 0.45 * Falloff.exp(StrictMath.sqrt(ex * ex + ey * ey) * (1 / 0.9));
        double lit = (inFrame ? 0.55 : 0.16 * (1 - 0.6 * y / HEIGHT)) + halo;
        for (int i = 0; i < 3; i++) {
            c[at + i] = wall[i] * lit + light[i] * halo * 0.2;
        }
        c[at + 3] = inFrame ? ENTRANCE_FRAME : BACK_WALL;
    }

    /** Tiered seating with a scattering of faint lights (faces, screens) on the side walls. */
    private void audience(double y, double z, double[] c, int at) {
        if (y > 4) {
            set(c, at, wall, 0.08);
            c[at + 3] = UPPER_AUDIENCE;
            return;
        }
        double tier = y / TIER;
        int row = (int) StrictMath.floor(tier);
        double inRow = tier - row;
        set(c, at, wall, inRow < 0.7 ? 0.1 : 0.22);
        int seat = (int) StrictMath.floor(z / SEAT);
        c[at + 3] = SEATS + 2 * (row * 65536.0 + seat) + (inRow < 0.7 ? 1 : 0);
        if (inRow < 0.7 && (hash(row * 7919 + seat * 104729) & 3) == 0) {
            c[at + 3] = DETAIL;
            double fz = z / SEAT - seat - 0.5;
            double fy = (inRow - 0.35) * TIER / SEAT;
            double dot = StrictMath.max(0, 1 - (fz * fz + fy * fy) * 12);
            for (int i = 0; i < 3; i++) {
                c[at + i] += light[i] * 0.12 * dot;
            }
        }
    }

    private static void set(double[] out, int at, double[] colour, double f) {
        out[at] = colour[0] * f;
        out[at + 1] = colour[1] * f;
        out[at + 2] = colour[2] * f;
    }

    /** A fixed integer hash (no random generator), so the scattering of lights never changes. */
    private static int hash(int v) {
        int h = v * 0x9E3779B1;
        h ^= h >>> 15;
        h *= 0x85EBCA77;
        return h ^ h >>> 13;
    }
}
