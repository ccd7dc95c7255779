package ai.fvgs.sdk;

/**
 * Capability names the workbench understands. Extensions may declare others (use a reverse-domain prefix
 * for your own); unknown names are shown but otherwise ignored.
 */
public final class Capabilities {

    /** A background whose pixels change over time (video, animated stage). */
    public static final String BACKGROUND_ANIMATED = "background.animated";
    /** A background that leaves some pixels transparent (alpha below 255), for compositing. */
    public static final String BACKGROUND_TRANSPARENT = "background.transparent";
    /** A background that covers every pixel with alpha 255. */
    public static final String BACKGROUND_OPAQUE = "background.opaque";
    /** A garment that can be drafted as flat pattern pieces, see {@link ai.fvgs.sdk.garment.GarmentStyle#draft}. */
    public static final String GARMENT_PATTERN = "garment.pattern";
    /** A garment that moves as cloth rather than following the skin. */
    public static final String GARMENT_CLOTH = "garment.cloth";
    /** An inference backend that runs on the CPU. */
    public static final String INFERENCE_CPU = "inference.cpu";
    /** An inference backend that needs a GPU. */
    public static final String INFERENCE_GPU = "inference.gpu";

    private Capabilities() {
    }
}
