package ai.fvgs.dataset.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;

import ai.fvgs.dataset.DatasetEntry;
import ai.fvgs.dataset.DatasetException;
import ai.fvgs.dataset.SearchPage;
import ai.fvgs.dataset.SearchQuery;
import ai.fvgs.dataset.User;

/**
 * SQL for searches: turns a {@link SearchQuery} into one WHERE clause over {@code entries e} and runs it,
 * ordered by id. Words and media kinds are correlated {@code EXISTS} lookups on the primary key of
 * {@code entry_terms} and on {@code media_items_kind_idx}; licences, categories and attributes are
 * semi-joins ({@code annotations_label_idx} on kind, label and value).
 * <p>
 * With words, pages and id lists are read from the rarest word's rows of {@code entry_terms} joined to
 * {@code entries}, so the database visits only the entries that contain that word. H2 evaluates
 * {@code e.id IN (SELECT entry_id FROM entry_terms ...)} badly when the subquery is large (seconds at 20,000
 * entries with two common words); this form took 2-25 ms there, and PostgreSQL plans both alike.
 */
public final class EntrySearch {

    /** The annotation kinds whose label is a category: everything drawn on a media item. */
    static final String REGION_KINDS = "('box', 'polygon', 'keypoints', 'mask', 'track')";

    private final String where;
    private final List<Object> parameters;
    /** The rarest word, whose {@code entry_terms} rows drive pages and id lists; {@code null} without words. */
    private final String driver;

    private EntrySearch(String where, List<Object> parameters, String driver) {
        this.where = where;
        this.parameters = parameters;
        this.driver = driver;
    }

    /**
     * @param c     a connection
     * @param query the query
     * @return the filter of the query
     * @throws SQLException     on a database error
     * @throws DatasetException if the query names a user that does not exist or has too many words
     */
    public static EntrySearch of(Connection c, SearchQuery query) throws SQLException, DatasetException {
        StringBuilder w = new StringBuilder(" WHERE 1 = 1");
        List<Object> p = new ArrayList<>();
        SortedSet<String> words = SearchTerms.words(query.text());
        if (words.size() > SearchQuery.MAX_WORDS) {
            throw new DatasetException("search text '" + query.text() + "' has " + words.size() + " words; at most " + SearchQuery.MAX_WORDS
                    + " are allowed");
        }
        for (String word : words) {
            w.append(" AND EXISTS (SELECT 1 FROM entry_terms t WHERE t.term = ? AND t.entry_id = e.id)");
            p.add(word);
        }
        String driver = words.isEmpty() ? null : rarest(c, words);
        if (query.status() != null) {
            w.append(" AND e.status = ?");
            p.add(query.status().label());
        }
        if (query.labeller() != null) {
            w.append(" AND e.assignee_id = ?");
            p.add(UserTable.find(c, query.labeller()).map(User::id).orElseThrow(() -> UserTable.unknown(query.labeller())));
        }
        if (query.media() != null) {
            w.append(" AND EXISTS (SELECT 1 FROM media_items m WHERE m.kind = ? AND m.entry_id = e.id)");
            p.add(query.media().label());
        }
        if (query.licence() != null) {
            w.append(" AND e.id IN (SELECT pr.entry_id FROM provenance pr WHERE pr.licence = ?)");
            p.add(query.licence());
        }
        if (query.category() != null) {
            w.append(" AND e.id IN (SELECT s.entry_id FROM annotations a JOIN annotation_sets s ON s.id = a.set_id WHERE a.kind IN ")
                    .append(REGION_KINDS).append(" AND a.label = ?)");
            p.add(query.category());
        }
        if (query.attribute() != null) {
            w.append(" AND e.id IN (SELECT s.entry_id FROM annotations a JOIN annotation_sets s ON s.id = a.set_id WHERE a.kind = 'attribute' "
                    + "AND a.label = ?").append(query.attributeValue() == null ? ")" : " AND a.attribute_value = ?)");
            p.add(query.attribute());
            if (query.attributeValue() != null) {
                p.add(query.attributeValue());
            }
        }
        if (query.from() != null) {
            w.append(" AND e.updated_at >= ?");
            p.add(AuditLog.utc(query.from()));
        }
        if (query.to() != null) {
            w.append(" AND e.updated_at < ?");
            p.add(AuditLog.utc(query.to()));
        }
        return new EntrySearch(w.toString(), p, driver);
    }

    /** The word with the fewest entries (one index range count per word), the first of them on a tie. */
    private static String rarest(Connection c, SortedSet<String> words) throws SQLException {
        String best = null;
        long fewest = Long.MAX_VALUE;
        try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM entry_terms WHERE term = ?")) {
            for (String word : words) {
                s.setString(1, word);
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    long n = r.getLong(1);
                    if (n < fewest) {
                        fewest = n;
                        best = word;
                    }
                }
            }
        }
        return best;
    }

    /**
     * @param entryId an entry id
     * @return this filter, further restricted to one entry
     */
    public EntrySearch restrictedTo(long entryId) {
        List<Object> p = new ArrayList<>(parameters);
        p.add(entryId);
        return new EntrySearch(where + " AND e.id = ?", p, null);
    }

    /**
     * @param c     a connection
     * @param query the query whose page to read (the filter must have been made from it)
     * @return the page, entries in id order, with the total count
     * @throws SQLException on a database error
     */
    public SearchPage page(Connection c, SearchQuery query) throws SQLException {
        long total;
        try (PreparedStatement s = prepareDriven(c, "SELECT COUNT(*)", ""); ResultSet r = s.executeQuery()) {
            r.next();
            total = r.getLong(1);
        }
        List<DatasetEntry> entries = new ArrayList<>();
        long offset = (long) (query.page() - 1) * query.size();
        if (offset < total) {
            entries.addAll(Entries.loadAll(c, ids(c, " ORDER BY e.id LIMIT " + query.size() + " OFFSET " + offset)));
        }
        return new SearchPage(entries, total, query.page(), query.size());
    }

    /**
     * @param c    a connection
     * @param tail SQL after the WHERE clause, e.g. an ORDER BY
     * @return the ids of the matching entries
     * @throws SQLException on a database error
     */
    public List<Long> ids(Connection c, String tail) throws SQLException {
        List<Long> out = new ArrayList<>();
        try (PreparedStatement s = prepareDriven(c, "SELECT e.id", tail); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                out.add(r.getLong(1));
            }
        }
        return out;
    }

    /**
     * @param <T>     the row type
     * @param c       a connection
     * @param columns the columns of {@code entries e} to select
     * @param tail    SQL after the WHERE clause: more conditions, ORDER BY, FOR UPDATE
     * @param row     reads one row
     * @return the rows of the matching entries
     * @throws SQLException on a database error
     */
    public <T> List<T> select(Connection c, String columns, String tail, Row<T> row) throws SQLException {
        List<T> out = new ArrayList<>();
        try (PreparedStatement s = prepare(c, "SELECT " + columns + " FROM entries e" + where + tail); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                out.add(row.read(r));
            }
        }
        return out;
    }

    /** @param <T> the row type */
    @FunctionalInterface
    public interface Row<T> {
        /** @param r at a row @return the row @throws SQLException on a database error */
        T read(ResultSet r) throws SQLException;
    }

    /** {@code select} from the driving word's rows joined to the entries, or from the entries, then the WHERE clause and {@code tail}. */
    private PreparedStatement prepareDriven(Connection c, String select, String tail) throws SQLException {
        if (driver == null) {
            return prepare(c, select + " FROM entries e" + where + tail);
        }
        return prepare(c, select + " FROM entry_terms t0 JOIN entries e ON e.id = t0.entry_id" + where + " AND t0.term = ?" + tail, driver);
    }

    private PreparedStatement prepare(Connection c, String sql, Object... more) throws SQLException {
        PreparedStatement s = c.prepareStatement(sql);
        try {
            for (int i = 0; i < parameters.size(); i++) {
                s.setObject(i + 1, parameters.get(i));
            }
            for (int i = 0; i < more.length; i++) {
                s.setObject(parameters.size() + i + 1, more[i]);
            }
            return s;
        } catch (SQLException e) {
            s.close();
            throw e;
        }
    }
}
