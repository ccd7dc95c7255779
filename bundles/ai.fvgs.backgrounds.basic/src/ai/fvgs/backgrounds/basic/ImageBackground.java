package ai.fvgs.backgrounds.basic;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.osgi.service.component.annotations.Component;

import ai.fvgs.sdk.Capabilities;
import ai.fvgs.sdk.ExtensionInfo;
import ai.fvgs.sdk.RgbaImage;
import ai.fvgs.sdk.background.Background;
import ai.fvgs.sdk.background.BackgroundParameter;
import ai.fvgs.sdk.background.BackgroundValues;

/**
 * A still picture (PNG or JPEG) behind the model, scaled to the frame with a {@link Fit} over an opaque
 * {@code matte} colour. The file is decoded once, in {@link #configure}; the picture scaled to a frame size is
 * computed on the first frame of that size and kept (the most recent size only), so later frames are copies.
 * The registered service has no picture and paints the matte colour.
 */
@Component(service = Background.class)
public final class ImageBackground implements Background {

    /** The largest picture accepted, in pixels (a 40-megapixel photograph). */
    static final long MAX_PIXELS = 40_000_000L;

    private static final ExtensionInfo INFO = ExtensionInfo.builder("ai.fvgs.background.image")
            .label("Picture").vendor("AI-FVGS").version("1.0.0")
            .description("A still PNG or JPEG picture, scaled to cover or fit the frame.")
            .thumbnail(ImageBackground.class.getResource("/icons/image.png"))
            .capability(Capabilities.BACKGROUND_OPAQUE).build();

    private static final List<BackgroundParameter> PARAMETERS = List.of(
            BackgroundParameter.file("file", "Picture file", List.of("png", "jpg", "jpeg"), true,
                    "The PNG or JPEG picture, relative to the scene file's folder."),
            BackgroundParameter.choice("fit", "Fit", Fit.NAMES, "cover",
                    "cover: fill the frame, cropping the sides; contain: show all of it, with matte bars; stretch: fill, distorting."),
            BackgroundParameter.colour("matte", "Matte colour", "#000000",
                    "Shown where the picture does not reach (contain) and through its transparent pixels."));

    private final int[] source;
    private final int sourceWidth;
    private final int sourceHeight;
    private final Fit fit;
    private final int matte;
    private final AtomicReference<ScaledFrame> scaled = new AtomicReference<>();

    /** The component: no picture, a black matte. */
    public ImageBackground() {
        this(null, 0, 0, Fit.COVER, 0xFF000000);
    }

    private ImageBackground(int[] source, int sourceWidth, int sourceHeight, Fit fit, int matte) {
        this.source = source;
        this.sourceWidth = sourceWidth;
        this.sourceHeight = sourceHeight;
        this.fit = fit;
        this.matte = matte;
    }

    @Override
    public ExtensionInfo info() {
        return INFO;
    }

    @Override
    public List<BackgroundParameter> parameters() {
        return PARAMETERS;
    }

    /**
     * Decodes the picture, after checking its size from its header.
     *
     * @throws IllegalArgumentException also if the file is not a PNG or JPEG picture Java can decode, or is
     *                                  larger than {@value #MAX_PIXELS} pixels
     */
    @Override
    public Background configure(Map<String, String> parameters, Path baseDirectory) {
        BackgroundValues v = BackgroundValues.parse(PARAMETERS, parameters, baseDirectory);
        Path file = v.file("file").orElseThrow();
        BufferedImage image = decode(file, parameters.get("file"));
        int w = image.getWidth();
        int h = image.getHeight();
        return new ImageBackground(image.getRGB(0, 0, w, h, null, 0, w), w, h, Fit.of(v.choice("fit")), v.colour("matte"));
    }

    /** A file this background rejects for a reason of its own, passed on as it is. */
    private static final class Rejected extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        Rejected(String message) {
            super(message);
        }
    }

    private static BufferedImage decode(Path file, String text) {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = in == null ? java.util.Collections.emptyIterator() : ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new Rejected("file: \"" + text + "\" is not a PNG or JPEG picture (" + file
                        + "); allowed: a PNG or JPEG picture");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels > MAX_PIXELS) {
                    throw new Rejected("file: \"" + text + "\" is " + reader.getWidth(0) + "x" + reader.getHeight(0)
                            + " pixels; allowed: up to " + MAX_PIXELS / 1_000_000 + " megapixels");
                }
                return reader.read(0);
            } finally {
                reader.dispose();
            }
        } catch (Rejected e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("file: \"" + text + "\" cannot be decoded (" + file + ": " + e.getMessage()
                    + "); allowed: a PNG or JPEG picture", e);
        }
    }

    @Override
    public void paint(RgbaImage target, double timeSeconds) {
        if (source == null) {
            target.fill(matte);
            return;
        }
        ScaledFrame frame = scaled.get();
        if (frame == null || !frame.fits(target)) {
            int w = target.width();
            int h = target.height();
            frame = new ScaledFrame(w, h, Resampler.resample(source, sourceWidth, sourceHeight, w, h, fit, matte));
            scaled.set(frame);
        }
        frame.copyTo(target);
    }
}
