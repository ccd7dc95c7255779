package ai.fvgs.backgrounds.basic;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Component;

import ai.fvgs.sdk.Capabilities;
import ai.fvgs.sdk.ExtensionInfo;
import ai.fvgs.sdk.RgbaImage;
import ai.fvgs.sdk.background.Background;
import ai.fvgs.sdk.background.BackgroundParameter;
import ai.fvgs.sdk.background.BackgroundValues;

/** A flat backdrop of one colour, studio white unless the scene sets {@code colour}. */
@Component(service = Background.class)
public final class SolidBackground implements Background {

    /** The soft white of a photographic paper backdrop. */
    static final int STUDIO_WHITE = 0xFFF3F2EF;

    private static final ExtensionInfo INFO = ExtensionInfo.builder("ai.fvgs.background.solid")
            .label("Solid colour").vendor("AI-FVGS").version("1.1.0")
            .description("A flat backdrop of one colour, studio white by default.")
            .thumbnail(SolidBackground.class.getResource("/icons/solid.png"))
            .capability(Capabilities.BACKGROUND_OPAQUE).build();

    private static final List<BackgroundParameter> PARAMETERS = List.of(
            BackgroundParameter.colour("colour", "Colour", "#f3f2ef", "The colour of the whole backdrop."));

    private final int colour;

    /** The component: studio white. */
    public SolidBackground() {
        this(STUDIO_WHITE);
    }

    private SolidBackground(int colour) {
        this.colour = colour;
    }

    @Override
    public ExtensionInfo info() {
        return INFO;
    }

    @Override
    public List<BackgroundParameter> parameters() {
        return PARAMETERS;
    }

    @Override
    public Background configure(Map<String, String> parameters, Path baseDirectory) {
        return new SolidBackground(BackgroundValues.parse(PARAMETERS, parameters, baseDirectory).colour("colour"));
    }

    @Override
    public void paint(RgbaImage target, double timeSeconds) {
        target.fill(colour);
    }
}
