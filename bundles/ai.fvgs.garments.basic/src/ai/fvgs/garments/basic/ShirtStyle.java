package ai.fvgs.garments.basic;

import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Component;

import ai.fvgs.sdk.ExtensionInfo;
import ai.fvgs.sdk.body.BodyMeasurements;
import ai.fvgs.sdk.garment.BodyLevel;
import ai.fvgs.sdk.garment.FittedTorso;
import ai.fvgs.sdk.garment.GarmentCategory;
import ai.fvgs.sdk.garment.GarmentForm;
import ai.fvgs.sdk.garment.GarmentStyle;
import ai.fvgs.sdk.garment.Level;
import ai.fvgs.sdk.garment.Neckline;
import ai.fvgs.sdk.garment.ParameterSpec;
import ai.fvgs.sdk.garment.ParameterValues;
import ai.fvgs.sdk.garment.Sleeves;

/**
 * A shirt or blouse: a bodice from the neck with a closed (2 cm) or open (12 cm V) collar, a straight or
 * curved (4 cm shirt-tail) hem, and sleeves that narrow to a cuff.
 */
@Component(service = GarmentStyle.class)
public final class ShirtStyle implements GarmentStyle {

    private static final ExtensionInfo INFO = Styles.info("shirt", "Shirt", "Button-front shirt or blouse with long or short sleeves and a curved shirt-tail hem.");

    private static final List<ParameterSpec> PARAMETERS = List.of(
            ParameterSpec.number("length", "Length (shoulder to hem)", "cm", 55, 95, 72),
            ParameterSpec.number("sleeveLength", "Sleeve length", "cm", 10, 65, 60),
            ParameterSpec.number("ease", "Ease at the bust", "cm", 4, 30, 12),
            ParameterSpec.choice("collar", "Collar", List.of("closed", "open"), "closed"),
            ParameterSpec.choice("hem", "Hem", List.of("curved", "straight"), "curved"));

    @Override
    public ExtensionInfo info() {
        return INFO;
    }

    @Override
    public GarmentCategory category() {
        return GarmentCategory.SHIRT_BLOUSE;
    }

    @Override
    public List<ParameterSpec> parameters() {
        return PARAMETERS;
    }

    @Override
    public Optional<GarmentForm> form(BodyMeasurements body, ParameterValues values) {
        Neckline collar = values.choice("collar").equals("open") ? Neckline.vNeck(12) : new Neckline(Neckline.Shape.ROUND, 2, 14);
        double curve = values.choice("hem").equals("curved") ? 4 : 0;
        double ease = values.number("ease");
        FittedTorso bodice = new FittedTorso(Level.at(BodyLevel.NECK_BASE), Level.below(BodyLevel.SHOULDER, values.number("length")),
                ease, collar, curve);
        return Optional.of(GarmentForm.of(bodice, new Sleeves(values.number("sleeveLength"), ease / 2, 2)));
    }
}
