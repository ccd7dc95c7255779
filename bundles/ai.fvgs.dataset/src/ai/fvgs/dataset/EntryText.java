package ai.fvgs.dataset;

import java.util.Objects;

/**
 * A caption, product description or tag list of a dataset entry.
 *
 * @param kind     caption, description or tags
 * @param language BCP 47 language tag, e.g. {@code en}, {@code de-CH}, {@code zh-Hans}
 * @param text     the text, 1 to 100,000 characters
 */
public record EntryText(TextKind kind, String language, String text) {

    /** Allowed language tags (the shape of BCP 47 tags). */
    public static final String LANGUAGE_PATTERN = "[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*";

    /** Checks the fields. */
    public EntryText {
        Objects.requireNonNull(kind, "kind");
        if (language == null || language.length() > 35 || !language.matches(LANGUAGE_PATTERN)) {
            throw new IllegalArgumentException("language '" + language + "' is not allowed; use a BCP 47 tag such as en, de-CH or zh-Hans");
        }
        if (text == null || text.isEmpty() || text.length() > 100_000) {
            throw new IllegalArgumentException(kind.label() + " text of " + (text == null ? "null" : text.length() + " characters")
                    + " is not allowed; it must have 1 to 100,000 characters");
        }
    }
}
