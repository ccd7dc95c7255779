package ai.fvgs.examples.vendor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Component;

import ai.fvgs.sdk.ExtensionInfo;
import ai.fvgs.sdk.garment.GarmentAsset;
import ai.fvgs.sdk.garment.GarmentCategory;
import ai.fvgs.sdk.garment.GarmentStyle;
import ai.fvgs.sdk.garment.ParameterSpec;

/**
 * A belted waistcoat shipped as a ready-made glTF mesh ({@code assets/waistcoat.glb}, authored on
 * {@link GarmentAsset#REFERENCE_BODY}); the workbench scales it to each wearer and worn over a shirt it
 * goes on top (layer 2). It has no parameters: the mesh is the design.
 */
@Component(service = GarmentStyle.class)
public final class WaistcoatStyle implements GarmentStyle {

    private static final String ASSET = "/assets/waistcoat.glb";

    private final ExtensionInfo info = AtelierInfo.builder("example.atelier.waistcoat", WaistcoatStyle.class)
            .label("Belted waistcoat").description("A sleeveless waistcoat with a deep V and a belt, shipped as a glTF mesh.")
            .build();

    private final GarmentAsset asset = new GarmentAsset(read(), GarmentAsset.REFERENCE_BODY);

    @Override
    public ExtensionInfo info() {
        return info;
    }

    @Override
    public GarmentCategory category() {
        return GarmentCategory.VEST;
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of();
    }

    @Override
    public Optional<GarmentAsset> asset() {
        return Optional.of(asset);
    }

    private static byte[] read() {
        try (InputStream in = WaistcoatStyle.class.getResourceAsStream(ASSET)) {
            if (in == null) {
                throw new IllegalStateException("the bundle lacks " + ASSET);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + ASSET, e);
        }
    }
}
