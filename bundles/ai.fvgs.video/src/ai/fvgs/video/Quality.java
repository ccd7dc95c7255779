package ai.fvgs.video;

/**
 * How many bits the encoder may spend, relative to the picture size: the bitrate is
 * {@code width x height x fps x bitsPerPixel}. 1280x720 at 25 fps gives 1.2, 2.3 and 4.6 Mbit/s. An explicit
 * bitrate ({@link VideoSpec#withBitrate(long)}) takes precedence. PNG sequences are lossless and ignore it.
 */
public enum Quality {

    /** 0.05 bits per pixel: previews and drafts. */
    DRAFT(0.05),

    /** 0.1 bits per pixel: sharp for rendered scenes, the default. */
    STANDARD(0.1),

    /** 0.2 bits per pixel: for material that is edited or encoded again later. */
    HIGH(0.2);

    private final double bitsPerPixel;

    Quality(double bitsPerPixel) {
        this.bitsPerPixel = bitsPerPixel;
    }

    /** @return the bits per pixel and frame this quality allows */
    public double bitsPerPixel() {
        return bitsPerPixel;
    }
}
