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

/**
 * A studio cyclorama: a wall that lightens gently from its {@code top} colour downwards and curves at the
 * {@code horizon} into a floor that approaches the {@code bottom} colour, with a soft vignette, as
 * photographed under a key light.
 */
@Component(service = Background.class)
public final class CycloramaBackground implements Background {

    private static final ExtensionInfo INFO = ExtensionInfo.builder("ai.fvgs.background.cyclorama")
            .label("Studio cyclorama").vendor("AI-FVGS").version("1.1.0")
            .description("An infinity-curve studio wall with a lit floor and soft vignette, grey by default.")
            .thumbnail(CycloramaBackground.class.getResource("/icons/cyclorama.png"))
            .capability(Capabilities.BACKGROUND_OPAQUE).build();

    private static final List<BackgroundParameter> PARAMETERS = List.of(
            BackgroundParameter.colour("top", "Top colour", "#9e9ea1", "The colour at the top of the wall."),
            BackgroundParameter.colour("bottom", "Floor colour", "#f0f0f3", "The colour the lit floor approaches."),
            BackgroundParameter.number("horizon", "Horizon", "", 0.3, 0.95, 0.68,
                    "Where the wall curves into the floor, as a fraction of the height from the top."));

    /** Brightness of the top of the wall, the wall at the horizon and the floor's far end, of the default grey. */
    private static final double TOP = 0.62;
    private static final double WALL_LOW = 0.84;
    private static final double FLOOR = 0.94;

    private final int top;
    private final int bottom;
    private final double horizon;

    /** The component: a grey cyclorama with its horizon at 68% of the height. */
    public CycloramaBackground() {
        this(0xFF9E9EA1, 0xFFF0F0F3, 0.68);
    }

    private CycloramaBackground(int top, int bottom, double horizon) {
        this.top = top;
        this.bottom = bottom;
        this.horizon = horizon;
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
        BackgroundValues v = BackgroundValues.parse(PARAMETERS, parameters, baseDirectory);
        return new CycloramaBackground(v.colour("top"), v.colour("bottom"), v.number("horizon"));
    }

    @Override
    public void paint(RgbaImage target, double timeSeconds) {
        int w = target.width();
        int h = target.height();
        int[] px = target.pixels();
        for (int y = 0; y < h; y++) {
            double v = (y + 0.5) / h;
            double level = v < horizon ? TOP + (WALL_LOW - TOP) * (v / horizon)
                    : WALL_LOW + (FLOOR - WALL_LOW) * smooth((v - horizon) / (1 - horizon));
            double t = (level - TOP) / (FLOOR - TOP);
            for (int x = 0; x < w; x++) {
                double u = (x + 0.5) / w - 0.5;
                double d = v - 0.55;
                double vignette = 1 - 0.35 * (u * u + d * d);
                px[y * w + x] = Colours.scale(Colours.mix(top, bottom, t), vignette);
            }
        }
    }

    private static double smooth(double t) {
        return t * t * (3 - 2 * t);
    }
}
