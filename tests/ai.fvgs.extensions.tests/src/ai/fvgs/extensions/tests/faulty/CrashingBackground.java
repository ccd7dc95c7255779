package ai.fvgs.extensions.tests.faulty;

import ai.fvgs.sdk.ExtensionInfo;
import ai.fvgs.sdk.RgbaImage;
import ai.fvgs.sdk.background.Background;

/** Packaged into a test bundle: describes itself, then fails when asked to paint. */
public final class CrashingBackground implements Background {

    @Override
    public ExtensionInfo info() {
        return ExtensionInfo.builder("test.crashing").label("Crashing").vendor("Test").version("1.0.0").build();
    }

    @Override
    public void paint(RgbaImage target, double timeSeconds) {
        int[] tooSmall = new int[1];
        tooSmall[target.width()] = 1;
    }
}
