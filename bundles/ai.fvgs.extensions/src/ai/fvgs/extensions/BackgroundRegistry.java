package ai.fvgs.extensions;

import ai.fvgs.sdk.background.Background;

/** The live registry of backgrounds; an OSGi service. */
public interface BackgroundRegistry extends ExtensionRegistry<Background> {
}
