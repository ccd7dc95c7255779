package ai.fvgs.examples.vendor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;

import org.osgi.service.component.annotations.Component;

import ai.fvgs.sdk.Capabilities;
import ai.fvgs.sdk.ExtensionInfo;
import ai.fvgs.sdk.Progress;
import ai.fvgs.sdk.RgbaImage;
import ai.fvgs.sdk.inference.InferenceBackend;
import ai.fvgs.sdk.inference.InferenceException;
import ai.fvgs.sdk.inference.InferenceRequest;
import ai.fvgs.sdk.inference.InferenceResult;

/**
 * A CPU "model" for the {@code segmentation.matte} task: pulls an alpha matte from footage shot against a
 * green (or any) screen by distance from the key colour in the CbCr chroma plane, with a soft edge.
 * Options: {@code key} (hex colour, default {@code #00B140}), {@code tolerance} and {@code softness}
 * (0..1, defaults 0.12 and 0.08). Output: one matte per input, white = foreground; value {@code coverage}
 * is the mean foreground fraction.
 */
@Component(service = InferenceBackend.class)
public final class ChromaKeyBackend implements InferenceBackend {

    static final String TASK = "segmentation.matte";

    private final ExtensionInfo info = AtelierInfo.builder("example.atelier.chroma-key", ChromaKeyBackend.class)
            .label("Chroma-key matte").description("Foreground mattes from green-screen footage, on the CPU.")
            .capability(Capabilities.INFERENCE_CPU).build();

    @Override
    public ExtensionInfo info() {
        return info;
    }

    @Override
    public Set<String> tasks() {
        return Set.of(TASK);
    }

    @Override
    public InferenceResult infer(InferenceRequest request, Progress progress) throws InferenceException {
        if (!TASK.equals(request.task())) {
            throw new InferenceException("task '" + request.task() + "' is not supported; allowed: " + TASK);
        }
        Map<String, String> options = new HashMap<>(request.options());
        int key = parseColour(options.remove("key"));
        double tolerance = parseFraction("tolerance", options.remove("tolerance"), 0.12);
        double softness = parseFraction("softness", options.remove("softness"), 0.08);
        if (!options.isEmpty()) {
            throw new InferenceException("unknown option(s) " + options.keySet() + "; allowed: key, tolerance, softness");
        }
        double[] keyChroma = chroma(key);
        List<RgbaImage> mattes = new ArrayList<>();
        double covered = 0;
        long pixels = 0;
        for (int i = 0; i < request.images().size(); i++) {
            if (progress.isCancelled()) {
                throw new CancellationException("chroma key cancelled");
            }
            RgbaImage in = request.images().get(i);
            RgbaImage out = new RgbaImage(in.width(), in.height());
            int[] src = in.pixels();
            int[] dst = out.pixels();
            for (int p = 0; p < src.length; p++) {
                double[] c = chroma(src[p]);
                double distance = Math.hypot(c[0] - keyChroma[0], c[1] - keyChroma[1]);
                double alpha = Math.clamp((distance - tolerance) / Math.max(softness, 1e-6), 0, 1);
                alpha *= (src[p] >>> 24) / 255.0;
                int v = (int) Math.round(alpha * 255);
                dst[p] = RgbaImage.argb(255, v, v, v);
                covered += alpha;
            }
            pixels += src.length;
            mattes.add(out);
            progress.report((i + 1.0) / request.images().size(), "matte " + (i + 1) + " of " + request.images().size());
        }
        String coverage = pixels == 0 ? "0" : String.format(java.util.Locale.ROOT, "%.4f", covered / pixels);
        return new InferenceResult(mattes, Map.of("coverage", coverage));
    }

    /** Cb and Cr of an ARGB colour, each in -0.5..0.5 (BT.601). */
    private static double[] chroma(int argb) {
        double r = (argb >> 16 & 0xFF) / 255.0;
        double g = (argb >> 8 & 0xFF) / 255.0;
        double b = (argb & 0xFF) / 255.0;
        return new double[] { -0.168736 * r - 0.331264 * g + 0.5 * b, 0.5 * r - 0.418688 * g - 0.081312 * b };
    }

    private static int parseColour(String text) throws InferenceException {
        if (text == null) {
            return 0xFF00B140;
        }
        if (!text.matches("#[0-9A-Fa-f]{6}")) {
            throw new InferenceException("option key = '" + text + "' is not a colour; use #RRGGBB, e.g. #00B140");
        }
        return 0xFF000000 | Integer.parseInt(text.substring(1), 16);
    }

    private static double parseFraction(String name, String text, double fallback) throws InferenceException {
        if (text == null) {
            return fallback;
        }
        try {
            double v = Double.parseDouble(text);
            if (v >= 0 && v <= 1) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InferenceException("option " + name + " = '" + text + "' is not allowed; use a number from 0 to 1");
    }
}
