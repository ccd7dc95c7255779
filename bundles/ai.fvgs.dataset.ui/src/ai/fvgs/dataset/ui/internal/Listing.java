package ai.fvgs.dataset.ui.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import ai.fvgs.dataset.DatasetEntry;
import ai.fvgs.dataset.SearchPage;
import ai.fvgs.dataset.SearchQuery;

/**
 * The result of one search of the entry browser, read page by page as rows become visible (a list of 20,000
 * entries reads only the pages shown). Pages are read on the session's background threads and kept; the listing
 * is thrown away when the search changes.
 */
public final class Listing {

    /** Entries per page read from the store. */
    public static final int PAGE_SIZE = 200;

    private final LabellingSession session;
    private final SearchQuery query;
    private final long total;
    private final Map<Integer, CompletableFuture<List<DatasetEntry>>> pages = new HashMap<>();

    private Listing(LabellingSession session, SearchQuery query, SearchPage first) {
        this.session = session;
        this.query = query;
        this.total = first.total();
        pages.put(0, CompletableFuture.completedFuture(first.entries()));
    }

    /**
     * Runs the search for its first page (call off the display thread).
     *
     * @param session the session
     * @param query   the filters; its page is ignored
     * @return the listing
     * @throws ai.fvgs.dataset.DatasetException if the query is not allowed or on a database error
     */
    public static Listing search(LabellingSession session, SearchQuery query) throws ai.fvgs.dataset.DatasetException {
        SearchQuery q = query.withPage(1, PAGE_SIZE);
        return new Listing(session, q, session.store().search().search(q));
    }

    /** @return the number of entries found */
    public int size() {
        return (int) Math.min(Integer.MAX_VALUE, total);
    }

    /** @return the search */
    public SearchQuery query() {
        return query;
    }

    /**
     * @param index a row, 0 to {@link #size()} - 1
     * @return the entry of the row if its page was read already, else {@code null} (and the page is being read)
     */
    public synchronized DatasetEntry peek(int index) {
        CompletableFuture<List<DatasetEntry>> page = page(index / PAGE_SIZE);
        if (page.isDone() && !page.isCompletedExceptionally()) {
            List<DatasetEntry> rows = page.join();
            int i = index % PAGE_SIZE;
            return i < rows.size() ? rows.get(i) : null;
        }
        return null;
    }

    /**
     * @param index a row, 0 to {@link #size()} - 1
     * @return the entry of the row, later (an empty list's row is {@code null})
     */
    public synchronized CompletableFuture<DatasetEntry> entry(int index) {
        return page(index / PAGE_SIZE).thenApply(rows -> index % PAGE_SIZE < rows.size() ? rows.get(index % PAGE_SIZE) : null);
    }

    /**
     * @param entryId an entry id
     * @return its row among the pages read so far, or -1
     */
    public synchronized int indexOf(long entryId) {
        for (Map.Entry<Integer, CompletableFuture<List<DatasetEntry>>> p : pages.entrySet()) {
            if (p.getValue().isDone() && !p.getValue().isCompletedExceptionally()) {
                List<DatasetEntry> rows = p.getValue().join();
                for (int i = 0; i < rows.size(); i++) {
                    if (rows.get(i).id() == entryId) {
                        return p.getKey() * PAGE_SIZE + i;
                    }
                }
            }
        }
        return -1;
    }

    private CompletableFuture<List<DatasetEntry>> page(int number) {
        return pages.computeIfAbsent(number, n -> session.async(() -> session.store().search().search(query.withPage(n + 1, PAGE_SIZE)).entries()));
    }
}
