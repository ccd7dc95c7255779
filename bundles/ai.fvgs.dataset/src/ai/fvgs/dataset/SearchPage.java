package ai.fvgs.dataset;

import java.util.List;

/**
 * One page of search results.
 *
 * @param entries the entries on this page, by id
 * @param total   how many entries match the query on all pages
 * @param page    the page number, from 1
 * @param size    the page size asked for
 */
public record SearchPage(List<DatasetEntry> entries, long total, int page, int size) {

    /** Copies the list. */
    public SearchPage {
        entries = List.copyOf(entries);
    }

    /** @return the number of pages, at least 1 */
    public long pages() {
        return Math.max(1, (total + size - 1) / size);
    }
}
