package ai.fvgs.dataset;

import ai.fvgs.dataset.internal.Database;
import ai.fvgs.dataset.internal.EntrySearch;
import ai.fvgs.dataset.internal.SearchTerms;
import ai.fvgs.dataset.internal.StatsSql;

/**
 * Finding entries and counting them. Full text covers the captions, descriptions and tags: every word of
 * the query must occur in the entry's texts as a whole word, ignoring case and Unicode compatibility
 * differences (the same results on H2 and PostgreSQL). Obtain it with {@link DatasetStore#search()};
 * thread-safe.
 */
public final class DatasetSearch {

    private final Database db;

    DatasetSearch(Database db) {
        this.db = db;
    }

    /**
     * @param query the words, filters and page
     * @return the page of matching entries, ordered by id, with the total count
     * @throws DatasetException if the query names a user that does not exist or has more than
     *                          {@value SearchQuery#MAX_WORDS} words, or on a database error
     */
    public SearchPage search(SearchQuery query) throws DatasetException {
        catchUp();
        return db.transaction(c -> EntrySearch.of(c, query).page(c, query));
    }

    /**
     * @return counts by status, media kind and labeller
     * @throws DatasetException on a database error
     */
    public DatasetStats stats() throws DatasetException {
        return db.transaction(StatsSql::read);
    }

    /**
     * Indexes entries whose words are not in the search index yet (from before schema version 3, or written
     * around the store).
     *
     * @return how many entries were indexed
     * @throws DatasetException on a database error
     */
    public int catchUp() throws DatasetException {
        return db.transaction(SearchTerms::catchUp);
    }
}
