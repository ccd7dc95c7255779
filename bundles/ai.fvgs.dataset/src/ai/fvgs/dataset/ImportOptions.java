package ai.fvgs.dataset;

import java.util.Objects;

/**
 * How to import: the provenance given to every imported entry (a side-car or manifest line may override
 * each field), the language of plain-text side-cars, and how similar two pictures must be to be reported as
 * near duplicates.
 *
 * @param provenance            default provenance; its import batch id is ignored (the import sets it); a
 *                              {@code null} source becomes the imported folder or manifest
 * @param language              BCP 47 language of {@code .txt} side-cars and of manifest texts without a
 *                              language, e.g. {@code en}
 * @param nearDuplicateDistance the largest Hamming distance, 0 to 64, between the 64-bit perceptual hashes
 *                              of two pictures that counts as a near duplicate; {@code -1} turns the check off
 * @param actor                 who imports; recorded as the creator of the entries and in the audit log
 * @param frameSampling         how the stills of each video are chosen
 * @param sampledFrames         how many stills to keep per video, 1 to {@value #MAX_SAMPLED_FRAMES} (fewer when the
 *                              video is shorter, or has fewer scene changes)
 */
public record ImportOptions(Provenance provenance, String language, int nearDuplicateDistance, String actor, FrameSampling frameSampling,
        int sampledFrames) {

    /** Stills kept per video by default. */
    public static final int DEFAULT_SAMPLED_FRAMES = 8;
    /** The most stills kept per video. */
    public static final int MAX_SAMPLED_FRAMES = 100;

    /** The default near-duplicate distance: at most 6 of 64 bits differ. */
    public static final int DEFAULT_NEAR_DUPLICATE_DISTANCE = 6;

    /** Checks the fields. */
    public ImportOptions {
        Objects.requireNonNull(provenance, "provenance");
        new EntryText(TextKind.CAPTION, language, "check"); // throws naming the language if it is not a BCP 47 tag
        if (nearDuplicateDistance < -1 || nearDuplicateDistance > 64) {
            throw new IllegalArgumentException("near-duplicate distance " + nearDuplicateDistance
                    + " is not allowed; use 0 to 64 differing bits, or -1 to turn the check off");
        }
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(frameSampling, "frameSampling");
        if (sampledFrames < 1 || sampledFrames > MAX_SAMPLED_FRAMES) {
            throw new IllegalArgumentException("sampled frames " + sampledFrames + " is not allowed; keep 1 to " + MAX_SAMPLED_FRAMES
                    + " frames per video");
        }
    }

    /**
     * Options with uniform frame sampling of {@value #DEFAULT_SAMPLED_FRAMES} frames.
     *
     * @param provenance            default provenance
     * @param language              language of plain texts
     * @param nearDuplicateDistance near-duplicate distance, or -1
     * @param actor                 who imports
     */
    public ImportOptions(Provenance provenance, String language, int nearDuplicateDistance, String actor) {
        this(provenance, language, nearDuplicateDistance, actor, FrameSampling.UNIFORM, DEFAULT_SAMPLED_FRAMES);
    }

    /**
     * @param actor who imports
     * @return unknown provenance, English texts, the default near-duplicate distance
     */
    public static ImportOptions defaults(String actor) {
        return new ImportOptions(Provenance.UNKNOWN, "en", DEFAULT_NEAR_DUPLICATE_DISTANCE, actor);
    }

    /** @param p the default provenance @return these options with it */
    public ImportOptions withProvenance(Provenance p) {
        return new ImportOptions(p, language, nearDuplicateDistance, actor, frameSampling, sampledFrames);
    }

    /** @param sampling how to choose video stills @param count how many, at most @return these options with them */
    public ImportOptions withFrames(FrameSampling sampling, int count) {
        return new ImportOptions(provenance, language, nearDuplicateDistance, actor, sampling, count);
    }
}
