package ai.fvgs.sdk.inference;

import java.util.Set;

import ai.fvgs.sdk.Extension;
import ai.fvgs.sdk.Progress;

/**
 * An inference backend extension: runs one or more inference tasks. Register an implementation as an OSGi
 * service of this interface.
 * <p>
 * Task names are dotted words; the workbench uses {@code segmentation.matte} (an alpha matte of the
 * foreground), {@code pose.body} (body keypoints) and {@code video.animate} (a video from a reference image
 * and a guidance sequence). Vendors may add their own with a reverse-domain prefix.
 */
public interface InferenceBackend extends Extension {

    /** @return the tasks this backend can run */
    Set<String> tasks();

    /**
     * Runs one task. May take long: report progress and stop when cancelled.
     *
     * @param request  the task and its inputs
     * @param progress where to report progress and check for cancellation
     * @return the outputs
     * @throws InferenceException if the inputs are not acceptable or the model fails; the message says which
     *                            input and why
     * @throws java.util.concurrent.CancellationException if {@code progress} was cancelled
     */
    InferenceResult infer(InferenceRequest request, Progress progress) throws InferenceException;
}
