package ai.fvgs.cli.internal;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;

import ai.fvgs.cli.CliCommand;
import ai.fvgs.cli.CommandContext;

/** The Equinox application behind {@code fvgs <command>}: runs one command and returns its exit code. */
public final class CliApplication implements IApplication {

    /** How long to wait for a command whose bundle is still starting. */
    private static final long COMMAND_WAIT_MILLIS = 3000;

    @Override
    public Object start(IApplicationContext appContext) throws Exception {
        appContext.applicationRunning();
        String[] raw = (String[]) appContext.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        List<String> args = raw == null ? List.of() : Arrays.asList(raw);
        BundleContext bundleContext = FrameworkUtil.getBundle(CliApplication.class).getBundleContext();
        ServiceTracker<CliCommand, CliCommand> commands = new ServiceTracker<>(bundleContext, CliCommand.class, null);
        commands.open();
        try {
            PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, StandardCharsets.UTF_8);
            PrintStream err = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true, StandardCharsets.UTF_8);
            CommandContext context = new CommandContext(out, err, Path.of("").toAbsolutePath());
            CommandDispatcher dispatcher = new CommandDispatcher(name -> find(commands, name), () -> all(commands),
                    Versions.describe(bundleContext));
            int code = dispatcher.run(args, context);
            out.flush();
            err.flush();
            return code;
        } finally {
            commands.close();
        }
    }

    private static Optional<CliCommand> find(ServiceTracker<CliCommand, CliCommand> tracker, String name) {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(COMMAND_WAIT_MILLIS);
        while (true) {
            Optional<CliCommand> found = all(tracker).stream().filter(c -> c.name().equals(name)).findFirst();
            if (found.isPresent() || System.nanoTime() > deadline || !bundlesStarting(tracker)) {
                return found;
            }
            try {
                tracker.waitForService(50);
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return found;
            }
        }
    }

    private static boolean bundlesStarting(ServiceTracker<?, ?> tracker) {
        Bundle self = FrameworkUtil.getBundle(CliApplication.class);
        return Arrays.stream(self.getBundleContext().getBundles()).anyMatch(b -> b.getState() == Bundle.STARTING
                && b.getHeaders("").get("Bundle-ActivationPolicy") == null);
    }

    private static List<CliCommand> all(ServiceTracker<CliCommand, CliCommand> tracker) {
        ServiceReference<CliCommand>[] refs = tracker.getServiceReferences();
        if (refs == null) {
            return List.of();
        }
        return Arrays.stream(refs).sorted(Comparator.reverseOrder()).map(tracker::getService)
                .filter(java.util.Objects::nonNull).toList();
    }

    @Override
    public void stop() {
        // a command runs to completion; the framework stops afterwards
    }
}
