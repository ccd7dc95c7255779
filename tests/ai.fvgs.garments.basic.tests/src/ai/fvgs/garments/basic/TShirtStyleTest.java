package ai.fvgs.garments.basic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import ai.fvgs.sdk.body.BodyMeasurements;
import ai.fvgs.sdk.body.Measurement;
import ai.fvgs.sdk.garment.GarmentDraft;
import ai.fvgs.sdk.garment.ParameterValues;
import ai.fvgs.sdk.garment.PatternPiece;

class TShirtStyleTest {

    private final TShirtStyle style = new TShirtStyle();

    private static BodyMeasurements body(double bust) {
        Map<Measurement, Double> m = new EnumMap<>(Measurement.class);
        for (Measurement x : Measurement.values()) {
            m.put(x, (x.min() + x.max()) / 2);
        }
        m.put(Measurement.BUST, bust);
        m.put(Measurement.SHOULDER_WIDTH, 40.0);
        m.put(Measurement.NECK, 36.0);
        return BodyMeasurements.of(m);
    }

    @Test
    void frontAndBackCutOnTheFoldGoRoundTheBustWithEase() {
        ParameterValues values = ParameterValues.defaults(style.parameters()).with("ease", 10.0);
        GarmentDraft draft = style.draft(body(96), values).orElseThrow();
        double halfWidths = 0;
        for (PatternPiece p : draft.pieces()) {
            if (!p.name().equals("sleeve")) {
                halfWidths += p.outline().stream().mapToDouble(PatternPiece.Point::x).max().orElseThrow();
            }
        }
        // each bodice piece is half a panel, cut on the fold: 2 x (front + back half widths) = the full chest
        assertEquals(96 + 10, 2 * halfWidths, 1e-9);
        assertEquals(106, draft.dimensions().get("chest"), 1e-9);
        assertEquals(66, draft.dimensions().get("length"), 1e-9);
    }

    @Test
    void necklineChoiceChangesOnlyTheFront() {
        ParameterValues crew = ParameterValues.defaults(style.parameters());
        GarmentDraft a = style.draft(body(90), crew).orElseThrow();
        GarmentDraft b = style.draft(body(90), crew.with("neckline", "v-neck")).orElseThrow();
        assertTrue(b.pieces().get(0).area() < a.pieces().get(0).area(), "a V neck removes fabric from the front");
        assertEquals(a.pieces().get(1).area(), b.pieces().get(1).area(), 1e-9, "the back is unchanged");
    }

    @Test
    void longerSleevesUseMoreFabric() {
        ParameterValues shortSleeve = ParameterValues.defaults(style.parameters());
        double small = style.draft(body(90), shortSleeve).orElseThrow().fabricArea();
        double large = style.draft(body(90), shortSleeve.with("sleeveLength", 60.0)).orElseThrow().fabricArea();
        assertTrue(large > small + 1000, small + " vs " + large);
    }
}
