package ai.fvgs.extensions;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

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
     * Calls an active extension, isolating failures: if the extension throws anything other than an
     * {@link IllegalArgumentException} (its documented way to reject an input) or a
     * {@link java.util.concurrent.CancellationException}, it is marked failed, listeners hear about it,
     * and an {@link ExtensionFailedException} is thrown instead.
     *
     * @param <R>    the result type
     * @param id     the extension id
     * @param action what to do with the extension
     * @return what the action returned
     * @throws ExtensionFailedException if there is no active extension with that id or it failed now
     */
    <R> R call(String id, Function<? super T, ? extends R> action);

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
