package ai.fvgs.sdk;

/**
 * Lets long-running extension work report progress and notice cancellation, without depending on any
 * Eclipse API. The workbench adapts it to its progress view; the command line prints it.
 */
public interface Progress {

    /** A progress sink that ignores reports and is never cancelled. */
    Progress NONE = new Progress() {
        @Override
        public void report(double fraction, String message) {
            // nobody is listening
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    /**
     * Reports how far the work has got.
     *
     * @param fraction between 0 and 1
     * @param message  what is being done now, shown to users; may be empty
     */
    void report(double fraction, String message);

    /** @return {@code true} once the user has asked to stop; stop soon and throw {@link java.util.concurrent.CancellationException} */
    boolean isCancelled();
}
