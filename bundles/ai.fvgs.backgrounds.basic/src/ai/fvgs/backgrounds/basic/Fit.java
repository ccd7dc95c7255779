package ai.fvgs.backgrounds.basic;

import java.util.List;
import java.util.Locale;

/** How a picture of one shape fills a frame of another: the {@code fit} parameter of the image and video backgrounds. */
enum Fit {

    /** Scaled uniformly until it covers the whole frame; the overhanging sides are cropped equally. */
    COVER,
    /** Scaled uniformly until it touches the frame's edges; the rest of the frame shows the matte colour. */
    CONTAIN,
    /** Scaled separately in width and height to exactly the frame's size, changing its proportions. */
    STRETCH;

    /** The choices as scene files spell them. */
    static final List<String> NAMES = List.of("cover", "contain", "stretch");

    /** @param name one of {@link #NAMES} @return the fit */
    static Fit of(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }

    /**
     * Where a picture lands in a frame: frame x = {@code offsetX + u * scaleX} for picture coordinate
     * {@code u} (0 at the picture's left edge, its width at the right edge); likewise for y.
     *
     * @param scaleX  frame pixels per picture pixel, horizontally
     * @param scaleY  frame pixels per picture pixel, vertically
     * @param offsetX frame x of the picture's left edge (negative when cropped)
     * @param offsetY frame y of the picture's top edge
     */
    record Placement(double scaleX, double scaleY, double offsetX, double offsetY) {
    }

    /**
     * @param sourceWidth  picture width in pixels
     * @param sourceHeight picture height in pixels
     * @param width        frame width in pixels
     * @param height       frame height in pixels
     * @return where the picture goes, centred
     */
    Placement place(int sourceWidth, int sourceHeight, int width, int height) {
        double sx = (double) width / sourceWidth;
        double sy = (double) height / sourceHeight;
        if (this != STRETCH) {
            double s = this == COVER ? StrictMath.max(sx, sy) : StrictMath.min(sx, sy);
            sx = s;
            sy = s;
        }
        return new Placement(sx, sy, (width - sourceWidth * sx) / 2, (height - sourceHeight * sy) / 2);
    }
}
