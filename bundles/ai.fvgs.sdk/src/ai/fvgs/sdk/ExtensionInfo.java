package ai.fvgs.sdk;

import java.net.URL;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How an extension describes itself: identity, display text, vendor, version, an optional thumbnail and
 * the capabilities it offers. Immutable; build one with {@link #builder(String)}.
 * <p>
 * Example:
 * <pre>{@code
 * ExtensionInfo.builder("com.example.sunset")
 *     .label("Sunset gradient").vendor("Example Inc.").version("1.2.0")
 *     .description("A warm vertical gradient")
 *     .capability(Capabilities.BACKGROUND_OPAQUE)
 *     .build();
 * }</pre>
 */
public final class ExtensionInfo {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9_-]*(\\.[a-z0-9][a-z0-9_-]*)*");
    private static final Pattern VERSION = Pattern.compile("\\d+\\.\\d+\\.\\d+([.-][0-9A-Za-z_.-]+)?");

    private final String id;
    private final String label;
    private final String vendor;
    private final String version;
    private final String description;
    private final URL thumbnail;
    private final Set<String> capabilities;

    private ExtensionInfo(Builder b) {
        this.id = b.id;
        this.label = b.label;
        this.vendor = b.vendor;
        this.version = b.version;
        this.description = b.description;
        this.thumbnail = b.thumbnail;
        this.capabilities = Collections.unmodifiableSet(new LinkedHashSet<>(b.capabilities));
    }

    /**
     * Starts a description.
     *
     * @param id globally unique, stable identifier in reverse-domain style, lower case
     *           ({@code com.example.sunset}); it names the extension in scene files, so never change it
     * @return a builder
     */
    public static Builder builder(String id) {
        return new Builder(id);
    }

    /** @return the unique, stable identifier, e.g. {@code com.example.sunset} */
    public String id() {
        return id;
    }

    /** @return the name shown to users */
    public String label() {
        return label;
    }

    /** @return who makes and supports the extension */
    public String vendor() {
        return vendor;
    }

    /** @return the extension's own semantic version, {@code major.minor.patch[-qualifier]} */
    public String version() {
        return version;
    }

    /** @return one or two sentences for users; may be empty */
    public String description() {
        return description;
    }

    /** @return a small PNG image (ideally 128x128) shown in galleries, usually a bundle entry URL */
    public Optional<URL> thumbnail() {
        return Optional.ofNullable(thumbnail);
    }

    /** @return what the extension can do; see {@link Capabilities} for the names the workbench knows */
    public Set<String> capabilities() {
        return capabilities;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ExtensionInfo other && id.equals(other.id) && label.equals(other.label)
                && vendor.equals(other.vendor) && version.equals(other.version)
                && description.equals(other.description) && Objects.equals(thumbnail, other.thumbnail)
                && capabilities.equals(other.capabilities);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, label, vendor, version, description, capabilities);
    }

    @Override
    public String toString() {
        return id + " " + version + " (" + label + ", " + vendor + ")";
    }

    /** Builds an {@link ExtensionInfo}; {@link #build()} checks every field and names the one that is wrong. */
    public static final class Builder {
        private final String id;
        private String label;
        private String vendor;
        private String version = "1.0.0";
        private String description = "";
        private URL thumbnail;
        private final Set<String> capabilities = new LinkedHashSet<>();

        private Builder(String id) {
            this.id = id;
        }

        /** @param label the name shown to users, required @return this */
        public Builder label(String label) {
            this.label = label;
            return this;
        }

        /** @param vendor the maker, required @return this */
        public Builder vendor(String vendor) {
            this.vendor = vendor;
            return this;
        }

        /** @param version semantic version, default {@code 1.0.0} @return this */
        public Builder version(String version) {
            this.version = version;
            return this;
        }

        /** @param description short text for users @return this */
        public Builder description(String description) {
            this.description = description == null ? "" : description;
            return this;
        }

        /** @param thumbnail URL of a PNG image, or {@code null} for none @return this */
        public Builder thumbnail(URL thumbnail) {
            this.thumbnail = thumbnail;
            return this;
        }

        /** @param capability one capability name, see {@link Capabilities} @return this */
        public Builder capability(String capability) {
            this.capabilities.add(Objects.requireNonNull(capability, "capability"));
            return this;
        }

        /**
         * @return the description
         * @throws IllegalArgumentException naming the field, its value and what is allowed
         */
        public ExtensionInfo build() {
            if (id == null || !ID.matcher(id).matches()) {
                throw new IllegalArgumentException("extension id '" + id
                        + "' is invalid: use lower-case reverse-domain words such as com.example.sunset");
            }
            require("label", label);
            require("vendor", vendor);
            if (version == null || !VERSION.matcher(version).matches()) {
                throw new IllegalArgumentException("extension " + id + ": version '" + version
                        + "' is invalid: use major.minor.patch, e.g. 1.0.0");
            }
            return new ExtensionInfo(this);
        }

        private void require(String field, String value) {
            if (value == null || value.isBlank()) {
                throw new IllegalArgumentException("extension " + id + ": " + field + " is required");
            }
        }
    }
}
