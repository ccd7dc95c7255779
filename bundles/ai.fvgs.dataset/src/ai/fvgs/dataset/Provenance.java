package ai.fvgs.dataset;

import java.util.Objects;

/**
 * Where a dataset entry came from and on what terms it may be used. Text fields are {@code null} when
 * unknown.
 *
 * @param source        where the media came from: a URL, a folder, a vendor or shoot name
 * @param licence       the licence, preferably an SPDX identifier such as {@code CC-BY-4.0}, or a contract reference
 * @param rightsHolder  who holds the rights
 * @param consent       whether the people shown agreed to the use
 * @param creator       photographer, studio or author
 * @param importBatchId the import batch that created the entry, or {@code null} for entries created directly
 */
public record Provenance(String source, String licence, String rightsHolder, Consent consent, String creator, Long importBatchId) {

    /** Provenance with nothing recorded. */
    public static final Provenance UNKNOWN = new Provenance(null, null, null, Consent.UNKNOWN, null, null);

    /** Checks the fields. */
    public Provenance {
        Objects.requireNonNull(consent, "consent");
        checkLength("source", source, 2000);
        checkLength("licence", licence, 200);
        checkLength("rights holder", rightsHolder, 500);
        checkLength("creator", creator, 500);
    }

    private static void checkLength(String field, String value, int max) {
        if (value != null && value.length() > max) {
            throw new IllegalArgumentException("provenance " + field + " of " + value.length() + " characters is too long; at most " + max + " are allowed");
        }
    }
}
