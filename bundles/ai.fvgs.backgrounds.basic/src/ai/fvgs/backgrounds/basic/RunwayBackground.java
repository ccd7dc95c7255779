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
 * Near edges and small lights a ray is traced through every pixel corner and each pixel is the mean of its
 * four corners (a box filter), so edges are anti-aliased and do not crawl as the camera moves; smooth areas
 * are interpolated between fewer rays where those rays show that interpolation is exact to about one 8-bit
 * level ({@link RunwayRaster}).
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

    private final RunwayRaster raster;

    /** The component, with every parameter at its default. */
    public RunwayBackground() {
        this(stage(BackgroundValues.parse(PARAMETERS, Map.of(), Path.of(""))));
    }

    private RunwayBackground(RunwayStage stage) {
        this.raster = new RunwayRaster(stage);
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
        raster.paint(target, view);
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
