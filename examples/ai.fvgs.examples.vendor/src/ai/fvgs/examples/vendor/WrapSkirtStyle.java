package ai.fvgs.examples.vendor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.osgi.service.component.annotations.Component;

import ai.fvgs.sdk.Capabilities;
import ai.fvgs.sdk.ExtensionInfo;
import ai.fvgs.sdk.body.BodyMeasurements;
import ai.fvgs.sdk.body.Measurement;
import ai.fvgs.sdk.garment.GarmentCategory;
import ai.fvgs.sdk.garment.GarmentDraft;
import ai.fvgs.sdk.garment.GarmentStyle;
import ai.fvgs.sdk.garment.ParameterSpec;
import ai.fvgs.sdk.garment.ParameterValues;
import ai.fvgs.sdk.garment.PatternPiece;
import ai.fvgs.sdk.garment.PatternPiece.Point;

/**
 * A flared wrap skirt drafted as a circle skirt: the waist seam is an arc whose length equals the waist plus
 * ease, and the hem an arc {@code length} further out. A quarter, half or full circle sets the flare.
 */
@Component(service = GarmentStyle.class)
public final class WrapSkirtStyle implements GarmentStyle {

    /** Points per arc of the pattern outline. */
    private static final int ARC_POINTS = 24;

    private static final List<ParameterSpec> PARAMETERS = List.of(
            ParameterSpec.number("length", "Length (waist to hem)", "cm", 35, 110, 62),
            ParameterSpec.number("ease", "Ease at the waist", "cm", 0, 6, 1.5),
            ParameterSpec.number("overlap", "Wrap overlap", "cm", 8, 30, 16),
            ParameterSpec.choice("flare", "Flare", List.of("quarter", "half", "full"), "half"));

    private final ExtensionInfo info = AtelierInfo.builder("example.atelier.wrap-skirt", WrapSkirtStyle.class)
            .label("Wrap skirt").description("A flared wrap skirt cut as a quarter, half or full circle.")
            .capability(Capabilities.GARMENT_PATTERN).capability(Capabilities.GARMENT_CLOTH).build();

    @Override
    public ExtensionInfo info() {
        return info;
    }

    @Override
    public GarmentCategory category() {
        return GarmentCategory.SKIRT;
    }

    @Override
    public List<ParameterSpec> parameters() {
        return PARAMETERS;
    }

    @Override
    public Optional<GarmentDraft> draft(BodyMeasurements body, ParameterValues values) {
        double fraction = switch (values.choice("flare")) {
            case "quarter" -> 0.25;
            case "full" -> 1.0;
            default -> 0.5;
        };
        double waistline = body.get(Measurement.WAIST) + values.number("ease") + values.number("overlap");
        double length = values.number("length");
        double angle = 2 * StrictMath.PI * fraction;
        double inner = waistline / angle;
        double outer = inner + length;
        List<Point> outline = new ArrayList<>();
        for (int i = 0; i <= ARC_POINTS; i++) {
            outline.add(polar(inner, angle * i / ARC_POINTS));
        }
        for (int i = ARC_POINTS; i >= 0; i--) {
            outline.add(polar(outer, angle * i / ARC_POINTS));
        }
        PatternPiece skirt = new PatternPiece("skirt", outline, 1);
        PatternPiece band = new PatternPiece("waistband", List.of(new Point(0, 0), new Point(waistline + 90, 0),
                new Point(waistline + 90, 8), new Point(0, 8)), 1);
        return Optional.of(new GarmentDraft(List.of(skirt, band), Map.of("waistline", waistline, "length", length,
                "hemline", outer * angle)));
    }

    private static Point polar(double radius, double a) {
        return new Point(radius * StrictMath.sin(a), radius * StrictMath.cos(a));
    }
}
