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
 * SQL for searches: turns a {@link SearchQuery} into one WHERE clause over {@code entries e} (each word an
 * index lookup in {@code entry_terms}, media kinds, licences, categories and attributes as semi-joins; the
 * annotation filters are lookups in {@code annotations_label_idx} on kind, label and value) and runs it,
 * ordered by id.
 */
public final class EntrySearch {

    /** The annotation kinds whose label is a category: everything drawn on a media item. */
    static final String REGION_KINDS = "('box', 'polygon', 'keypoints', 'mask', 'track')";

    private final String where;
    private final List<Object> parameters;

    private EntrySearch(String where, List<Object> parameters) {
        this.where = where;
        this.parameters = parameters;
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
            w.append(" AND e.id IN (SELECT t.entry_id FROM entry_terms t WHERE t.term = ?)");
            p.add(word);
        }
        if (query.status() != null) {
            w.append(" AND e.status = ?");
            p.add(query.status().label());
        }
        if (query.labeller() != null) {
            w.append(" AND e.assignee_id = ?");
            p.add(UserTable.find(c, query.labeller()).map(User::id).orElseThrow(() -> UserTable.unknown(query.labeller())));
        }
        if (query.media() != null) {
            w.append(" AND e.id IN (SELECT m.entry_id FROM media_items m WHERE m.kind = ?)");
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
        return new EntrySearch(w.toString(), p);
    }

    /**
     * @param entryId an entry id
     * @return this filter, further restricted to one entry
     */
    public EntrySearch restrictedTo(long entryId) {
        List<Object> p = new ArrayList<>(parameters);
        p.add(entryId);
        return new EntrySearch(where + " AND e.id = ?", p);
    }

    /**
     * @param c     a connection
     * @param query the query whose page to read (the filter must have been made from it)
     * @return the page, entries in id order, with the total count
     * @throws SQLException on a database error
     */
    public SearchPage page(Connection c, SearchQuery query) throws SQLException {
        long total;
        try (PreparedStatement s = prepare(c, "SELECT COUNT(*) FROM entries e" + where); ResultSet r = s.executeQuery()) {
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
        return select(c, "e.id", tail, r -> r.getLong(1));
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

    private PreparedStatement prepare(Connection c, String sql) throws SQLException {
        PreparedStatement s = c.prepareStatement(sql);
        try {
            for (int i = 0; i < parameters.size(); i++) {
                s.setObject(i + 1, parameters.get(i));
            }
            return s;
        } catch (SQLException e) {
            s.close();
            throw e;
        }
    }
}
