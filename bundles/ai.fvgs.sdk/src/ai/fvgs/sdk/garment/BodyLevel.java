package ai.fvgs.sdk.garment;

/**
 * The body's landmark levels that a garment's 3D form is placed against. The engine knows each level's
 * height on the wearer's body (they follow stature and inseam), so a form written in terms of levels fits
 * every body. From the top down.
 *
 * @since 1.1
 */
public enum BodyLevel {
    /** Base of the neck, where a crew neckline sits. */
    NECK_BASE,
    /** Shoulder point (acromion height). */
    SHOULDER,
    /** Armpit. */
    ARMPIT,
    /** Fullest part of the bust. */
    BUST,
    /** Just below the bust. */
    UNDERBUST,
    /** Natural waist. */
    WAIST,
    /** High hip, half way between waist and hip. */
    HIGH_HIP,
    /** Fullest part of the seat. */
    HIP,
    /** Crotch. */
    CROTCH,
    /** Upper thigh, just below the crotch. */
    THIGH,
    /** Knee. */
    KNEE,
    /** Fullest part of the calf. */
    CALF,
    /** Ankle. */
    ANKLE,
    /** The floor. */
    FLOOR
}
