package ai.fvgs.extensions;

import java.net.URL;
import java.util.Set;

/**
 * What the workbench knows about one installed extension, or about an extension bundle that failed before
 * it could register anything. Immutable.
 *
 * @param kind          the {@link ai.fvgs.sdk.ExtensionKind#id() kind id}, or {@link #BUNDLE_KIND} for a
 *                      failed bundle whose extensions are unknown
 * @param id            the extension id; for a failed bundle or a service that could not describe itself, a
 *                      name derived from the bundle or component
 * @param label         the name shown to users
 * @param vendor        the maker, empty if unknown
 * @param version       the extension's version, empty if unknown
 * @param description   text for users, may be empty
 * @param capabilities  what it can do
 * @param thumbnail     a PNG image, or {@code null}
 * @param bundle        symbolic name of the bundle that provides it
 * @param bundleVersion version of that bundle
 * @param state         active or failed
 * @param failure       why it failed, empty when active
 */
public record ExtensionRecord(String kind, String id, String label, String vendor, String version, String description,
        Set<String> capabilities, URL thumbnail, String bundle, String bundleVersion, ExtensionState state, String failure) {

    /** The kind shown for a bundle that failed to resolve or start. */
    public static final String BUNDLE_KIND = "bundle";

    /** Copies the capabilities. */
    public ExtensionRecord {
        capabilities = Set.copyOf(capabilities);
        failure = failure == null ? "" : failure;
    }

    /** @return {@code true} if the extension can be used */
    public boolean isActive() {
        return state == ExtensionState.ACTIVE;
    }

    /**
     * @param reason why
     * @return a copy in state {@link ExtensionState#FAILED}
     */
    public ExtensionRecord failed(String reason) {
        return new ExtensionRecord(kind, id, label, vendor, version, description, capabilities, thumbnail, bundle,
                bundleVersion, ExtensionState.FAILED, reason);
    }
}
