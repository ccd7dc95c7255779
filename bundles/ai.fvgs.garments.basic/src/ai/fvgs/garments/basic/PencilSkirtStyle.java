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

/**
 * A pencil skirt: fitted from the waist to the hip, then straight down with 10 cm walking ease at the hem
 * (as a vent would give); the part below the hip moves as cloth.
 */
@Component(service = GarmentStyle.class)
public final class PencilSkirtStyle implements GarmentStyle {

    private static final ExtensionInfo INFO = Styles.info("pencil-skirt", "Pencil skirt", "Straight, close-fitting skirt from the waist; below the hip it moves as cloth.", Capabilities.GARMENT_CLOTH);

    private static final List<ParameterSpec> PARAMETERS = List.of(
            ParameterSpec.number("length", "Length (waist to hem)", "cm", 40, 90, 60),
            ParameterSpec.number("ease", "Ease at the hip", "cm", 1, 10, 3));

    @Override
    public ExtensionInfo info() {
        return INFO;
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
    public Optional<GarmentForm> form(BodyMeasurements body, ParameterValues values) {
        double ease = values.number("ease");
        Level hem = Level.below(BodyLevel.WAIST, values.number("length"));
        FittedTorso top = FittedTorso.band(Level.at(BodyLevel.WAIST), Level.at(BodyLevel.HIP), ease);
        return Optional.of(GarmentForm.of(top, Drape.plain(Level.at(BodyLevel.HIP), hem, ease, body.get(Measurement.HIP) + ease + 10)));
    }
}
