package ai.fvgs.sdk.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.junit.jupiter.api.Test;

import ai.fvgs.sdk.Capabilities;
import ai.fvgs.sdk.ExtensionInfo;
import ai.fvgs.sdk.ExtensionKind;

class ExtensionInfoTest {

    @Test
    void buildsACompleteDescription() {
        ExtensionInfo info = ExtensionInfo.builder("com.example.sunset").label("Sunset").vendor("Example").version("1.2.3")
                .description("warm").capability(Capabilities.BACKGROUND_ANIMATED).build();
        assertEquals("com.example.sunset", info.id());
        assertEquals("1.2.3", info.version());
        assertEquals(Set.of("background.animated"), info.capabilities());
        assertTrue(info.thumbnail().isEmpty());
    }

    @Test
    void rejectsInvalidIdsNamingTheValueAndTheRule() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ExtensionInfo.builder("Com.Example Sunset").label("x").vendor("y").build());
        assertTrue(e.getMessage().contains("'Com.Example Sunset'") && e.getMessage().contains("reverse-domain"), e.getMessage());
    }

    @Test
    void rejectsMissingLabelVendorAndBadVersions() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ExtensionInfo.builder("a.b").vendor("v").build())
                .getMessage().contains("label is required"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ExtensionInfo.builder("a.b").label("l").build())
                .getMessage().contains("vendor is required"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> ExtensionInfo.builder("a.b").label("l").vendor("v").version("one").build()).getMessage().contains("'one'"));
    }

    @Test
    void kindsHaveStableIdsAndRejectUnknownOnes() {
        assertEquals(ExtensionKind.INFERENCE_BACKEND, ExtensionKind.ofId("inference-backend"));
        assertEquals(ExtensionKind.TAXONOMY, ExtensionKind.ofId("taxonomy"));
        assertEquals(ai.fvgs.sdk.taxonomy.TaxonomyProvider.class, ExtensionKind.TAXONOMY.serviceType());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ExtensionKind.ofId("shoes"));
        assertTrue(e.getMessage().contains("garment-style, background, inference-backend, taxonomy"), e.getMessage());
    }
}
