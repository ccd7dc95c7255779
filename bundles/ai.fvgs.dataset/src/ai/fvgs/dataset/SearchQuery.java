package ai.fvgs.dataset;

import java.time.Instant;

/**
 * What to look for in the dataset: words in the texts plus structured filters, and which page of the
 * results to return. Every filter is optional ({@code null}); the entries must match all given filters.
 * Results are ordered by entry id, oldest first, so pages are stable. Build one with {@link #all()} and the
 * {@code with...} methods.
 *
 * @param text     words that must all occur (case-insensitive, whole words) in the entry's captions,
 *                 descriptions or tags, or {@code null}; at most {@value #MAX_WORDS} words
 * @param status   the entry's workflow status, or {@code null}
 * @param labeller the user name the entry is assigned to, or {@code null}
 * @param media    a media kind the entry must contain at least one item of, or {@code null}
 * @param licence  the provenance licence, exactly, or {@code null}
 * @param from     the earliest last-change time (inclusive), or {@code null}
 * @param to       the latest last-change time (exclusive), or {@code null}
 * @param category the label name of a box, polygon, keypoints, mask or track that some annotation set of the
 *                 entry must have (in any taxonomy), or {@code null}
 * @param attribute the name of an attribute that some annotation set of the entry must set (in any
 *                 taxonomy), or {@code null}
 * @param attributeValue the value that attribute must have, exactly, or {@code null} for any value; only with
 *                 {@code attribute}
 * @param page     the page, from 1
 * @param size     entries per page, 1 to {@value #MAX_PAGE_SIZE}
 */
public record SearchQuery(String text, EntryStatus status, String labeller, MediaKind media, String licence, Instant from, Instant to,
        String category, String attribute, String attributeValue, int page, int size) {

    /** The most words a text query may have. */
    public static final int MAX_WORDS = 16;

    /** The largest page. */
    public static final int MAX_PAGE_SIZE = 1000;

    /** The page size of {@link #all()}. */
    public static final int DEFAULT_PAGE_SIZE = 20;

    /** Checks the fields. */
    public SearchQuery {
        if (page < 1) {
            throw new IllegalArgumentException("page " + page + " is not allowed; pages count from 1");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("page size " + size + " is not allowed; allowed: 1 to " + MAX_PAGE_SIZE);
        }
        if (from != null && to != null && !from.isBefore(to)) {
            throw new IllegalArgumentException("date range from " + from + " to " + to + " is empty; 'from' must be before 'to'");
        }
        if (text != null && text.isBlank()) {
            text = null;
        }
        if (category != null && (category.isBlank() || category.length() > 200)) {
            throw new IllegalArgumentException("category '" + category + "' is not allowed; it is a label name of 1 to 200 characters");
        }
        if (attribute != null && (attribute.isBlank() || attribute.length() > 200)) {
            throw new IllegalArgumentException("attribute '" + attribute + "' is not allowed; it is an attribute name of 1 to 200 characters");
        }
        if (attributeValue != null && (attribute == null || attributeValue.isEmpty() || attributeValue.length() > 1_000)) {
            throw new IllegalArgumentException("attribute value '" + attributeValue + "' is not allowed; it needs an attribute name and "
                    + "1 to 1,000 characters");
        }
    }

    /**
     * A query without annotation filters, as before they existed.
     *
     * @param text     see the record
     * @param status   see the record
     * @param labeller see the record
     * @param media    see the record
     * @param licence  see the record
     * @param from     see the record
     * @param to       see the record
     * @param page     see the record
     * @param size     see the record
     */
    public SearchQuery(String text, EntryStatus status, String labeller, MediaKind media, String licence, Instant from, Instant to, int page,
            int size) {
        this(text, status, labeller, media, licence, from, to, null, null, null, page, size);
    }

    /** @return a query for every entry, first page of {@value #DEFAULT_PAGE_SIZE} */
    public static SearchQuery all() {
        return new SearchQuery(null, null, null, null, null, null, null, 1, DEFAULT_PAGE_SIZE);
    }

    /** @param words the words to look for, or {@code null} for any @return a changed copy */
    public SearchQuery withText(String words) {
        return new SearchQuery(words, status, labeller, media, licence, from, to, category, attribute, attributeValue, page, size);
    }

    /** @param value the status, or {@code null} for any @return a changed copy */
    public SearchQuery withStatus(EntryStatus value) {
        return new SearchQuery(text, value, labeller, media, licence, from, to, category, attribute, attributeValue, page, size);
    }

    /** @param userName the assignee's user name, or {@code null} for any @return a changed copy */
    public SearchQuery withLabeller(String userName) {
        return new SearchQuery(text, status, userName, media, licence, from, to, category, attribute, attributeValue, page, size);
    }

    /** @param kind the media kind, or {@code null} for any @return a changed copy */
    public SearchQuery withMedia(MediaKind kind) {
        return new SearchQuery(text, status, labeller, kind, licence, from, to, category, attribute, attributeValue, page, size);
    }

    /** @param value the licence, or {@code null} for any @return a changed copy */
    public SearchQuery withLicence(String value) {
        return new SearchQuery(text, status, labeller, media, value, from, to, category, attribute, attributeValue, page, size);
    }

    /**
     * @param fromInclusive the earliest last-change time, or {@code null}
     * @param toExclusive   the end of the range, or {@code null}
     * @return a changed copy
     */
    public SearchQuery withChangedBetween(Instant fromInclusive, Instant toExclusive) {
        return new SearchQuery(text, status, labeller, media, licence, fromInclusive, toExclusive, category, attribute, attributeValue, page, size);
    }

    /**
     * @param label the label name of a box, polygon, keypoints, mask or track in any of the entry's annotation
     *              sets, or {@code null} for any
     * @return a changed copy
     */
    public SearchQuery withCategory(String label) {
        return new SearchQuery(text, status, labeller, media, licence, from, to, label, attribute, attributeValue, page, size);
    }

    /**
     * @param name  an attribute name set in any of the entry's annotation sets, or {@code null} for no attribute
     *              filter
     * @param value the value it must have, exactly, or {@code null} for any value
     * @return a changed copy
     */
    public SearchQuery withAttribute(String name, String value) {
        return new SearchQuery(text, status, labeller, media, licence, from, to, category, name, value, page, size);
    }

    /** @param number the page, from 1 @param pageSize entries per page @return a changed copy */
    public SearchQuery withPage(int number, int pageSize) {
        return new SearchQuery(text, status, labeller, media, licence, from, to, category, attribute, attributeValue, number, pageSize);
    }
}
