package ai.fvgs.dataset.tests;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import ai.fvgs.cli.CliCommand;

/** Finds the {@code dataset} command among the framework's {@link CliCommand} services, as the headless application does. */
final class DatasetCommandService {

    private DatasetCommandService() {
    }

    /**
     * @return the {@code dataset} command
     * @throws InterruptedException if interrupted while waiting
     * @throws AssertionError       if Declarative Services did not register it within 10 s
     */
    static CliCommand get() throws InterruptedException {
        BundleContext context = FrameworkUtil.getBundle(DatasetCommandService.class).getBundleContext();
        ServiceTracker<CliCommand, CliCommand> tracker = new ServiceTracker<>(context, CliCommand.class, null);
        tracker.open();
        try {
            long deadline = System.currentTimeMillis() + 10_000;
            while (System.currentTimeMillis() < deadline) {
                for (CliCommand c : tracker.getServices(new CliCommand[0])) {
                    if (c.name().equals("dataset")) {
                        return c;
                    }
                }
                tracker.waitForService(500);
            }
        } finally {
            tracker.close();
        }
        throw new AssertionError("no CliCommand service named dataset within 10 s");
    }
}
