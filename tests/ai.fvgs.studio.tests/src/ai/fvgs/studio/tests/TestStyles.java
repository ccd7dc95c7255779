package ai.fvgs.studio.tests;

import java.util.List;
import java.util.Optional;

import ai.fvgs.sdk.ExtensionInfo;
import ai.fvgs.sdk.body.BodyMeasurements;
import ai.fvgs.sdk.garment.BodyLevel;
import ai.fvgs.sdk.garment.FittedTorso;
import ai.fvgs.sdk.garment.GarmentCategory;
import ai.fvgs.sdk.garment.GarmentForm;
import ai.fvgs.sdk.garment.GarmentStyle;
import ai.fvgs.sdk.garment.Legs;
import ai.fvgs.sdk.garment.Level;
import ai.fvgs.sdk.garment.Neckline;
import ai.fvgs.sdk.garment.ParameterSpec;
import ai.fvgs.sdk.garment.ParameterValues;
import ai.fvgs.sdk.garment.Sleeves;

/** Garment styles written the way a vendor writes them, for the outfit tests. */
final class TestStyles {

    private TestStyles() {
    }

    /** A T-shirt whose body length (cm below the shoulder, 40 to 80) is a parameter. */
    static GarmentStyle tee() {
        return new Tee();
    }

    /** Long trousers without parameters. */
    static GarmentStyle trousers() {
        return new Trousers();
    }

    private static final class Tee implements GarmentStyle {
        @Override
        public ExtensionInfo info() {
            return ExtensionInfo.builder("test.tee").label("Test tee").vendor("Test").build();
        }

        @Override
        public GarmentCategory category() {
            return GarmentCategory.TOP;
        }

        @Override
        public List<ParameterSpec> parameters() {
            return List.of(ParameterSpec.number("length", "Length", "cm", 40, 80, 62));
        }

        @Override
        public Optional<GarmentForm> form(BodyMeasurements body, ParameterValues values) {
            return Optional.of(GarmentForm.of(FittedTorso.bodice(Neckline.CREW, Level.below(BodyLevel.SHOULDER, values.number("length")), 8),
                    new Sleeves(20, 4, 4)));
        }
    }

    private static final class Trousers implements GarmentStyle {
        @Override
        public ExtensionInfo info() {
            return ExtensionInfo.builder("test.trousers").label("Test trousers").vendor("Test").build();
        }

        @Override
        public GarmentCategory category() {
            return GarmentCategory.PANTS;
        }

        @Override
        public List<ParameterSpec> parameters() {
            return List.of();
        }

        @Override
        public Optional<GarmentForm> form(BodyMeasurements body, ParameterValues values) {
            return Optional.of(GarmentForm.of(FittedTorso.band(Level.at(BodyLevel.WAIST), Level.below(BodyLevel.CROTCH, 2), 6),
                    new Legs(Level.below(BodyLevel.ANKLE, -3), 6, 8)));
        }
    }
}
