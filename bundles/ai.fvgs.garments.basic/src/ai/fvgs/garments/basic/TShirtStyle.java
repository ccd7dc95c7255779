package ai.fvgs.garments.basic;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.osgi.service.component.annotations.Component;

import ai.fvgs.sdk.Capabilities;
import ai.fvgs.sdk.ExtensionInfo;
import ai.fvgs.sdk.body.BodyMeasurements;
import ai.fvgs.sdk.body.Measurement;
import ai.fvgs.sdk.garment.GarmentCategory;
import ai.fvgs.sdk.garment.BodyLevel;
import ai.fvgs.sdk.garment.FittedTorso;
import ai.fvgs.sdk.garment.GarmentDraft;
import ai.fvgs.sdk.garment.GarmentForm;
import ai.fvgs.sdk.garment.GarmentStyle;
import ai.fvgs.sdk.garment.Level;
import ai.fvgs.sdk.garment.Neckline;
import ai.fvgs.sdk.garment.ParameterSpec;
import ai.fvgs.sdk.garment.ParameterValues;
import ai.fvgs.sdk.garment.PatternPiece;
import ai.fvgs.sdk.garment.PatternPiece.Point;
import ai.fvgs.sdk.garment.Sleeves;

/**
 * A set-in-sleeve T-shirt drafted from bust, shoulder width and neck: a front and a back cut on the fold
 * and a pair of sleeves. Its 3D form is a bodice from the neck (crew 2 cm, scoop 10 cm or V 14 cm deep) to
 * {@code length} below the shoulder with the bust ease, and sleeves with half that ease.
 */
@Component(service = GarmentStyle.class)
public final class TShirtStyle implements GarmentStyle {

    private static final ExtensionInfo INFO = ExtensionInfo.builder("ai.fvgs.garment.tshirt")
            .label("T-shirt").vendor("AI-FVGS").version("1.0.0")
            .description("Classic jersey T-shirt with set-in sleeves; crew, scoop or V neck.")
            .thumbnail(TShirtStyle.class.getResource("/icons/tshirt.png"))
            .capability(Capabilities.GARMENT_PATTERN).build();

    private static final List<ParameterSpec> PARAMETERS = List.of(
            ParameterSpec.number("length", "Length (shoulder to hem)", "cm", 40, 90, 66),
            ParameterSpec.number("sleeveLength", "Sleeve length", "cm", 8, 65, 20),
            ParameterSpec.number("ease", "Ease at the bust", "cm", 0, 30, 8),
            ParameterSpec.choice("neckline", "Neckline", List.of("crew", "scoop", "v-neck"), "crew"));

    @Override
    public ExtensionInfo info() {
        return INFO;
    }

    @Override
    public GarmentCategory category() {
        return GarmentCategory.TOP;
    }

    @Override
    public List<ParameterSpec> parameters() {
        return PARAMETERS;
    }

    @Override
    public Optional<GarmentDraft> draft(BodyMeasurements body, ParameterValues values) {
        double chest = body.get(Measurement.BUST) + values.number("ease");
        double half = chest / 4; // a quarter of the chest on each side of the fold line
        double shoulder = body.get(Measurement.SHOULDER_WIDTH) / 2;
        double neckWidth = body.get(Measurement.NECK) / 6 + 0.5;
        double armhole = body.get(Measurement.BUST) / 6 + 5;
        double length = values.number("length");
        double frontDrop = switch (values.choice("neckline")) {
            case "scoop" -> 12;
            case "v-neck" -> 16;
            default -> neckWidth + 1;
        };
        PatternPiece front = bodice("front", half, shoulder, neckWidth, armhole, length, frontDrop);
        PatternPiece back = bodice("back", half, shoulder, neckWidth, armhole, length, 2);
        double sleeveLength = values.number("sleeveLength");
        double bicep = chest * 0.19 + 4;
        double hem = Math.max(bicep * 0.85 - sleeveLength * 0.08, 12);
        double cap = armhole * 0.55;
        PatternPiece sleeve = new PatternPiece("sleeve", List.of(new Point(0, cap), new Point(bicep / 2, 0),
                new Point(bicep, cap), new Point(bicep - (bicep - hem) / 2, cap + sleeveLength),
                new Point((bicep - hem) / 2, cap + sleeveLength)), 2);
        return Optional.of(new GarmentDraft(List.of(front, back, sleeve), Map.of("chest", chest, "length", length,
                "hemline", chest, "sleeveLength", sleeveLength)));
    }

    @Override
    public Optional<GarmentForm> form(BodyMeasurements body, ParameterValues values) {
        Neckline neck = switch (values.choice("neckline")) {
            case "scoop" -> Neckline.scoop(10);
            case "v-neck" -> Neckline.vNeck(14);
            default -> Neckline.CREW;
        };
        double ease = values.number("ease");
        return Optional.of(GarmentForm.of(FittedTorso.bodice(neck, Level.below(BodyLevel.SHOULDER, values.number("length")), ease),
                new Sleeves(values.number("sleeveLength"), ease / 2, ease / 2)));
    }

    /** Half a bodice from the centre fold (x = 0) outwards; cut once on the fold. */
    private static PatternPiece bodice(String name, double half, double shoulder, double neckWidth, double armhole,
            double length, double neckDrop) {
        double slope = 4;
        return new PatternPiece(name, List.of(new Point(0, neckDrop), new Point(neckWidth, 0),
                new Point(shoulder, slope), new Point(half, slope + armhole), new Point(half, length),
                new Point(0, length)), 1);
    }
}
