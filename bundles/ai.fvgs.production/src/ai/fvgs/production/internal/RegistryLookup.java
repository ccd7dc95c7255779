package ai.fvgs.production.internal;

import java.util.List;
import java.util.Optional;

import ai.fvgs.extensions.BackgroundRegistry;
import ai.fvgs.extensions.ExtensionFailedException;
import ai.fvgs.extensions.ExtensionRegistry;
import ai.fvgs.extensions.GarmentStyleRegistry;
import ai.fvgs.production.ExtensionLookup;
import ai.fvgs.sdk.Extension;
import ai.fvgs.sdk.background.Background;
import ai.fvgs.sdk.garment.GarmentStyle;

/**
 * Looks extensions up in the live registries at the time of each call: only active ones are found, so one removed a
 * moment ago is reported as not installed rather than called. The command line's renders and the workbench's Studio
 * (its Scene preview and its renders) use it through {@link ExtensionLookup#live}.
 */
public final class RegistryLookup implements ExtensionLookup {

    private final GarmentStyleRegistry garments;
    private final BackgroundRegistry backgrounds;

    /**
     * @param garments    the garment style registry
     * @param backgrounds the background registry
     */
    public RegistryLookup(GarmentStyleRegistry garments, BackgroundRegistry backgrounds) {
        this.garments = garments;
        this.backgrounds = backgrounds;
    }

    @Override
    public Optional<GarmentStyle> garmentStyle(String id) {
        return find(garments, id);
    }

    @Override
    public Optional<Background> background(String id) {
        return find(backgrounds, id);
    }

    @Override
    public List<String> garmentStyleIds() {
        return garments.activeIds().stream().sorted().toList();
    }

    @Override
    public List<String> backgroundIds() {
        return backgrounds.activeIds().stream().sorted().toList();
    }

    /** @return the active extension with that id, empty if none is active or it failed while being looked up */
    private static <T extends Extension> Optional<T> find(ExtensionRegistry<T> registry, String id) {
        if (!registry.activeIds().contains(id)) {
            return Optional.empty();
        }
        try {
            return Optional.of(registry.call(id, e -> e));
        } catch (ExtensionFailedException e) {
            return Optional.empty();
        }
    }
}
