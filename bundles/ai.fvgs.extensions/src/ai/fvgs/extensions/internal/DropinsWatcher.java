package ai.fvgs.extensions.internal;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;

/**
 * Wakes the bundle monitor when files change in the dropins folder, so that files the framework never sees
 * (a jar that is not a bundle) are noticed too. Felix FileInstall does the installing; this only observes.
 */
final class DropinsWatcher implements AutoCloseable {

    private final WatchService service;
    private final Thread thread;

    private DropinsWatcher(WatchService service, Thread thread) {
        this.service = service;
        this.thread = thread;
    }

    /** @return a running watcher, or {@code null} if the folder cannot be watched (then only bundle events count) */
    static DropinsWatcher start(Path dir, Runnable onChange) {
        try {
            java.nio.file.Files.createDirectories(dir);
            WatchService service = FileSystems.getDefault().newWatchService();
            dir.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_DELETE,
                    StandardWatchEventKinds.ENTRY_MODIFY);
            Thread thread = new Thread(() -> loop(service, onChange), "fvgs-dropins-watcher");
            thread.setDaemon(true);
            thread.start();
            return new DropinsWatcher(service, thread);
        } catch (IOException | UnsupportedOperationException e) {
            System.getLogger(DropinsWatcher.class.getName()).log(System.Logger.Level.WARNING,
                    "cannot watch dropins folder " + dir + ": " + e.getMessage());
            return null;
        }
    }

    private static void loop(WatchService service, Runnable onChange) {
        try {
            while (true) {
                WatchKey key = service.take();
                key.pollEvents();
                onChange.run();
                if (!key.reset()) {
                    return;
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed
        }
    }

    @Override
    public void close() {
        try {
            service.close();
        } catch (IOException e) {
            // nothing to release then
        }
        thread.interrupt();
    }
}
