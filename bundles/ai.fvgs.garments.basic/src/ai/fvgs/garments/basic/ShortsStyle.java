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
import ai.fvgs.sdk.garment.Legs;
import ai.fvgs.sdk.garment.Level;
import ai.fvgs.sdk.garment.ParameterSpec;
import ai.fvgs.sdk.garment.ParameterValues;

/**
 * Shorts: a fitted seat from the waist to just below the crotch and short fitted legs.
 */
@Component(service = GarmentStyle.class)
public final class ShortsStyle implements GarmentStyle {

    private static final ExtensionInfo INFO = Styles.info("shorts", "Shorts", "Shorts from the waist with a short inside leg.");

    private static final List<ParameterSpec> PARAMETERS = List.of(
            ParameterSpec.number("inseam", "Inside leg (crotch to hem)", "cm", 3, 30, 10),
            ParameterSpec.number("ease", "Ease at the seat and thigh", "cm", 4, 20, 8),
            ParameterSpec.number("hemWidth", "Extra width at the hem", "cm", 0, 20, 8));

    @Override
    public ExtensionInfo info() {
        return INFO;
    }

    @Override
    public GarmentCategory category() {
        return GarmentCategory.SHORTS;
    }

    @Override
    public List<ParameterSpec> parameters() {
        return PARAMETERS;
    }

    @Override
    public Optional<GarmentForm> form(BodyMeasurements body, ParameterValues values) {
        double ease = values.number("ease");
        return Optional.of(GarmentForm.of(FittedTorso.band(Level.at(BodyLevel.WAIST), Level.below(BodyLevel.CROTCH, 2), ease),
                new Legs(Level.below(BodyLevel.CROTCH, values.number("inseam")), ease, values.number("hemWidth"))));
    }
}
