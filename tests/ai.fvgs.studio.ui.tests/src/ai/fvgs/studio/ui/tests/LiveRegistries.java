package ai.fvgs.studio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.time.Duration;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import ai.fvgs.extensions.BackgroundRegistry;
import ai.fvgs.extensions.GarmentStyleRegistry;

/**
 * The real garment style and background registries of the running framework, as the Studio's parts get them:
 * waits for both services (Felix SCR activates them asynchronously) and fails with a message if one does not come.
 */
final class LiveRegistries implements AutoCloseable {

    private final ServiceTracker<GarmentStyleRegistry, GarmentStyleRegistry> garmentTracker;
    private final ServiceTracker<BackgroundRegistry, BackgroundRegistry> backgroundTracker;
    private final GarmentStyleRegistry garments;
    private final BackgroundRegistry backgrounds;

    /**
     * @param test    the test class, whose bundle's context tracks the services
     * @param timeout how long to wait for each registry
     */
    LiveRegistries(Class<?> test, Duration timeout) throws InterruptedException {
        BundleContext context = FrameworkUtil.getBundle(test).getBundleContext();
        garmentTracker = new ServiceTracker<>(context, GarmentStyleRegistry.class, null);
        garmentTracker.open();
        backgroundTracker = new ServiceTracker<>(context, BackgroundRegistry.class, null);
        backgroundTracker.open();
        garments = garmentTracker.waitForService(timeout.toMillis());
        backgrounds = backgroundTracker.waitForService(timeout.toMillis());
        assertNotNull(garments, "the garment style registry is running");
        assertNotNull(backgrounds, "the background registry is running");
    }

    /** @return the garment style registry */
    GarmentStyleRegistry garments() {
        return garments;
    }

    /** @return the background registry */
    BackgroundRegistry backgrounds() {
        return backgrounds;
    }

    /** Stops tracking both registries. */
    @Override
    public void close() {
        garmentTracker.close();
        backgroundTracker.close();
    }
}
