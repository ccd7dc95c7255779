package ai.fvgs.video.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Comparisons of ARGB pixels after lossy encoding. */
final class Pixels {

    private Pixels() {
    }

    /** Asserts that the R, G and B channels of two ARGB pixels differ by at most {@code tolerance} each. */
    static void assertClose(int expected, int actual, int tolerance, String what) {
        int worst = 0;
        for (int shift = 0; shift <= 16; shift += 8) {
            worst = Math.max(worst, Math.abs((expected >> shift & 0xff) - (actual >> shift & 0xff)));
        }
        int difference = worst;
        assertTrue(difference <= tolerance, () -> String.format("%s: expected #%06x, got #%06x (difference %d > %d)",
                what, expected & 0xffffff, actual & 0xffffff, difference, tolerance));
    }
}
