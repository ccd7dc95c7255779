package ai.fvgs.garments.basic;

import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Component;

import ai.fvgs.sdk.Capabilities;
import ai.fvgs.sdk.ExtensionInfo;
import ai.fvgs.sdk.body.BodyMeasurements;
import ai.fvgs.sdk.body.Measurement;
import ai.fvgs.sdk.garment.BodyLevel;
import ai.fvgs.sdk.garment.Drape;
import ai.fvgs.sdk.garment.FittedTorso;
import ai.fvgs.sdk.garment.GarmentCategory;
import ai.fvgs.sdk.garment.GarmentForm;
import ai.fvgs.sdk.garment.GarmentStyle;
import ai.fvgs.sdk.garment.Level;
import ai.fvgs.sdk.garment.ParameterSpec;
import ai.fvgs.sdk.garment.ParameterValues;
import ai.fvgs.sdk.garment.Sleeves;

/**
 * An A-line dress: a fitted bodice down to the waist and a skirt from the waist whose hem is the hip girth
 * plus the flare; the skirt moves as cloth.
 */
@Component(service = GarmentStyle.class)
public final class ALineDressStyle implements GarmentStyle {

    private static final ExtensionInfo INFO = Styles.info("a-line-dress", "A-line dress", "Dress with a fitted bodice and a skirt that flares from the waist.", Capabilities.GARMENT_CLOTH);

    private static final List<ParameterSpec> PARAMETERS = List.of(
            ParameterSpec.number("length", "Length (shoulder to hem)", "cm", 70, 140, 100),
            ParameterSpec.number("sleeveLength", "Sleeve length (0 for sleeveless)", "cm", 0, 60, 0),
            ParameterSpec.number("ease", "Ease at the bust", "cm", 2, 16, 6),
            ParameterSpec.number("flare", "Flare (hem over hip girth)", "cm", 20, 200, 70),
            Styles.neckline("v-neck"));

    @Override
    public ExtensionInfo info() {
        return INFO;
    }

    @Override
    public GarmentCategory category() {
        return GarmentCategory.DRESS;
    }

    @Override
    public List<ParameterSpec> parameters() {
        return PARAMETERS;
    }

    @Override
    public Optional<GarmentForm> form(BodyMeasurements body, ParameterValues values) {
        double ease = values.number("ease");
        Level hem = Level.below(BodyLevel.SHOULDER, values.number("length"));
        FittedTorso bodice = FittedTorso.bodice(Styles.shape(values.choice("neckline")), Level.at(BodyLevel.WAIST), ease);
        Drape skirt = Drape.plain(Level.at(BodyLevel.WAIST), hem, ease, body.get(Measurement.HIP) + values.number("flare"));
        double sleeve = values.number("sleeveLength");
        return Optional.of(sleeve < 2 ? GarmentForm.of(bodice, skirt) : GarmentForm.of(bodice, new Sleeves(sleeve, ease / 2, ease / 2), skirt));
    }
}
