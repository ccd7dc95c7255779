package ai.fvgs.production;

/**
 * What a render did and where its time went (wall-clock milliseconds summed over the frames; the stages of a
 * frame overlap with the writing of the previous one, so they add up to more than {@link #totalMillis}), and the
 * processor time it took, which unlike the wall-clock time hardly changes when other processes compete for the
 * cores.
 *
 * @param frames          frames rendered
 * @param totalMillis     from start to the last output committed
 * @param prepareMillis   building avatar, motion and outfit
 * @param animateMillis   posing, skinning and cloth
 * @param clothMillis     the cloth simulation alone (part of {@code animateMillis})
 * @param backgroundMillis painting backgrounds
 * @param renderMillis    rasterizing
 * @param writeMillis     encoding video, PNG and guidance (on the writer thread)
 * @param cpu             processor time of the frame loop
 */
public record RenderResult(int frames, double totalMillis, double prepareMillis, double animateMillis, double clothMillis, double backgroundMillis,
        double renderMillis, double writeMillis, Cpu cpu) {

    /**
     * Processor time of the frame loop in milliseconds, summed over the frames; 0 throughout where the JVM does not
     * measure thread CPU time.
     *
     * @param totalMillis      all threads of the JVM from the first frame to the last output committed (rendering,
     *                         posing, cloth, painting, encoding, and the JVM's own compiler and garbage collector)
     * @param animateMillis    posing, skinning and cloth
     * @param backgroundMillis painting backgrounds (on the painter thread)
     * @param writeMillis      encoding video, PNG and guidance (on the writer thread)
     */
    public record Cpu(double totalMillis, double animateMillis, double backgroundMillis, double writeMillis) {

        /** @return the rest of {@link #totalMillis}: rasterizing on the renderer's threads, and the JVM's own work */
        public double renderAndOtherMillis() {
            return totalMillis - animateMillis - backgroundMillis - writeMillis;
        }
    }

    /** @return frames per second over the whole run */
    public double framesPerSecond() {
        return totalMillis > 0 ? frames * 1000.0 / totalMillis : 0;
    }
}
