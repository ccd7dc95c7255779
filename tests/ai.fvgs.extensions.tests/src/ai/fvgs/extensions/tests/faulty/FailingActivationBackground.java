package ai.fvgs.extensions.tests.faulty;

import ai.fvgs.sdk.ExtensionInfo;
import ai.fvgs.sdk.RgbaImage;
import ai.fvgs.sdk.background.Background;

/** Packaged into a test bundle: its DS component's activate method throws. */
public final class FailingActivationBackground implements Background {

    /** Called by DS as the component's activate method. */
    public void activate() {
        throw new IllegalStateException("GPU not found");
    }

    @Override
    public ExtensionInfo info() {
        return ExtensionInfo.builder("test.failing-activation").label("Failing activation").vendor("Test").build();
    }

    @Override
    public void paint(RgbaImage target, double timeSeconds) {
        target.fill(0);
    }
}
