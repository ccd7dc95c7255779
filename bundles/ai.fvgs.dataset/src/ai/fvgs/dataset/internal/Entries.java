package ai.fvgs.dataset.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import ai.fvgs.dataset.ConflictException;
import ai.fvgs.dataset.DatasetEntry;
import ai.fvgs.dataset.DatasetException;
import ai.fvgs.dataset.EntryStatus;
import ai.fvgs.dataset.EntryText;
import ai.fvgs.dataset.MediaItem;
import ai.fvgs.dataset.NewEntry;
import ai.fvgs.dataset.Provenance;
import ai.fvgs.dataset.Consent;
import ai.fvgs.dataset.MediaKind;
import ai.fvgs.dataset.TextKind;
import ai.fvgs.dataset.User;

/** SQL for {@code entries} with their {@code texts} and {@code provenance}; media rows in {@link MediaRows}. */
public final class Entries {

    private static final String COLUMNS = "e.id, e.status, e.version, u.name, e.review_comment, e.source_key, e.created_at, e.created_by, "
            + "e.updated_at, e.updated_by";

    private Entries() {
    }

    /**
     * Inserts an entry with its media, texts and provenance, and its audit record.
     *
     * @param c     a connection in a transaction
     * @param entry the entry
     * @param at    now
     * @param actor who creates it
     * @return the stored entry
     * @throws SQLException     on a database error
     * @throws DatasetException if the source key is taken
     */
    public static DatasetEntry insert(Connection c, NewEntry entry, Instant at, String actor) throws SQLException, DatasetException {
        if (entry.sourceKey() != null && idBySourceKey(c, entry.sourceKey()).isPresent()) {
            throw new DatasetException("an entry with source key '" + entry.sourceKey() + "' already exists (entry "
                    + idBySourceKey(c, entry.sourceKey()).get() + ")");
        }
        long id;
        try (PreparedStatement s = c.prepareStatement("INSERT INTO entries (status, version, source_key, created_at, created_by, updated_at, "
                + "updated_by) VALUES (?, 1, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            s.setString(1, EntryStatus.NEW.label());
            s.setString(2, entry.sourceKey());
            s.setObject(3, AuditLog.utc(at));
            s.setString(4, actor);
            s.setObject(5, AuditLog.utc(at));
            s.setString(6, actor);
            s.executeUpdate();
            id = generatedId(s);
        }
        ProvenanceRows.insert(c, id, entry.provenance());
        MediaRows.insert(c, id, entry.media());
        insertTexts(c, id, entry.texts());
        DatasetEntry stored = load(c, id).orElseThrow();
        AuditLog.write(c, at, actor, "create", "entry", id, null, state(stored));
        return stored;
    }

    /**
     * Saves an edited entry if its version is still the stored one.
     *
     * @param c      a connection in a transaction
     * @param edited the entry as read, with changes
     * @param at     now
     * @param actor  who saves it
     * @return the stored entry, with the next version
     * @throws SQLException      on a database error
     * @throws ConflictException if someone else saved it first
     * @throws DatasetException  if the entry or the assignee does not exist, or a rejection has no comment
     */
    public static DatasetEntry update(Connection c, DatasetEntry edited, Instant at, String actor) throws SQLException, DatasetException {
        DatasetEntry before = load(c, edited.id()).orElseThrow(() -> new DatasetException("entry " + edited.id() + " does not exist"));
        if (edited.status() == EntryStatus.REJECTED && (edited.reviewComment() == null || edited.reviewComment().isBlank())) {
            throw new DatasetException("entry " + edited.id() + " cannot be rejected without a review comment saying what to fix");
        }
        Long assigneeId = null;
        if (edited.assignee() != null) {
            assigneeId = UserTable.find(c, edited.assignee()).map(User::id).orElseThrow(() -> UserTable.unknown(edited.assignee()));
        }
        int changed;
        try (PreparedStatement s = c.prepareStatement("UPDATE entries SET status = ?, assignee_id = ?, review_comment = ?, version = version + 1, "
                + "updated_at = ?, updated_by = ? WHERE id = ? AND version = ?")) {
            s.setString(1, edited.status().label());
            if (assigneeId == null) {
                s.setNull(2, Types.BIGINT);
            } else {
                s.setLong(2, assigneeId);
            }
            s.setString(3, edited.reviewComment());
            s.setObject(4, AuditLog.utc(at));
            s.setString(5, actor);
            s.setLong(6, edited.id());
            s.setLong(7, edited.version());
            changed = s.executeUpdate();
        }
        if (changed == 0) {
            throw new ConflictException(edited.id(), edited.version(), currentVersion(c, edited.id()));
        }
        try (PreparedStatement s = c.prepareStatement("DELETE FROM texts WHERE entry_id = ?")) {
            s.setLong(1, edited.id());
            s.executeUpdate();
        }
        insertTexts(c, edited.id(), edited.texts());
        DatasetEntry after = load(c, edited.id()).orElseThrow();
        AuditLog.write(c, at, actor, "update", "entry", edited.id(), state(before), state(after));
        return after;
    }

    private static long currentVersion(Connection c, long id) throws SQLException, DatasetException {
        try (PreparedStatement s = c.prepareStatement("SELECT version FROM entries WHERE id = ?")) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    throw new DatasetException("entry " + id + " does not exist");
                }
                return r.getLong(1);
            }
        }
    }

    /**
     * @param c  a connection
     * @param id an entry id
     * @return the entry with its media, texts and provenance, or empty
     * @throws SQLException on a database error
     */
    public static Optional<DatasetEntry> load(Connection c, long id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM entries e LEFT JOIN users u ON u.id = e.assignee_id WHERE e.id = ?")) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                return Optional.of(new DatasetEntry(r.getLong(1), EntryStatus.parse(r.getString(2)), r.getLong(3), r.getString(4),
                        r.getString(5), r.getString(6), MediaRows.load(c, id), loadTexts(c, id), ProvenanceRows.load(c, id),
                        AuditLog.instant(r, 7), r.getString(8), AuditLog.instant(r, 9), r.getString(10)));
            }
        }
    }

    /**
     * Loads several entries with four queries in all (entries, media, texts, provenance), instead of four per
     * entry: a page of search results costs a few round trips to the database, not a hundred.
     *
     * @param c   a connection
     * @param ids entry ids, at most 1,000
     * @return the entries that exist, in the order of {@code ids}
     * @throws SQLException on a database error
     */
    public static List<DatasetEntry> loadAll(Connection c, List<Long> ids) throws SQLException {
        if (ids.isEmpty()) {
            return List.of();
        }
        String in = " IN (" + String.join(", ", Collections.nCopies(ids.size(), "?")) + ")";
        Map<Long, List<MediaItem>> media = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT entry_id, id, kind, sha256, size_bytes, mime_type, width, height, duration_seconds, fps, "
                + "codec, original_name FROM media_items WHERE entry_id" + in + " ORDER BY entry_id, position")) {
            bind(s, ids);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    media.computeIfAbsent(r.getLong(1), k -> new ArrayList<>()).add(new MediaItem(r.getLong(2), MediaKind.parse(r.getString(3)),
                            r.getString(4), r.getLong(5), r.getString(6), r.getObject(7, Integer.class), r.getObject(8, Integer.class),
                            r.getObject(9, Double.class), r.getObject(10, Double.class), r.getString(11), r.getString(12)));
                }
            }
        }
        Map<Long, List<EntryText>> texts = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT entry_id, kind, language, body FROM texts WHERE entry_id" + in
                + " ORDER BY entry_id, position")) {
            bind(s, ids);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    texts.computeIfAbsent(r.getLong(1), k -> new ArrayList<>()).add(new EntryText(TextKind.parse(r.getString(2)), r.getString(3),
                            r.getString(4)));
                }
            }
        }
        Map<Long, Provenance> provenance = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT entry_id, source, licence, rights_holder, consent, creator, import_batch_id "
                + "FROM provenance WHERE entry_id" + in)) {
            bind(s, ids);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    provenance.put(r.getLong(1), new Provenance(r.getString(2), r.getString(3), r.getString(4), Consent.parse(r.getString(5)),
                            r.getString(6), r.getObject(7, Long.class)));
                }
            }
        }
        Map<Long, DatasetEntry> entries = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM entries e LEFT JOIN users u ON u.id = e.assignee_id WHERE e.id" + in)) {
            bind(s, ids);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    long id = r.getLong(1);
                    entries.put(id, new DatasetEntry(id, EntryStatus.parse(r.getString(2)), r.getLong(3), r.getString(4), r.getString(5),
                            r.getString(6), media.getOrDefault(id, List.of()), texts.getOrDefault(id, List.of()),
                            provenance.getOrDefault(id, Provenance.UNKNOWN), AuditLog.instant(r, 7), r.getString(8), AuditLog.instant(r, 9),
                            r.getString(10)));
                }
            }
        }
        List<DatasetEntry> out = new ArrayList<>(ids.size());
        for (long id : ids) {
            DatasetEntry e = entries.get(id);
            if (e != null) {
                out.add(e);
            }
        }
        return out;
    }

    private static void bind(PreparedStatement s, List<Long> ids) throws SQLException {
        for (int i = 0; i < ids.size(); i++) {
            s.setLong(i + 1, ids.get(i));
        }
    }

    /**
     * @param c         a connection
     * @param sourceKey an import key
     * @return the id of the entry with that key, or empty
     * @throws SQLException on a database error
     */
    public static Optional<Long> idBySourceKey(Connection c, String sourceKey) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT id FROM entries WHERE source_key = ?")) {
            s.setString(1, sourceKey);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(r.getLong(1)) : Optional.empty();
            }
        }
    }

    /**
     * @param c    a connection
     * @param keys import keys
     * @return those of the keys that entries already have
     * @throws SQLException on a database error
     */
    public static Set<String> existingSourceKeys(Connection c, List<String> keys) throws SQLException {
        Set<String> found = new HashSet<>();
        int chunk = 500;
        for (int from = 0; from < keys.size(); from += chunk) {
            List<String> part = keys.subList(from, Math.min(keys.size(), from + chunk));
            try (PreparedStatement s = c.prepareStatement("SELECT source_key FROM entries WHERE source_key IN ("
                    + String.join(", ", Collections.nCopies(part.size(), "?")) + ")")) {
                for (int i = 0; i < part.size(); i++) {
                    s.setString(i + 1, part.get(i));
                }
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        found.add(r.getString(1));
                    }
                }
            }
        }
        return found;
    }

    private static void insertTexts(Connection c, long entryId, List<EntryText> texts) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO texts (entry_id, position, kind, language, body) VALUES (?, ?, ?, ?, ?)")) {
            for (int i = 0; i < texts.size(); i++) {
                EntryText t = texts.get(i);
                s.setLong(1, entryId);
                s.setInt(2, i);
                s.setString(3, t.kind().label());
                s.setString(4, t.language());
                s.setString(5, t.text());
                s.addBatch();
            }
            if (!texts.isEmpty()) {
                s.executeBatch();
            }
        }
    }

    private static List<EntryText> loadTexts(Connection c, long entryId) throws SQLException {
        List<EntryText> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT kind, language, body FROM texts WHERE entry_id = ? ORDER BY position")) {
            s.setLong(1, entryId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(new EntryText(TextKind.parse(r.getString(1)), r.getString(2), r.getString(3)));
                }
            }
        }
        return out;
    }

    static long generatedId(Statement s) throws SQLException {
        try (ResultSet keys = s.getGeneratedKeys()) {
            if (!keys.next()) {
                throw new SQLException("the database returned no generated id");
            }
            return keys.getLong(1);
        }
    }

    /** The audited state of an entry: what updates can change, plus the media hashes. */
    private static Map<String, Object> state(DatasetEntry e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("version", e.version());
        m.put("status", e.status().label());
        m.put("assignee", e.assignee());
        m.put("reviewComment", e.reviewComment());
        List<Map<String, Object>> texts = new ArrayList<>();
        for (EntryText t : e.texts()) {
            Map<String, Object> tm = new LinkedHashMap<>();
            tm.put("kind", t.kind().label());
            tm.put("language", t.language());
            tm.put("text", t.text());
            texts.add(tm);
        }
        m.put("texts", texts);
        m.put("media", e.media().stream().map(MediaItem::sha256).toList());
        return m;
    }
}
