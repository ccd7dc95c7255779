package ai.fvgs.extensions;

import ai.fvgs.sdk.garment.GarmentStyle;

/** The live registry of garment styles; an OSGi service. */
public interface GarmentStyleRegistry extends ExtensionRegistry<GarmentStyle> {
}
