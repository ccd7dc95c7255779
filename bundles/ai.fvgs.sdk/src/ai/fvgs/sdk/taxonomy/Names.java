package ai.fvgs.sdk.taxonomy;

import java.util.regex.Pattern;

/** The naming rules shared by the taxonomy records. */
final class Names {

    /** Allowed taxonomy names. */
    static final Pattern TAXONOMY = Pattern.compile("[a-z0-9][a-z0-9._-]{0,99}");
    /** Allowed versions. */
    static final Pattern VERSION = Pattern.compile("[0-9A-Za-z][0-9A-Za-z._+-]{0,49}");
    /** Allowed colours. */
    static final Pattern COLOUR = Pattern.compile("#[0-9a-f]{6}");

    private Names() {
    }

    /**
     * @param what  e.g. {@code category 3 name}
     * @param value the text
     * @return the text, checked: 1 to 200 characters, no leading or trailing white space, no control characters
     */
    static String text(String what, String value) {
        if (value == null || value.isEmpty() || value.length() > 200 || !value.strip().equals(value)
                || value.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException(what + " '" + value
                    + "' is not allowed; it must have 1 to 200 characters, without leading or trailing spaces or control characters");
        }
        return value;
    }

    /**
     * @param what  e.g. {@code label}
     * @param value free text, may be {@code null}
     * @param max   the most characters allowed
     * @return the text, or the empty text for {@code null}
     */
    static String optional(String what, String value, int max) {
        if (value == null) {
            return "";
        }
        if (value.length() > max) {
            throw new IllegalArgumentException(what + " is too long: " + value.length() + " characters; at most " + max + " are allowed");
        }
        return value;
    }
}
