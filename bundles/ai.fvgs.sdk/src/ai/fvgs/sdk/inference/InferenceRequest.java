package ai.fvgs.sdk.inference;

import java.util.List;
import java.util.Map;

import ai.fvgs.sdk.RgbaImage;

/**
 * The input of one inference call.
 *
 * @param task    the task to run, one of {@link InferenceBackend#tasks()}
 * @param images  input images (frames of a sequence in order); may be empty for text-only tasks
 * @param options task options as text, e.g. {@code threshold=0.4}; unknown keys should be rejected
 */
public record InferenceRequest(String task, List<RgbaImage> images, Map<String, String> options) {

    /** Copies the lists so the request cannot change after it is made. */
    public InferenceRequest {
        images = List.copyOf(images);
        options = Map.copyOf(options);
    }
}
