package ai.fvgs.extensions.tests.faulty;

import ai.fvgs.sdk.ExtensionInfo;
import ai.fvgs.sdk.RgbaImage;
import ai.fvgs.sdk.background.Background;

/** Packaged into a test bundle: a background that cannot even describe itself. */
public final class UndescribableBackground implements Background {

    @Override
    public ExtensionInfo info() {
        throw new IllegalStateException("licence key missing");
    }

    @Override
    public void paint(RgbaImage target, double timeSeconds) {
        target.fill(0xFF000000);
    }
}
