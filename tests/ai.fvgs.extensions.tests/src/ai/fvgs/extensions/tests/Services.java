package ai.fvgs.extensions.tests;

import java.time.Duration;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/** Gets OSGi services the way DS tests must: waiting for asynchronous activation, with a clear failure. */
public final class Services {

    private Services() {
    }

    public static <T> T await(Class<T> type) throws InterruptedException {
        BundleContext context = FrameworkUtil.getBundle(Services.class).getBundleContext();
        ServiceTracker<T, T> tracker = new ServiceTracker<>(context, type, null);
        tracker.open();
        T service = tracker.waitForService(Duration.ofSeconds(20).toMillis());
        if (service == null) {
            throw new AssertionError("service " + type.getName() + " did not appear within 20 s");
        }
        return service;
    }
}
