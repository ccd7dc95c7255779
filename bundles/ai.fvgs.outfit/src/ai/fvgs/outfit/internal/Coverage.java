package ai.fvgs.outfit.internal;

import java.util.Set;

import ai.fvgs.avatar.BodyPart;

/**
 * The part of the body a fitted piece hides: skin vertices of {@code parts} whose position along the
 * piece's axis lies between the piece's lower and upper edge in their direction, with a margin.
 */
public final class Coverage {

    /** How far inside a piece's edges a skin vertex must lie to count as hidden, metres. */
    static final double MARGIN = 0.015;

    private final RadialField field;
    private final Set<BodyPart> parts;
    private final double[] low;
    private final double[] high;

    /**
     * @param field the piece's field
     * @param parts the body parts it hides
     * @param low   lowest axis position of the piece per direction (columns evenly spaced from angle 0)
     * @param high  highest axis position per direction
     */
    Coverage(RadialField field, Set<BodyPart> parts, double[] low, double[] high) {
        this.field = field;
        this.parts = parts;
        this.low = low;
        this.high = high;
    }

    /**
     * @param part the vertex's body part
     * @param x    bind position
     * @param y    bind position
     * @param z    bind position
     * @return whether the piece hides it
     */
    public boolean hides(BodyPart part, double x, double y, double z) {
        if (!parts.contains(part)) {
            return false;
        }
        Axis a = field.axis();
        double s = a.s(x, y, z);
        double[] c = field.centre(s);
        double angle = StrictMath.atan2(a.pv(x, y, z) - c[1], a.pu(x, y, z) - c[0]);
        double t = angle / (2 * StrictMath.PI) * low.length;
        t -= Math.floor(t / low.length) * low.length;
        int k = Math.min(low.length - 1, (int) Math.round(t) % low.length);
        return s > low[k] + MARGIN && s < high[k] - MARGIN;
    }
}
