package ai.fvgs.sdk.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import ai.fvgs.sdk.body.BodyMeasurements;
import ai.fvgs.sdk.body.Measurement;
import ai.fvgs.sdk.garment.ParameterSpec;
import ai.fvgs.sdk.garment.ParameterValues;
import ai.fvgs.sdk.garment.PatternPiece;
import ai.fvgs.sdk.garment.PatternPiece.Point;

class GarmentModelTest {

    private static final List<ParameterSpec> SPECS = List.of(ParameterSpec.number("length", "Length", "cm", 30, 100, 60),
            ParameterSpec.choice("neckline", "Neckline", List.of("crew", "v-neck"), "crew"));

    @Test
    void parameterValuesStartAtDefaultsAndCheckEveryChange() {
        ParameterValues v = ParameterValues.defaults(SPECS);
        assertEquals(60, v.number("length"));
        assertEquals("crew", v.choice("neckline"));
        assertEquals(72.5, v.with("length", 72.5).number("length"));
        IllegalArgumentException range = assertThrows(IllegalArgumentException.class, () -> v.with("length", 120));
        assertTrue(range.getMessage().contains("length = 120") && range.getMessage().contains("30.0 to 100.0 cm"), range.getMessage());
        IllegalArgumentException choice = assertThrows(IllegalArgumentException.class, () -> v.with("neckline", "boat"));
        assertTrue(choice.getMessage().contains("[crew, v-neck]"), choice.getMessage());
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> v.with("sleeve", 3));
        assertTrue(unknown.getMessage().contains("allowed: length, neckline"), unknown.getMessage());
    }

    @Test
    void specsRejectDefaultsOutsideTheirRange() {
        assertThrows(IllegalArgumentException.class, () -> ParameterSpec.number("x", "X", "", 0, 1, 2));
        assertThrows(IllegalArgumentException.class, () -> ParameterSpec.choice("x", "X", List.of("a"), "b"));
    }

    @Test
    void measurementsAreCompleteAndInRange() {
        Map<Measurement, Double> values = new EnumMap<>(Measurement.class);
        for (Measurement m : Measurement.values()) {
            values.put(m, (m.min() + m.max()) / 2);
        }
        BodyMeasurements body = BodyMeasurements.of(values);
        assertEquals(80, body.with(Measurement.WAIST, 80).get(Measurement.WAIST));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> body.with(Measurement.HIP, 20));
        assertTrue(e.getMessage().contains("hip = 20.0 cm") && e.getMessage().contains("70.0 to 200.0"), e.getMessage());
        values.remove(Measurement.NECK);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> BodyMeasurements.of(values)).getMessage().contains("neck is missing"));
        assertEquals(Measurement.HIGH_HIP, Measurement.ofKey("highHip"));
    }

    @Test
    void patternPiecesMeasureTheirOutline() {
        PatternPiece square = new PatternPiece("panel", List.of(new Point(0, 0), new Point(10, 0), new Point(10, 20), new Point(0, 20)), 2);
        assertEquals(60, square.perimeter(), 1e-9);
        assertEquals(200, square.area(), 1e-9);
        assertThrows(IllegalArgumentException.class, () -> new PatternPiece("line", List.of(new Point(0, 0), new Point(1, 1)), 1));
    }
}
