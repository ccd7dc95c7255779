package ai.fvgs.backgrounds.basic;

import org.osgi.service.component.annotations.Component;

import ai.fvgs.sdk.Capabilities;
import ai.fvgs.sdk.ExtensionInfo;
import ai.fvgs.sdk.RgbaImage;
import ai.fvgs.sdk.background.Background;

/** A plain studio-white backdrop. */
@Component(service = Background.class)
public final class SolidBackground implements Background {

    /** The soft white of a photographic paper backdrop. */
    static final int STUDIO_WHITE = 0xFFF3F2EF;

    private static final ExtensionInfo INFO = ExtensionInfo.builder("ai.fvgs.background.solid")
            .label("Solid colour").vendor("AI-FVGS").version("1.0.0")
            .description("A flat studio-white backdrop.")
            .thumbnail(SolidBackground.class.getResource("/icons/solid.png"))
            .capability(Capabilities.BACKGROUND_OPAQUE).build();

    @Override
    public ExtensionInfo info() {
        return INFO;
    }

    @Override
    public void paint(RgbaImage target, double timeSeconds) {
        target.fill(STUDIO_WHITE);
    }
}
