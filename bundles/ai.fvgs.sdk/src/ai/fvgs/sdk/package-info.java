/**
 * The contract every AI-FVGS extension implements, whatever its kind.
 * <p>
 * An extension is an OSGi service of one of the kind interfaces ({@link ai.fvgs.sdk.garment.GarmentStyle},
 * {@link ai.fvgs.sdk.background.Background}, {@link ai.fvgs.sdk.inference.InferenceBackend}); it describes
 * itself through {@link ai.fvgs.sdk.ExtensionInfo}. Publish it with a Declarative Services
 * {@code @Component(service = ...)} and the workbench picks it up while it runs.
 * <p>
 * Versioning: packages follow semantic versioning. New methods arrive as {@code default} methods, new
 * value types as new classes, so an extension compiled against 1.x keeps working on every 1.y with y &gt;= x.
 * Import these packages with a range such as {@code [1.0,2)}.
 */
package ai.fvgs.sdk;
