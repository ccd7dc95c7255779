package ai.fvgs.garments.basic;

import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Component;

import ai.fvgs.sdk.ExtensionInfo;
import ai.fvgs.sdk.body.BodyMeasurements;
import ai.fvgs.sdk.body.Measurement;
import ai.fvgs.sdk.garment.BodyLevel;
import ai.fvgs.sdk.garment.FittedTorso;
import ai.fvgs.sdk.garment.GarmentCategory;
import ai.fvgs.sdk.garment.GarmentForm;
import ai.fvgs.sdk.garment.GarmentStyle;
import ai.fvgs.sdk.garment.Legs;
import ai.fvgs.sdk.garment.Level;
import ai.fvgs.sdk.garment.ParameterSpec;
import ai.fvgs.sdk.garment.ParameterValues;

/**
 * Trousers: a fitted seat from the waist to just below the crotch and a fitted leg each side down to the
 * inside-leg length (shortened to stay 2 cm above the floor on short legs).
 */
@Component(service = GarmentStyle.class)
public final class TrousersStyle implements GarmentStyle {

    private static final ExtensionInfo INFO = Styles.info("trousers", "Trousers", "Full-length trousers from the waist, straight or flared.");

    private static final List<ParameterSpec> PARAMETERS = List.of(
            ParameterSpec.number("inseam", "Inside leg (crotch to hem)", "cm", 50, 100, 76),
            ParameterSpec.number("ease", "Ease at the seat and thigh", "cm", 2, 20, 6),
            ParameterSpec.number("hemWidth", "Extra width at the hem", "cm", 0, 30, 8));

    @Override
    public ExtensionInfo info() {
        return INFO;
    }

    @Override
    public GarmentCategory category() {
        return GarmentCategory.PANTS;
    }

    @Override
    public List<ParameterSpec> parameters() {
        return PARAMETERS;
    }

    @Override
    public Optional<GarmentForm> form(BodyMeasurements body, ParameterValues values) {
        double ease = values.number("ease");
        double inseam = Math.min(values.number("inseam"), body.get(Measurement.INSEAM) - 2);
        return Optional.of(GarmentForm.of(FittedTorso.band(Level.at(BodyLevel.WAIST), Level.below(BodyLevel.CROTCH, 2), ease),
                new Legs(Level.below(BodyLevel.CROTCH, inseam), ease, values.number("hemWidth"))));
    }
}
