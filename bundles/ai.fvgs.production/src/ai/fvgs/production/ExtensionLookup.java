package ai.fvgs.production;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

import ai.fvgs.extensions.BackgroundRegistry;
import ai.fvgs.extensions.GarmentStyleRegistry;
import ai.fvgs.sdk.Extension;
import ai.fvgs.sdk.background.Background;
import ai.fvgs.sdk.garment.GarmentStyle;

/**
 * Finds the garment styles and backgrounds a scene names. In the workbench and the command line it is backed by
 * the live extension registries; tests and embedding programs use {@link #of}.
 */
public interface ExtensionLookup {

    /** @param id extension id @return the active garment style with that id */
    Optional<GarmentStyle> garmentStyle(String id);

    /** @param id extension id @return the active background with that id */
    Optional<Background> background(String id);

    /** @return ids of the active garment styles, sorted, for error messages */
    List<String> garmentStyleIds();

    /** @return ids of the active backgrounds, sorted, for error messages */
    List<String> backgroundIds();

    /**
     * @param styles      garment styles
     * @param backgrounds backgrounds
     * @return a lookup over exactly these extensions
     */
    static ExtensionLookup of(Collection<? extends GarmentStyle> styles, Collection<? extends Background> backgrounds) {
        TreeMap<String, GarmentStyle> g = new TreeMap<>();
        styles.forEach(s -> g.put(id(s), s));
        TreeMap<String, Background> b = new TreeMap<>();
        backgrounds.forEach(s -> b.put(id(s), s));
        return new ExtensionLookup() {
            @Override
            public Optional<GarmentStyle> garmentStyle(String id) {
                return Optional.ofNullable(g.get(id));
            }

            @Override
            public Optional<Background> background(String id) {
                return Optional.ofNullable(b.get(id));
            }

            @Override
            public List<String> garmentStyleIds() {
                return new ArrayList<>(g.keySet());
            }

            @Override
            public List<String> backgroundIds() {
                return new ArrayList<>(b.keySet());
            }
        };
    }

    /**
     * @param garments    the live garment style registry
     * @param backgrounds the live background registry
     * @return a lookup that finds the extensions active at the time of each call (the workbench's Studio renders)
     */
    static ExtensionLookup live(GarmentStyleRegistry garments, BackgroundRegistry backgrounds) {
        return new ai.fvgs.production.internal.RegistryLookup(garments, backgrounds);
    }

    private static String id(Extension e) {
        return e.info().id();
    }
}
