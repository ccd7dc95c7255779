package ai.fvgs.sdk.inference;

import java.util.List;
import java.util.Map;

import ai.fvgs.sdk.RgbaImage;

/**
 * The output of one inference call.
 *
 * @param images output images, e.g. one matte per input frame
 * @param values named scalar or text results, e.g. {@code coverage=0.31}
 */
public record InferenceResult(List<RgbaImage> images, Map<String, String> values) {

    /** Copies the lists so the result cannot change after it is made. */
    public InferenceResult {
        images = List.copyOf(images);
        values = Map.copyOf(values);
    }
}
