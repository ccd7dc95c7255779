package ai.fvgs.studio.tests;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.IntFunction;

import ai.fvgs.studio.PreviewRenderer;

/** Prints the latency of one kind of preview change, as the preview benchmark reads it (docs/performance.md). */
final class PreviewLatency {

    private static final int CHANGES = 15;

    private PreviewLatency() {
    }

    /**
     * Makes {@value #CHANGES} changes of one kind and prints the median and slowest time to the frame, and the median
     * time of the building the frame needed.
     *
     * @param what     the kind of change, for the printed line
     * @param building what the build time is spent on, for the printed line
     * @param change   makes change {@code i} and returns its frame
     */
    static void report(String what, String building, IntFunction<PreviewRenderer.Frame> change) {
        long[] ms = new long[CHANGES];
        long[] build = new long[CHANGES];
        for (int i = 0; i < CHANGES; i++) {
            PreviewRenderer.Frame f = change.apply(i);
            ms[i] = f.nanos();
            build[i] = f.buildNanos();
        }
        Arrays.sort(ms);
        Arrays.sort(build);
        System.out.printf(Locale.ROOT, "preview latency, %s, 360x480: median %.1f ms (%s %.1f ms), max %.1f ms%n", what,
                ms[CHANGES / 2] / 1e6, building, build[CHANGES / 2] / 1e6, ms[CHANGES - 1] / 1e6);
    }
}
