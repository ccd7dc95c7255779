package ai.fvgs.outfit.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import ai.fvgs.avatar.Avatar;
import ai.fvgs.avatar.BodyPart;
import ai.fvgs.sdk.garment.Drape;
import ai.fvgs.sdk.garment.FittedTorso;
import ai.fvgs.sdk.garment.FormPiece;
import ai.fvgs.sdk.garment.GarmentForm;
import ai.fvgs.sdk.garment.Legs;
import ai.fvgs.sdk.garment.Sleeves;

/**
 * Fits a {@link GarmentForm} to an avatar over the garments already fitted under it. Every piece is built
 * on a {@link RadialField} of what is under it (skin of the piece's body parts plus lower layers in the same
 * region), so each vertex lies at least {@link #CLEARANCE} outside them, plus the piece's ease.
 */
public final class Tailor {

    /** Gap between a garment and what is under it, metres. */
    public static final double CLEARANCE = 0.004;

    private static final int TORSO_COLUMNS = 96;
    private static final int SLEEVE_COLUMNS = 48;
    private static final int LEG_COLUMNS = 64;
    private static final double RING = 0.01;
    private static final double CLOTH_RING = 0.02;

    private final BodySurfaces body;
    private final List<FittedMesh> lower;
    private final Map<Region, RadialField> fields = new EnumMap<>(Region.class);
    private final MeshAccumulator mesh = new MeshAccumulator();
    private final List<Coverage> covers = new ArrayList<>();
    private double fittedBottom = Double.NaN;

    Tailor(Avatar avatar, List<FittedMesh> lower) {
        this.body = new BodySurfaces(avatar);
        this.lower = lower;
    }

    /**
     * @param avatar the wearer
     * @param form   the garment's form
     * @param lower  garments under it, innermost first
     * @return the fitted garment
     * @throws IllegalArgumentException naming the piece and why it cannot be fitted to this body
     */
    public static FittedMesh fit(Avatar avatar, GarmentForm form, List<FittedMesh> lower) {
        Tailor t = new Tailor(avatar, lower);
        for (FormPiece p : form.pieces()) {
            if (p instanceof FittedTorso f) {
                t.torso(f);
            }
        }
        for (FormPiece p : form.pieces()) {
            switch (p) {
                case FittedTorso f -> {
                    // done first, so drapes can overlap its hem
                }
                case Sleeves s -> {
                    t.sleeve(s, Region.ARM_LEFT, "shoulder_l", "wrist_l");
                    t.sleeve(s, Region.ARM_RIGHT, "shoulder_r", "wrist_r");
                }
                case Legs l -> {
                    t.leg(l, Region.LEG_LEFT, "hip_l", "ankle_l");
                    t.leg(l, Region.LEG_RIGHT, "hip_r", "ankle_r");
                }
                case Drape d -> t.drape(d);
            }
        }
        return FittedMesh.of(t.mesh, t.covers);
    }

    /** The field of what is under a garment in a region, built once per garment. */
    RadialField field(Region region) {
        return fields.computeIfAbsent(region, r -> {
            List<RadialField.Source> sources = new ArrayList<>();
            sources.add(body.skin(r.parts()));
            sources.addAll(BodySurfaces.lowerSources(lower, r));
            Axis axis;
            double from;
            double to;
            switch (r) {
                case TORSO -> {
                    double[] pelvis = body.joint("pelvis");
                    axis = Axis.vertical(pelvis[0], pelvis[2]);
                    from = 0;
                    to = body.avatar().landmarks().height();
                }
                case ARM_LEFT, ARM_RIGHT -> {
                    String side = r == Region.ARM_LEFT ? "_l" : "_r";
                    double[] a = body.joint("shoulder" + side);
                    double[] b = body.joint("wrist" + side);
                    axis = Axis.between(a, b);
                    from = -0.2;
                    to = distance(a, b) + 0.02;
                }
                default -> {
                    String side = r == Region.LEG_LEFT ? "_l" : "_r";
                    double[] a = body.joint("hip" + side);
                    double[] b = body.joint("ankle" + side);
                    axis = Axis.between(a, b);
                    from = -0.3;
                    to = distance(a, b) + 0.02;
                }
            }
            return RadialField.build(axis, from, to, sources, CLEARANCE);
        });
    }

    private void torso(FittedTorso f) {
        double top = body.height(f.top());
        double bottom = body.height(f.bottom());
        if (bottom < 0.02) {
            throw new IllegalArgumentException("fitted torso: the hem (" + f.bottom() + ") would be "
                    + cm(-bottom) + " cm below the floor on this body; shorten it");
        }
        if (bottom > top - 0.03) {
            throw new IllegalArgumentException("fitted torso: the hem (" + f.bottom() + ") must be at least 3 cm below the top ("
                    + f.top() + "); on this body it is " + cm(top - bottom) + " cm");
        }
        RadialField field = field(Region.TORSO);
        double extra = f.easeCm() / 100 / (2 * Math.PI);
        double neckRadius = field.perimeter(top) / (2 * Math.PI);
        int k = TORSO_COLUMNS;
        double[] tops = new double[k + 1];
        double[] bottoms = new double[k + 1];
        double span = 0;
        for (int j = 0; j <= k; j++) {
            double angle = columnAngle(j, k);
            tops[j] = top - neckDrop(f, angle, neckRadius);
            bottoms[j] = bottom + hemLift(f, angle);
            span = Math.max(span, tops[j] - bottoms[j]);
        }
        int rings = Math.max(2, (int) Math.ceil(span / RING) + 1);
        double width = field.perimeter((top + bottom) / 2) + 2 * Math.PI * extra;
        int base = mesh.vertexCount();
        double[] p = new double[3];
        for (int i = 0; i < rings; i++) {
            for (int j = 0; j <= k; j++) {
                double y = bottoms[j] + (tops[j] - bottoms[j]) * i / (rings - 1);
                field.point(y, columnAngle(j, k), extra, p);
                mesh.vertex(p, width * j / k, top - y, Region.TORSO, 1, -1);
            }
        }
        mesh.grid(base, rings, k + 1, field.axis());
        fittedBottom = bottom;
        int m = 64;
        double[] lo = new double[m];
        double[] hi = new double[m];
        for (int i = 0; i < m; i++) {
            double angle = 2 * Math.PI * i / m;
            lo[i] = bottom + hemLift(f, angle);
            hi[i] = top - neckDrop(f, angle, neckRadius);
        }
        Set<BodyPart> hidden = Set.of(BodyPart.TORSO, BodyPart.LEG_LEFT, BodyPart.LEG_RIGHT);
        covers.add(new Coverage(field, hidden, lo, hi));
    }

    private static double neckDrop(FittedTorso f, double angle, double neckRadius) {
        if (f.neckline() == null) {
            return 0;
        }
        double fromFront = Math.abs(wrap(angle - Math.PI / 2));
        double u = fromFront * neckRadius * 100 / (f.neckline().widthCm() / 2);
        return u >= 1 ? 0 : f.neckline().dropCm(u) / 100;
    }

    private static double hemLift(FittedTorso f, double angle) {
        double c = StrictMath.cos(angle);
        return f.hemCurveCm() / 100 * c * c;
    }

    private void sleeve(Sleeves s, Region region, String from, String to) {
        RadialField field = field(region);
        double armLength = distance(body.joint(from), body.joint(to));
        double start = field.firstS() - RadialField.STEP;
        double end = Math.min(s.lengthCm() / 100, armLength);
        tube(field, region, start, end, s.easeCm(), s.hemEaseCm(), SLEEVE_COLUMNS, Set.of(region == Region.ARM_LEFT
                ? BodyPart.ARM_LEFT : BodyPart.ARM_RIGHT), "sleeves");
    }

    private void leg(Legs l, Region region, String from, String to) {
        double bottom = body.height(l.bottom());
        double crotch = body.avatar().landmarks().crotch();
        if (bottom > crotch - 0.02) {
            throw new IllegalArgumentException("legs: the hem (" + l.bottom() + ") must be at least 2 cm below the crotch; on this body it is "
                    + cm(bottom - crotch) + " cm above it");
        }
        if (bottom < 0.01) {
            throw new IllegalArgumentException("legs: the hem (" + l.bottom() + ") would be below the floor on this body; shorten them");
        }
        RadialField field = field(region);
        Axis a = field.axis();
        double end = Math.min((bottom - a.origin()[1]) / a.d()[1], field.lastS());
        double start = field.firstS() - RadialField.STEP;
        tube(field, region, start, end, l.easeCm(), l.hemEaseCm(), LEG_COLUMNS,
                Set.of(region == Region.LEG_LEFT ? BodyPart.LEG_LEFT : BodyPart.LEG_RIGHT), "legs");
    }

    private void tube(RadialField field, Region region, double start, double end, double easeCm, double hemEaseCm, int k,
            Set<BodyPart> hidden, String what) {
        if (end < start + 0.02) {
            throw new IllegalArgumentException(what + ": too short to fit on this body (" + cm(end - start) + " cm)");
        }
        int rings = Math.max(2, (int) Math.ceil((end - start) / RING) + 1);
        double width = field.perimeter((start + end) / 2) + easeCm / 100;
        int base = mesh.vertexCount();
        double[] p = new double[3];
        for (int i = 0; i < rings; i++) {
            double t = (double) i / (rings - 1);
            double s = start + (end - start) * t;
            double extra = (easeCm + (hemEaseCm - easeCm) * t) / 100 / (2 * Math.PI);
            for (int j = 0; j <= k; j++) {
                field.point(s, columnAngle(j, k), extra, p);
                mesh.vertex(p, width * j / k, s - start, region, 1, -1);
            }
        }
        mesh.grid(base, rings, k + 1, field.axis());
        double[] lo = new double[64];
        double[] hi = new double[64];
        java.util.Arrays.fill(lo, start);
        java.util.Arrays.fill(hi, end);
        covers.add(new Coverage(field, hidden, lo, hi));
    }

    private void drape(Drape d) {
        RadialField field = field(Region.TORSO);
        double top = body.height(d.top());
        double hem = body.height(d.hem());
        if (hem < 0.005) {
            throw new IllegalArgumentException("drape: the hem (" + d.hem() + ") would be " + cm(-hem)
                    + " cm below the floor on this body; shorten it");
        }
        if (hem > top - 0.05) {
            throw new IllegalArgumentException("drape: the hem (" + d.hem() + ") must be at least 5 cm below the top (" + d.top()
                    + "); on this body it is " + cm(top - hem) + " cm");
        }
        if (!Double.isNaN(fittedBottom) && Math.abs(fittedBottom - top) < 0.03) {
            top += 0.01; // start just under the fitted hem so no gap opens between them
        }
        new DrapeBuilder(field, mesh, CLEARANCE).build(d, top, hem);
    }

    /** Column angle: columns start at the centre back (-z) and go round through +x, +z (the front) and -x. */
    static double columnAngle(int j, int columns) {
        return -Math.PI / 2 + 2 * Math.PI * j / columns;
    }

    static double wrap(double a) {
        return a - 2 * Math.PI * Math.floor((a + Math.PI) / (2 * Math.PI));
    }

    static double distance(double[] a, double[] b) {
        return Math.sqrt((a[0] - b[0]) * (a[0] - b[0]) + (a[1] - b[1]) * (a[1] - b[1]) + (a[2] - b[2]) * (a[2] - b[2]));
    }

    private static String cm(double metres) {
        return String.format(java.util.Locale.ROOT, "%.1f", metres * 100);
    }
}
