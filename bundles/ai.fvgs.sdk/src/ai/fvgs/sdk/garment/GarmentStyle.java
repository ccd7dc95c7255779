package ai.fvgs.sdk.garment;

import java.util.List;
import java.util.Optional;

import ai.fvgs.sdk.Extension;
import ai.fvgs.sdk.body.BodyMeasurements;

/**
 * A garment style extension: a kind of garment with adjustable parameters that the workbench fits to an
 * avatar. Register an implementation as an OSGi service of this interface.
 * <p>
 * Since SDK 1.1 a style can also give its 3D form: either {@link #form} (fitted tubes and drapes placed
 * against the body's levels, which the engine fits to every wearer) or {@link #asset} (a ready-made glTF mesh
 * authored on a reference body). Both are default methods returning empty, so a style written against 1.0
 * keeps working; such a style can be listed and drafted but not worn in a video.
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

    /**
     * Describes the garment's 3D form on a body: fitted pieces that follow the skin and loose drapes that
     * move as cloth. The engine uses this before {@link #asset()}.
     *
     * @param body   the wearer's measurements
     * @param values a value for each of {@link #parameters()}
     * @return the form, or empty if this style has none
     * @since 1.1
     */
    default Optional<GarmentForm> form(BodyMeasurements body, ParameterValues values) {
        return Optional.empty();
    }

    /**
     * A ready-made mesh of the garment as a glTF 2.0 binary, used when {@link #form} is empty.
     *
     * @return the asset, or empty if this style ships none
     * @since 1.1
     */
    default Optional<GarmentAsset> asset() {
        return Optional.empty();
    }
}
