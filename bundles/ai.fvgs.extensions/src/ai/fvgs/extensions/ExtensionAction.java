package ai.fvgs.extensions;

/**
 * Work done with one extension through {@link ExtensionRegistry#call}. It may throw a checked exception
 * that the extension declares for rejected input (such as
 * {@link ai.fvgs.sdk.inference.InferenceException}); that passes through unchanged.
 *
 * @param <T> the extension's service interface
 * @param <R> the result
 * @param <X> the checked exception the work may throw
 */
@FunctionalInterface
public interface ExtensionAction<T, R, X extends Exception> {

    /**
     * @param extension the extension
     * @return the result
     * @throws X as declared by the extension's method
     */
    R apply(T extension) throws X;
}
