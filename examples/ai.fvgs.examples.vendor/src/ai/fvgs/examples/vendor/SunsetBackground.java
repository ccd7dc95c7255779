package ai.fvgs.examples.vendor;

import org.osgi.service.component.annotations.Component;

import ai.fvgs.sdk.Capabilities;
import ai.fvgs.sdk.ExtensionInfo;
import ai.fvgs.sdk.RgbaImage;
import ai.fvgs.sdk.background.Background;

/**
 * A warm sunset sky over a dark horizon, with a sun that slowly breathes (an 8 s loop). Deterministic:
 * {@link StrictMath} only, so renders are byte-identical everywhere.
 */
@Component(service = Background.class)
public final class SunsetBackground implements Background {

    private static final double LOOP = 8;
    private static final double HORIZON = 0.72;
    private static final int[] TOP = { 0x2B, 0x1E, 0x5C };
    private static final int[] MIDDLE = { 0xE8, 0x6A, 0x5B };
    private static final int[] LOW = { 0xFF, 0xC8, 0x7A };
    private static final int GROUND = 0xFF2A2230;

    private final ExtensionInfo info = AtelierInfo.builder("example.atelier.sunset", SunsetBackground.class)
            .label("Sunset").description("A warm gradient sky with a softly pulsing sun over a dark horizon.")
            .capability(Capabilities.BACKGROUND_OPAQUE).capability(Capabilities.BACKGROUND_ANIMATED).build();

    @Override
    public ExtensionInfo info() {
        return info;
    }

    @Override
    public double loopSeconds() {
        return LOOP;
    }

    @Override
    public void paint(RgbaImage target, double timeSeconds) {
        int w = target.width();
        int h = target.height();
        int[] px = target.pixels();
        double pulse = 0.5 + 0.5 * StrictMath.sin(2 * StrictMath.PI * (timeSeconds % LOOP) / LOOP);
        double sunX = 0.5 * w;
        double sunY = HORIZON * h;
        double sunRadius = (0.08 + 0.01 * pulse) * h;
        for (int y = 0; y < h; y++) {
            double v = (y + 0.5) / h;
            if (v >= HORIZON) {
                java.util.Arrays.fill(px, y * w, (y + 1) * w, GROUND);
                continue;
            }
            double t = v / HORIZON;
            int[] a = t < 0.6 ? TOP : MIDDLE;
            int[] b = t < 0.6 ? MIDDLE : LOW;
            double f = t < 0.6 ? t / 0.6 : (t - 0.6) / 0.4;
            for (int x = 0; x < w; x++) {
                double d = StrictMath.hypot(x + 0.5 - sunX, y + 0.5 - sunY) / sunRadius;
                double glow = d < 1 ? 1 : StrictMath.exp(-(d - 1) * 1.5) * (0.55 + 0.25 * pulse);
                int r = (int) (a[0] + (b[0] - a[0]) * f + (255 - a[0]) * glow * 0.9);
                int g = (int) (a[1] + (b[1] - a[1]) * f + (0xE6 - a[1]) * glow * 0.9);
                int bl = (int) (a[2] + (b[2] - a[2]) * f + (0xB0 - a[2]) * glow * 0.5);
                px[y * w + x] = RgbaImage.argb(255, r, g, bl);
            }
        }
    }
}
