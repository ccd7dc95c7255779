package ai.fvgs.sdk;

import ai.fvgs.sdk.background.Background;
import ai.fvgs.sdk.garment.GarmentStyle;
import ai.fvgs.sdk.inference.InferenceBackend;
import ai.fvgs.sdk.taxonomy.TaxonomyProvider;

/**
 * The kinds of extension the workbench accepts, each with the service interface a vendor implements.
 */
public enum ExtensionKind {
    /** A garment style: see {@link GarmentStyle}. */
    GARMENT_STYLE("garment-style", GarmentStyle.class),
    /** A scene background: see {@link Background}. */
    BACKGROUND("background", Background.class),
    /** An inference backend: see {@link InferenceBackend}. */
    INFERENCE_BACKEND("inference-backend", InferenceBackend.class),
    /**
     * Taxonomies for dataset annotations: see {@link TaxonomyProvider}.
     *
     * @since 1.2
     */
    TAXONOMY("taxonomy", TaxonomyProvider.class);

    private final String id;
    private final Class<? extends Extension> serviceType;

    ExtensionKind(String id, Class<? extends Extension> serviceType) {
        this.id = id;
        this.serviceType = serviceType;
    }

    /** @return the stable lower-case name used in files and on the command line, e.g. {@code garment-style} */
    public String id() {
        return id;
    }

    /** @return the OSGi service interface of this kind */
    public Class<? extends Extension> serviceType() {
        return serviceType;
    }

    /**
     * Looks a kind up by its {@link #id()}.
     *
     * @param id the name, e.g. {@code background}
     * @return the kind
     * @throws IllegalArgumentException naming the allowed values when {@code id} is not one of them
     */
    public static ExtensionKind ofId(String id) {
        for (ExtensionKind kind : values()) {
            if (kind.id.equals(id)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown extension kind '" + id + "'; allowed: garment-style, background, inference-backend, taxonomy");
    }
}
