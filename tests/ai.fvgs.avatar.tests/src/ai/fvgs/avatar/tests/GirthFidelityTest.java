package ai.fvgs.avatar.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import ai.fvgs.avatar.Avatar;
import ai.fvgs.avatar.AvatarBuilder;
import ai.fvgs.avatar.AvatarProfile;
import ai.fvgs.avatar.BodyShape;
import ai.fvgs.avatar.BodyTemplate;
import ai.fvgs.avatar.SizeClass;
import ai.fvgs.avatar.TapeMeasure;
import ai.fvgs.sdk.body.Measurement;

/** Every preset's mesh, measured with a virtual tape, is within 1 cm of the requested measurements. */
class GirthFidelityTest {

    static Stream<Arguments> presets() {
        List<Arguments> all = new ArrayList<>();
        for (BodyTemplate t : BodyTemplate.values()) {
            for (SizeClass s : SizeClass.values()) {
                for (BodyShape b : BodyShape.values()) {
                    all.add(Arguments.of(t, s, b));
                }
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("presets")
    void measuredMeshMatchesRequestedMeasurementsWithin1cm(BodyTemplate template, SizeClass size, BodyShape shape) {
        AvatarProfile profile = AvatarProfile.preset(template, size, shape);
        Avatar avatar = AvatarBuilder.build(profile);
        Map<Measurement, Double> measured = TapeMeasure.measure(avatar);
        StringBuilder failures = new StringBuilder();
        for (Measurement m : Measurement.values()) {
            double want = profile.measurements().get(m);
            double got = measured.get(m);
            if (Math.abs(got - want) > 1.0) {
                failures.append(String.format("%n  %s: requested %.1f cm, measured %.2f cm", m.key(), want, got));
            }
        }
        assertTrue(failures.isEmpty(), "off by more than 1 cm:" + failures);
    }
}
