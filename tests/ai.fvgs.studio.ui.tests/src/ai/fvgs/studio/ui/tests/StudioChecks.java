package ai.fvgs.studio.ui.tests;

import java.time.Duration;

import org.eclipse.jface.viewers.TableViewer;

import ai.fvgs.extensions.ExtensionRecord;
import ai.fvgs.scene.Scene;
import ai.fvgs.studio.ui.internal.PreviewCanvas;
import ai.fvgs.tests.swt.SwtDriver;

/** What the Studio's UI tests look for in its parts: an extension's row in a gallery, a painted preview. */
final class StudioChecks {

    private StudioChecks() {
    }

    /** @return the row of the extension with that id in a viewer of {@link ExtensionRecord}s, -1 if it is not listed */
    static int row(TableViewer viewer, String id) {
        for (int i = 0; i < viewer.getTable().getItemCount(); i++) {
            if (viewer.getElementAt(i) instanceof ExtensionRecord r && r.id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Waits until the preview shows the scene, as the newest request's frame, painted on the canvas.
     *
     * @param driver  drives the display
     * @param preview the preview
     * @param scene   the scene it should show
     * @param timeout how long to wait
     */
    static void waitForPreview(SwtDriver driver, PreviewCanvas preview, Scene scene, Duration timeout) {
        driver.waitUntil("the preview of the current scene to be painted", () -> {
            var frame = preview.shownFrame();
            return frame != null && frame.scene().equals(scene) && frame.request() == preview.newestRequest()
                    && preview.paintedRequest() == frame.request();
        }, timeout);
        driver.flush();
    }
}
