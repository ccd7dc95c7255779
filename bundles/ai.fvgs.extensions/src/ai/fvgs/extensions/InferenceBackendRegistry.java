package ai.fvgs.extensions;

import ai.fvgs.sdk.inference.InferenceBackend;

/** The live registry of inference backends; an OSGi service. */
public interface InferenceBackendRegistry extends ExtensionRegistry<InferenceBackend> {
}
