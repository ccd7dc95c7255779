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
import ai.fvgs.sdk.garment.GarmentCategory;
import ai.fvgs.sdk.garment.GarmentForm;
import ai.fvgs.sdk.garment.GarmentStyle;
import ai.fvgs.sdk.garment.Level;
import ai.fvgs.sdk.garment.ParameterSpec;
import ai.fvgs.sdk.garment.ParameterValues;

/**
 * A pleated skirt: hangs from the waist, its hem the hip girth plus the flare, folded into pleats that are
 * stitched flat over the first 8 cm; all of it moves as cloth.
 */
@Component(service = GarmentStyle.class)
public final class PleatedSkirtStyle implements GarmentStyle {

    private static final ExtensionInfo INFO = Styles.info("pleated-skirt", "Pleated skirt", "Skirt of pressed knife pleats from the waist; it swings as cloth.", Capabilities.GARMENT_CLOTH);

    private static final List<ParameterSpec> PARAMETERS = List.of(
            ParameterSpec.number("length", "Length (waist to hem)", "cm", 35, 100, 65),
            ParameterSpec.number("pleats", "Number of pleats", "", 8, 48, 24),
            ParameterSpec.number("pleatDepth", "Pleat depth", "cm", 1, 6, 3),
            ParameterSpec.number("flare", "Flare (hem over hip girth)", "cm", 10, 150, 40));

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
        Level hem = Level.below(BodyLevel.WAIST, values.number("length"));
        int pleats = (int) Math.round(values.number("pleats"));
        return Optional.of(GarmentForm.of(new Drape(Level.at(BodyLevel.WAIST), hem, 2, body.get(Measurement.HIP) + values.number("flare"),
                pleats, values.number("pleatDepth"))));
    }
}
