package ai.fvgs.studio.ui.internal;

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
 * The garment styles and backgrounds installed now, from the live registries, for the production pipeline the
 * Scene part's preview runs: only active extensions are found, so one removed a moment ago is reported as not
 * installed rather than called.
 */
final class RegistryExtensions implements ExtensionLookup {

    private final GarmentStyleRegistry garments;
    private final BackgroundRegistry backgrounds;

    RegistryExtensions(GarmentStyleRegistry garments, BackgroundRegistry backgrounds) {
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
