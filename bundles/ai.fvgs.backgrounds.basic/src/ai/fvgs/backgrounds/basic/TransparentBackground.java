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
import ai.fvgs.sdk.background.BackgroundView;

/**
 * No background at all: every pixel has alpha 0, so the model (and the shadows it casts on the invisible
 * floor) can be composited over any footage; the renderer then writes a format with alpha (WebM VP9). Where
 * the output cannot store transparency ({@link BackgroundView#transparentAllowed()} is {@code false}) it
 * paints the opaque {@code fallback} colour instead, a chroma-key green by default.
 */
@Component(service = Background.class)
public final class TransparentBackground implements Background {

    /** Fully transparent black. */
    static final int CLEAR = 0x00000000;

    private static final ExtensionInfo INFO = ExtensionInfo.builder("ai.fvgs.background.transparent")
            .label("Transparent").vendor("AI-FVGS").version("1.0.0")
            .description("No background: alpha 0 everywhere, for compositing (WebM with alpha).")
            .thumbnail(TransparentBackground.class.getResource("/icons/transparent.png"))
            .capability(Capabilities.BACKGROUND_TRANSPARENT).build();

    private static final List<BackgroundParameter> PARAMETERS = List.of(
            BackgroundParameter.colour("fallback", "Fallback colour", "#00b140",
                    "The opaque colour painted when the output format cannot store transparency."));

    private final int fallback;

    /** The component, with the chroma-key green fallback. */
    public TransparentBackground() {
        this(0xFF00B140);
    }

    private TransparentBackground(int fallback) {
        this.fallback = fallback;
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
        return new TransparentBackground(BackgroundValues.parse(PARAMETERS, parameters, baseDirectory).colour("fallback"));
    }

    /** Clears every pixel to alpha 0: a caller without a view is asking for the transparent layer. */
    @Override
    public void paint(RgbaImage target, double timeSeconds) {
        target.fill(CLEAR);
    }

    @Override
    public void paint(RgbaImage target, BackgroundView view) {
        target.fill(view.transparentAllowed() ? CLEAR : fallback);
    }
}
