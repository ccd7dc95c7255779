package ai.fvgs.backgrounds.basic;

import org.osgi.service.component.annotations.Component;

import ai.fvgs.sdk.Capabilities;
import ai.fvgs.sdk.ExtensionInfo;
import ai.fvgs.sdk.RgbaImage;
import ai.fvgs.sdk.background.Background;

/**
 * A studio cyclorama: a wall that darkens gently towards the top and curves into a lighter floor, with a
 * soft vignette, as photographed under a key light.
 */
@Component(service = Background.class)
public final class CycloramaBackground implements Background {

    private static final ExtensionInfo INFO = ExtensionInfo.builder("ai.fvgs.background.cyclorama")
            .label("Studio cyclorama").vendor("AI-FVGS").version("1.0.0")
            .description("A grey infinity-curve studio wall with a lit floor and soft vignette.")
            .thumbnail(CycloramaBackground.class.getResource("/icons/cyclorama.png"))
            .capability(Capabilities.BACKGROUND_OPAQUE).build();

    /** Where the wall meets the floor, as a fraction of the height from the top. */
    private static final double HORIZON = 0.68;

    @Override
    public ExtensionInfo info() {
        return INFO;
    }

    @Override
    public void paint(RgbaImage target, double timeSeconds) {
        int w = target.width();
        int h = target.height();
        int[] px = target.pixels();
        for (int y = 0; y < h; y++) {
            double v = (y + 0.5) / h;
            double wall = v < HORIZON ? 0.62 + 0.22 * (v / HORIZON) : 0.84 + 0.1 * smooth((v - HORIZON) / (1 - HORIZON));
            for (int x = 0; x < w; x++) {
                double u = (x + 0.5) / w - 0.5;
                double d = v - 0.55;
                double vignette = 1 - 0.35 * (u * u + d * d);
                int level = (int) Math.round(255 * wall * vignette);
                px[y * w + x] = RgbaImage.argb(255, level, level, Math.min(255, level + 3));
            }
        }
    }

    private static double smooth(double t) {
        return t * t * (3 - 2 * t);
    }
}
