package ai.fvgs.dataset.ui.tests;

import java.nio.file.Path;
import java.time.Duration;

import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

import ai.fvgs.dataset.DatasetException;
import ai.fvgs.dataset.DatasetStore;
import ai.fvgs.dataset.ui.internal.DatasetConnection;
import ai.fvgs.tests.swt.SwtDriver;

/**
 * What the dataset UI tests stand on: a real H2 file database under the test's folder, the connection of the parts
 * to it, and a top-level SWT window to build the parts in. {@link #close()} disposes the window and closes the
 * connection.
 */
final class DatasetTestbed implements AutoCloseable {

    /** How long a test waits for background work to show in the window. */
    static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final DatasetStore store;
    private DatasetConnection connection;
    private SwtDriver driver;
    private Shell shell;

    /**
     * Opens the database {@code db/fvgs} with the media folder {@code media} under {@code dir}.
     *
     * @param dir the test's temporary folder
     * @throws DatasetException if the database cannot be opened
     */
    DatasetTestbed(Path dir) throws DatasetException {
        store = DatasetStore.open("jdbc:h2:file:" + dir.resolve("db").resolve("fvgs"), dir.resolve("media"));
    }

    /** @return the store */
    DatasetStore store() {
        return store;
    }

    /** @return the connection of the parts to the store, not connected as anyone yet */
    DatasetConnection connection() {
        if (connection == null) {
            connection = new DatasetConnection(() -> store);
        }
        return connection;
    }

    /**
     * @param user who labels, reviews or imports; must be in the store
     * @return the connection, connected as {@code user}
     */
    DatasetConnection connect(String user) {
        connection().connect(user).join();
        return connection;
    }

    /**
     * Makes the window; the test builds its parts in it, then opens it.
     *
     * @param width  in pixels
     * @param height in pixels
     * @return the window, with a fill layout
     */
    Shell window(int width, int height) {
        Display display = Display.getDefault();
        driver = new SwtDriver(display);
        shell = new Shell(display);
        shell.setText("Dataset");
        shell.setLayout(new FillLayout());
        shell.setSize(width, height);
        return shell;
    }

    /** @return the driver of the window's display, or {@code null} before {@link #window(int, int)} */
    SwtDriver driver() {
        return driver;
    }

    @Override
    public void close() {
        if (shell != null) {
            shell.dispose();
            driver.flush();
        }
        if (connection != null) {
            connection.close();
        }
    }
}
