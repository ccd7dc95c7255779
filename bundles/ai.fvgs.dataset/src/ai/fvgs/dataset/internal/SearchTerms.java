package ai.fvgs.dataset.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The full-text index: the distinct words of each entry's texts in {@code entry_terms}. A word is a run of
 * letters and digits after Unicode NFKC normalisation, lower-cased; words longer than {@value #MAX_TERM}
 * characters are cut. Queries are split the same way, so "Red A-line" finds "red a line dress".
 */
public final class SearchTerms {

    /** The longest stored term, in characters. */
    public static final int MAX_TERM = 64;

    private static final int CATCH_UP_BATCH = 500;

    private SearchTerms() {
    }

    /**
     * @param text any text, or {@code null}
     * @return its distinct words, sorted
     */
    public static SortedSet<String> words(String text) {
        SortedSet<String> out = new TreeSet<>();
        if (text == null) {
            return out;
        }
        String normal = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        for (String w : normal.split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                out.add(w.length() > MAX_TERM ? w.substring(0, MAX_TERM) : w);
            }
        }
        return out;
    }

    /**
     * Replaces the terms of one entry with the words of its current texts and marks it indexed.
     *
     * @param c       a connection in a transaction
     * @param entryId the entry
     * @throws SQLException on a database error
     */
    public static void index(Connection c, long entryId) throws SQLException {
        SortedSet<String> terms = new TreeSet<>();
        try (PreparedStatement s = c.prepareStatement("SELECT body FROM texts WHERE entry_id = ?")) {
            s.setLong(1, entryId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    terms.addAll(words(r.getString(1)));
                }
            }
        }
        try (PreparedStatement s = c.prepareStatement("DELETE FROM entry_terms WHERE entry_id = ?")) {
            s.setLong(1, entryId);
            s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO entry_terms (term, entry_id) VALUES (?, ?)")) {
            for (String t : terms) {
                s.setString(1, t);
                s.setLong(2, entryId);
                s.addBatch();
            }
            if (!terms.isEmpty()) {
                s.executeBatch();
            }
        }
        try (PreparedStatement s = c.prepareStatement("UPDATE entries SET search_indexed = TRUE WHERE id = ?")) {
            s.setLong(1, entryId);
            s.executeUpdate();
        }
    }

    /**
     * Indexes entries not yet indexed (created before schema version 3, or written around the store).
     *
     * @param c a connection in a transaction
     * @return how many entries were indexed
     * @throws SQLException on a database error
     */
    public static int catchUp(Connection c) throws SQLException {
        int done = 0;
        while (true) {
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT id FROM entries WHERE search_indexed = FALSE ORDER BY id LIMIT " + CATCH_UP_BATCH
                    + " FOR UPDATE SKIP LOCKED"); // another store indexing at the same time takes other rows
                    ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    ids.add(r.getLong(1));
                }
            }
            for (long id : ids) {
                index(c, id);
            }
            done += ids.size();
            if (ids.size() < CATCH_UP_BATCH) {
                return done;
            }
        }
    }
}
