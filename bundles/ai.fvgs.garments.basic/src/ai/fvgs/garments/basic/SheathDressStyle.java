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
 * A sheath dress: a fitted bodice down to the hip and, below it, a narrow skirt (the hip girth plus ease and
 * 12 cm walking ease at the hem) that moves as cloth.
 */
@Component(service = GarmentStyle.class)
public final class SheathDressStyle implements GarmentStyle {

    private static final ExtensionInfo INFO = Styles.info("sheath-dress", "Sheath dress", "Close-fitting dress without a waist seam; its narrow skirt moves as cloth.", Capabilities.GARMENT_CLOTH);

    private static final List<ParameterSpec> PARAMETERS = List.of(
            ParameterSpec.number("length", "Length (shoulder to hem)", "cm", 70, 130, 95),
            ParameterSpec.number("sleeveLength", "Sleeve length (0 for sleeveless)", "cm", 0, 60, 0),
            ParameterSpec.number("ease", "Ease", "cm", 2, 12, 4),
            Styles.neckline("scoop"));

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
        FittedTorso bodice = FittedTorso.bodice(Styles.shape(values.choice("neckline")), Level.at(BodyLevel.HIP), ease);
        Drape skirt = Drape.plain(Level.at(BodyLevel.HIP), hem, ease, body.get(Measurement.HIP) + ease + 12);
        double sleeve = values.number("sleeveLength");
        return Optional.of(sleeve < 2 ? GarmentForm.of(bodice, skirt) : GarmentForm.of(bodice, new Sleeves(sleeve, ease, ease), skirt));
    }
}
