package ai.fvgs.sdk;

/**
 * Common super-interface of all extension kinds.
 * <p>
 * Implementations must be thread-safe: the workbench may call them from several threads at once (the
 * display thread, background jobs, the command line). The workbench guards every call: an exception
 * thrown from an extension marks that extension as failed and leaves the rest of the system running.
 */
public interface Extension {

    /**
     * Describes this extension. Called when the extension is registered and whenever the workbench lists it;
     * return the same value each time.
     *
     * @return the description, never {@code null}
     */
    ExtensionInfo info();
}
