package ai.fvgs.extensions.tests.faulty;

import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

/** Packaged into a test bundle whose start fails. */
public final class ThrowingActivator implements BundleActivator {

    @Override
    public void start(BundleContext context) {
        throw new IllegalStateException("activator exploded on purpose");
    }

    @Override
    public void stop(BundleContext context) {
        // never started
    }
}
