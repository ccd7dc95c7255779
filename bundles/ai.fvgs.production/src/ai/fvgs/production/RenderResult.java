package ai.fvgs.production;

/**
 * What a render did and where its time went (wall-clock milliseconds summed over the frames; the stages of a
 * frame overlap with the writing of the previous one, so they add up to more than {@link #totalMillis}).
 *
 * @param frames          frames rendered
 * @param totalMillis     from start to the last output committed
 * @param prepareMillis   building avatar, motion and outfit
 * @param animateMillis   posing, skinning and cloth
 * @param clothMillis     the cloth simulation alone (part of {@code animateMillis})
 * @param backgroundMillis painting backgrounds
 * @param renderMillis    rasterizing
 * @param writeMillis     encoding video, PNG and guidance (on the writer thread)
 */
public record RenderResult(int frames, double totalMillis, double prepareMillis, double animateMillis, double clothMillis, double backgroundMillis,
        double renderMillis, double writeMillis) {

    /** @return frames per second over the whole run */
    public double framesPerSecond() {
        return totalMillis > 0 ? frames * 1000.0 / totalMillis : 0;
    }
}
