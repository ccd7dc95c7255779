package ai.fvgs.sdk.garment;

import java.util.List;
import java.util.Optional;

import ai.fvgs.sdk.Extension;
import ai.fvgs.sdk.body.BodyMeasurements;

/**
 * A garment style extension: a kind of garment with adjustable parameters that the workbench fits to an
 * avatar. Register an implementation as an OSGi service of this interface.
 * <p>
 * Later SDK versions add ways to supply the garment's 3D form (a mesh or a glTF asset) as default methods;
 * a style written against 1.0 keeps working.
 */
public interface GarmentStyle extends Extension {

    /** @return the category, which decides the default layer and how the garment is labelled in datasets */
    GarmentCategory category();

    /** @return the layer, 1 (next to the skin) to 3 (outerwear); garments on higher layers go over lower ones */
    default int layer() {
        return category().defaultLayer();
    }

    /** @return the adjustable parameters, in the order users see them */
    List<ParameterSpec> parameters();

    /**
     * Drafts the garment's flat pattern for a body. Styles that declare
     * {@link ai.fvgs.sdk.Capabilities#GARMENT_PATTERN} return a draft; others return empty.
     *
     * @param body   the wearer's measurements
     * @param values a value for each of {@link #parameters()}
     * @return the pattern pieces and finished dimensions, or empty if this style has no flat pattern
     */
    default Optional<GarmentDraft> draft(BodyMeasurements body, ParameterValues values) {
        return Optional.empty();
    }
}
