package ai.fvgs.avatar.internal;

import ai.fvgs.avatar.Landmarks;
import java.util.List;

import ai.fvgs.avatar.BodyTemplate;

/**
 * The head: an ellipsoid centred at eye level, blended into the neck below, with a jaw that narrows for the
 * feminine template and a nose. It continues the trunk's sweep to a cap at the top of the head.
 */
final class HeadShape {

    private final double top;
    private final double eyeY;
    private final double rx;
    private final double ry;
    private final double rz;
    private final double centreZ;
    private final double jaw;
    private final double neckY;
    private final double neckA;
    private final double neckDepth;

    HeadShape(Landmarks l, BodyTemplate template, double neckGirthCm) {
        this.top = l.height();
        this.eyeY = l.chin() + 0.5 * (top - l.chin());
        this.ry = top - eyeY;
        this.rx = 0.0445 * l.height() * (template == BodyTemplate.MASCULINE ? 1.04 : 1.0);
        this.rz = 0.058 * l.height();
        this.centreZ = 0.012;
        this.jaw = template == BodyTemplate.FEMININE ? 0.78 : template == BodyTemplate.MASCULINE ? 0.9 : 0.84;
        this.neckY = l.neck();
        double r = neckGirthCm / 100 / (2 * Math.PI);
        this.neckA = r * 1.02;
        this.neckDepth = r * 0.98;
    }

    double eyeY() {
        return eyeY;
    }

    double mouthY() {
        return eyeY - 0.62 * ry;
    }

    double centreZ() {
        return centreZ;
    }

    double[] centre() {
        return new double[] { 0, eyeY, centreZ };
    }

    double rx() {
        return rx;
    }

    double ry() {
        return ry;
    }

    double rz() {
        return rz;
    }

    double[] top() {
        return new double[] { 0, top, centreZ - 0.004 };
    }

    /** @return z of the face surface at height y (in front of the ellipsoid), for placing features */
    double frontZ(double y) {
        return centreZ + rz * ellipse((y - eyeY) / ry) * (y < eyeY ? lower(y) : 1);
    }

    /** @return half-width of the head at height y */
    double halfWidth(double y) {
        return rx * ellipse((y - eyeY) / ry) * (y < eyeY ? lower(y) : 1);
    }

    void appendTo(List<Section> sections, List<Double> heights) {
        int steps = 40;
        for (int s = 1; s < steps; s++) {
            double y = neckY + (top - neckY) * s / steps;
            sections.add(section(y));
            heights.add(y);
        }
    }

    private Section section(double y) {
        double e = ellipse((y - eyeY) / ry) * (y < eyeY ? lower(y) : 1);
        double headA = rx * e;
        double headFront = centreZ + rz * e;
        double headBack = rz * e - centreZ;
        double neckWeight = y < eyeY - 0.5 * ry ? 1 : Math.max(0, 1 - (y - (eyeY - 0.5 * ry)) / (0.35 * ry));
        double a = Math.max(headA, neckA * neckWeight);
        double front = Math.max(headFront, (neckDepth - 0.006) * neckWeight);
        double back = Math.max(headBack, (neckDepth + 0.006) * neckWeight);
        Section section = Section.horizontal(0, y, 0, Math.max(a, 0.004), Math.max(front, 0.004), Math.max(back, 0.004), 2.1);
        double noseT = (y - (eyeY - 0.42 * ry)) / (0.3 * ry);
        if (noseT > -1 && noseT < 1) {
            double height = 0.012 * (1 - noseT * noseT) * (1 - 0.4 * noseT);
            section = section.withBump(height, 0.16);
        }
        return section;
    }

    /** Narrows the lower half of the head towards the jaw. */
    private double lower(double y) {
        double t = Math.clamp((eyeY - y) / ry, 0, 1);
        return 1 - (1 - jaw) * t * t;
    }

    private static double ellipse(double t) {
        double c = Math.clamp(t, -1, 1);
        return Math.sqrt(Math.max(0, 1 - c * c));
    }
}
