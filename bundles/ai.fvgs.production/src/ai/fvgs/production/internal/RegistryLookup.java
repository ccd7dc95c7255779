package ai.fvgs.production.internal;

import java.util.List;
import java.util.Optional;

import ai.fvgs.extensions.BackgroundRegistry;
import ai.fvgs.extensions.ExtensionFailedException;
import ai.fvgs.extensions.GarmentStyleRegistry;
import ai.fvgs.production.ExtensionLookup;
import ai.fvgs.sdk.background.Background;
import ai.fvgs.sdk.garment.GarmentStyle;

/** Looks extensions up in the live registries: only active ones are found. */
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
        if (!garments.activeIds().contains(id)) {
            return Optional.empty();
        }
        try {
            return Optional.of(garments.call(id, s -> s));
        } catch (ExtensionFailedException e) {
            return Optional.empty();
        }
    }

    @Override
    public Optional<Background> background(String id) {
        if (!backgrounds.activeIds().contains(id)) {
            return Optional.empty();
        }
        try {
            return Optional.of(backgrounds.call(id, s -> s));
        } catch (ExtensionFailedException e) {
            return Optional.empty();
        }
    }

    @Override
    public List<String> garmentStyleIds() {
        return garments.activeIds().stream().sorted().toList();
    }

    @Override
    public List<String> backgroundIds() {
        return backgrounds.activeIds().stream().sorted().toList();
    }
}
