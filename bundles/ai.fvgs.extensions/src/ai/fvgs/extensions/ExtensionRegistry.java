package ai.fvgs.extensions;

import java.util.List;
import java.util.Optional;

import ai.fvgs.sdk.Extension;
import ai.fvgs.sdk.ExtensionKind;

/**
 * The live set of extensions of one kind. Thread-safe: read it from any thread; it changes whenever a
 * bundle with extensions comes or goes.
 *
 * @param <T> the extension's service interface
 */
public interface ExtensionRegistry<T extends Extension> {

    /** @return the kind of extension this registry holds */
    ExtensionKind kind();

    /** @return every extension of this kind, active and failed, sorted by label */
    List<ExtensionRecord> records();

    /** @return the ids of the active extensions, sorted */
    List<String> activeIds();

    /**
     * Calls an active extension, isolating failures. An extension rejects input by throwing
     * {@link IllegalArgumentException} or a checked exception its method declares; those, and
     * {@link java.util.concurrent.CancellationException}, pass through unchanged. Anything else it throws
     * (a {@link RuntimeException}, a {@link LinkageError} because a package it needs went away, a
     * {@link StackOverflowError}, an {@link AssertionError}) marks it failed, listeners hear about it, and an
     * {@link ExtensionFailedException} naming the extension, its vendor and its bundle is thrown instead.
     *
     * @param <R>    the result type
     * @param <X>    the checked exception the action may throw
     * @param id     the extension id
     * @param action what to do with the extension
     * @return what the action returned
     * @throws X                        as thrown by the action
     * @throws ExtensionFailedException if there is no active extension with that id, or it failed now
     */
    <R, X extends Exception> R call(String id, ExtensionAction<? super T, ? extends R, X> action) throws X;

    /**
     * @param id an extension id
     * @return the extension's record, active or failed
     */
    Optional<ExtensionRecord> record(String id);

    /** @param listener to be told about every change from now on */
    void addListener(ExtensionListener listener);

    /** @param listener to be told no more */
    void removeListener(ExtensionListener listener);
}
