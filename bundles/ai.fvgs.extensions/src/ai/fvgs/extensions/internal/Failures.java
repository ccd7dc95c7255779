package ai.fvgs.extensions.internal;

/** Turns a throwable into one line a user can read: the root cause's type and message. */
final class Failures {

    private Failures() {
    }

    static String describe(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        String text = root.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + message);
        return root == t ? text : t.getClass().getSimpleName() + " caused by " + text;
    }
}
