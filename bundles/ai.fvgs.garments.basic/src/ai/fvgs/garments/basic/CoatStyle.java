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
import ai.fvgs.sdk.garment.Neckline;
import ai.fvgs.sdk.garment.ParameterSpec;
import ai.fvgs.sdk.garment.ParameterValues;
import ai.fvgs.sdk.garment.Sleeves;

/**
 * A jacket or coat (outerwear, layer 3): a fitted body with sleeves; when it reaches more than 5 cm below
 * the hip, the body stops at the hip and the tails below it hang as cloth, flaring by 30 cm.
 */
@Component(service = GarmentStyle.class)
public final class CoatStyle implements GarmentStyle {

    private static final ExtensionInfo INFO = Styles.info("coat", "Coat", "Jacket or coat worn over everything else; a long one has tails that swing as cloth.", Capabilities.GARMENT_CLOTH);

    private static final List<ParameterSpec> PARAMETERS = List.of(
            ParameterSpec.number("length", "Length (shoulder to hem)", "cm", 55, 130, 100),
            ParameterSpec.number("sleeveLength", "Sleeve length", "cm", 45, 70, 60),
            ParameterSpec.number("ease", "Ease over the garments under it", "cm", 6, 30, 14),
            ParameterSpec.choice("neckline", "Neckline", List.of("v-neck", "crew"), "v-neck"));

    @Override
    public ExtensionInfo info() {
        return INFO;
    }

    @Override
    public GarmentCategory category() {
        return GarmentCategory.COAT;
    }

    @Override
    public List<ParameterSpec> parameters() {
        return PARAMETERS;
    }

    @Override
    public Optional<GarmentForm> form(BodyMeasurements body, ParameterValues values) {
        double ease = values.number("ease");
        double length = values.number("length");
        Neckline neck = values.choice("neckline").equals("crew") ? Neckline.CREW : Neckline.vNeck(20);
        Sleeves sleeves = new Sleeves(values.number("sleeveLength"), ease / 2, ease / 2);
        // the hip lies about 0.27 x height below the shoulder (landmarks 0.818 H and about 0.55 H)
        double shoulderToHip = 0.27 * body.get(Measurement.HEIGHT);
        if (length < shoulderToHip + 5) {
            return Optional.of(GarmentForm.of(FittedTorso.bodice(neck, Level.below(BodyLevel.SHOULDER, length), ease), sleeves));
        }
        Drape tails = Drape.plain(Level.at(BodyLevel.HIP), Level.below(BodyLevel.SHOULDER, length), ease,
                body.get(Measurement.HIP) + ease + 30);
        return Optional.of(GarmentForm.of(FittedTorso.bodice(neck, Level.at(BodyLevel.HIP), ease), sleeves, tails));
    }
}
