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
 * A fashion-show hall drawn in perspective from the frame's camera: a glossy catwalk along {@code z} with
 * light strips on its edges and pools of spot light, a dark floor, tiered audience along the side walls, and
 * a back wall with the lit opening the model walks out of. Because it is traced from the
 * {@link BackgroundView}, it moves correctly when the camera tracks, orbits or dollies, and the catwalk's
 * surface is the plane {@code y = 0} the model's feet stand on. Geometry and lighting: {@link RunwayStage}.
 * <p>
 * One ray is traced through every pixel corner and each pixel is the mean of its four corners (a box
 * filter at about one ray per pixel), so edges are anti-aliased and do not crawl as the camera moves.
 * Called without a view ({@code paint(target, t)}) it uses {@link BackgroundView#standard(double)}.
 */
@Component(service = Background.class)
public final class RunwayBackground implements Background {

    private static final ExtensionInfo INFO = ExtensionInfo.builder("ai.fvgs.background.runway")
            .label("Runway stage").vendor("AI-FVGS").version("1.0.0")
            .description("A fashion-show hall in perspective: glossy catwalk with edge lights, spot pools, audience and a lit entrance.")
            .thumbnail(RunwayBackground.class.getResource("/icons/runway.png"))
            .capability(Capabilities.BACKGROUND_OPAQUE).build();

    private static final List<BackgroundParameter> PARAMETERS = List.of(
            BackgroundParameter.colour("runwayColour", "Catwalk colour", "#e6e3dc", "The colour of the catwalk's surface."),
            BackgroundParameter.colour("floorColour", "Floor colour", "#1b1a20", "The colour of the hall floor around the catwalk."),
            BackgroundParameter.colour("wallColour", "Wall colour", "#3a3642", "The colour of the back wall and the audience walls."),
            BackgroundParameter.colour("lightColour", "Light colour", "#fff0d8", "The colour of the edge lights, spots and the lit entrance."),
            BackgroundParameter.number("length", "Catwalk length", "m", 3, 40, 10,
                    "From the back wall to the catwalk's front end; centred on z = 0 like the catwalk motion."),
            BackgroundParameter.number("width", "Catwalk width", "m", 0.8, 6, 1.8, "The width of the catwalk strip."),
            BackgroundParameter.number("gloss", "Gloss", "", 0, 1, 0.45, "How strongly the catwalk mirrors the stage: 0 matt, 1 mirror-like."),
            BackgroundParameter.bool("spots", "Spot pools", true, "Pools of spot light along the catwalk."),
            BackgroundParameter.bool("edgeLights", "Edge lights", true, "Light strips along both edges of the catwalk."));

    private static final int[] TO_SRGB = srgbTable();

    private final RunwayStage stage;

    /** The component, with every parameter at its default. */
    public RunwayBackground() {
        this(stage(BackgroundValues.parse(PARAMETERS, Map.of(), Path.of(""))));
    }

    private RunwayBackground(RunwayStage stage) {
        this.stage = stage;
    }

    private static RunwayStage stage(BackgroundValues v) {
        return new RunwayStage(linear(v.colour("runwayColour")), linear(v.colour("floorColour")), linear(v.colour("wallColour")),
                linear(v.colour("lightColour")), v.number("length"), v.number("width"), v.number("gloss"), v.bool("spots"),
                v.bool("edgeLights"));
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
        return new RunwayBackground(stage(BackgroundValues.parse(PARAMETERS, parameters, baseDirectory)));
    }

    @Override
    public void paint(RgbaImage target, double timeSeconds) {
        paint(target, BackgroundView.standard(timeSeconds));
    }

    @Override
    public void paint(RgbaImage target, BackgroundView view) {
        int w = target.width();
        int h = target.height();
        int[] px = target.pixels();
        BackgroundView.Vec3 f = view.forward();
        BackgroundView.Vec3 r = view.right();
        BackgroundView.Vec3 u = view.imageUp();
        BackgroundView.Vec3 o = view.cameraPosition();
        double tan = StrictMath.tan(StrictMath.toRadians(view.verticalFovDegrees()) * 0.5);
        double aspect = (double) w / h;
        double[] rx = new double[w + 1];
        double[] ry = new double[w + 1];
        double[] rz = new double[w + 1];
        for (int x = 0; x <= w; x++) {
            double vx = (2.0 * x / w - 1) * tan * aspect;
            rx[x] = r.x() * vx;
            ry[x] = r.y() * vx;
            rz[x] = r.z() * vx;
        }
        double[] above = new double[3 * (w + 1)];
        double[] below = new double[3 * (w + 1)];
        for (int y = 0; y <= h; y++) {
            double vy = (1 - 2.0 * y / h) * tan;
            double bx = f.x() + u.x() * vy;
            double by = f.y() + u.y() * vy;
            double bz = f.z() + u.z() * vy;
            for (int x = 0; x <= w; x++) {
                double dx = bx + rx[x];
                double dy = by + ry[x];
                double dz = bz + rz[x];
                double inv = 1 / StrictMath.sqrt(dx * dx + dy * dy + dz * dz);
                stage.trace(o.x(), o.y(), o.z(), dx * inv, dy * inv, dz * inv, below, 3 * x);
            }
            if (y > 0) {
                int row = (y - 1) * w;
                for (int x = 0; x < w; x++) {
                    int i = 3 * x;
                    px[row + x] = 0xFF000000 | srgb(corners(above, below, i)) << 16 | srgb(corners(above, below, i + 1)) << 8
                            | srgb(corners(above, below, i + 2));
                }
            }
            double[] swap = above;
            above = below;
            below = swap;
        }
    }

    /** The mean of one channel over a pixel's four corner samples. */
    private static double corners(double[] above, double[] below, int i) {
        return (above[i] + above[i + 3] + below[i] + below[i + 3]) * 0.25;
    }

    private static int srgb(double linear) {
        int i = (int) (linear * (TO_SRGB.length - 1) + 0.5);
        return TO_SRGB[i < 0 ? 0 : StrictMath.min(i, TO_SRGB.length - 1)];
    }

    private static int[] srgbTable() {
        int[] table = new int[4096];
        for (int i = 0; i < table.length; i++) {
            double l = (double) i / (table.length - 1);
            double s = l <= 0.0031308 ? 12.92 * l : 1.055 * StrictMath.pow(l, 1 / 2.4) - 0.055;
            table[i] = Colours.clamp(s * 255);
        }
        return table;
    }

    private static double[] linear(int argb) {
        double[] c = new double[3];
        for (int i = 0; i < 3; i++) {
            double s = (argb >> (16 - 8 * i) & 0xFF) / 255.0;
            c[i] = s <= 0.04045 ? s / 12.92 : StrictMath.pow((s + 0.055) / 1.055, 2.4);
        }
        return c;
    }
}
