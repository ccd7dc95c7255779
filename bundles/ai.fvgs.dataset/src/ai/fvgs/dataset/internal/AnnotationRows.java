package ai.fvgs.dataset.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import ai.fvgs.dataset.Annotation;
import ai.fvgs.dataset.AnnotationSet;
import ai.fvgs.dataset.Annotations;
import ai.fvgs.dataset.AuditRecord;
import ai.fvgs.dataset.ConflictException;
import ai.fvgs.dataset.DatasetEntry;
import ai.fvgs.dataset.DatasetException;
import ai.fvgs.dataset.MediaStore;
import ai.fvgs.dataset.User;

/** SQL for {@code annotation_sets} and {@code annotations}; see {@link AnnotationJson} for the geometry column. */
public final class AnnotationRows {

    /** The audit action of a saved annotation set; its subject is the entry. */
    public static final String ACTION = "annotate";

    private static final String COLUMNS = "kind, media_position, taxonomy, taxonomy_version, label, attribute_value, language, body, layout, geometry, "
            + "mask_sha256, mask_rle";

    private AnnotationRows() {
    }

    /**
     * @param c       a connection
     * @param entryId an entry id
     * @return every labeller's set with the entry's version
     * @throws SQLException     on a database error
     * @throws DatasetException if the entry does not exist
     */
    public static Annotations load(Connection c, long entryId) throws SQLException, DatasetException {
        long version = version(c, entryId).orElseThrow(() -> missing(entryId));
        List<AnnotationSet> sets = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT s.id, u.name, s.updated_at, s.updated_by FROM annotation_sets s "
                + "JOIN users u ON u.id = s.labeller_id WHERE s.entry_id = ? ORDER BY u.name")) {
            s.setLong(1, entryId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    sets.add(new AnnotationSet(r.getString(2), annotations(c, r.getLong(1)), AuditLog.instant(r, 3), r.getString(4)));
                }
            }
        }
        return new Annotations(entryId, version, sets);
    }

    /**
     * Replaces a labeller's set if the entry's version is still the expected one, bumps the version and
     * writes the audit record.
     *
     * @param c               a connection in a transaction
     * @param entryId         the entry
     * @param expectedVersion the entry version the annotations were made on
     * @param labeller        whose set it is
     * @param annotations     the whole new set
     * @param media           the media store, for PNG masks
     * @param at              now
     * @param actor           who saves it
     * @return the entry's annotations after saving
     * @throws SQLException      on a database error
     * @throws ConflictException if the entry was saved by someone else since
     * @throws DatasetException  if the entry or labeller does not exist or an annotation does not fit the entry
     */
    public static Annotations save(Connection c, long entryId, long expectedVersion, String labeller, List<Annotation> annotations,
            MediaStore media, Instant at, String actor) throws SQLException, DatasetException {
        DatasetEntry entry = Entries.load(c, entryId).orElseThrow(() -> missing(entryId));
        AnnotationChecks.check(entry, annotations, media);
        TaxonomyChecks.check(c, entry, annotations);
        long labellerId = UserTable.find(c, labeller).map(User::id).orElseThrow(() -> UserTable.unknown(labeller));
        try (PreparedStatement s = c.prepareStatement("UPDATE entries SET version = version + 1, updated_at = ?, updated_by = ? "
                + "WHERE id = ? AND version = ?")) {
            s.setObject(1, AuditLog.utc(at));
            s.setString(2, actor);
            s.setLong(3, entryId);
            s.setLong(4, expectedVersion);
            if (s.executeUpdate() == 0) {
                throw new ConflictException(entryId, expectedVersion, version(c, entryId).orElseThrow(() -> missing(entryId)));
            }
        }
        Optional<Long> existing = setId(c, entryId, labellerId);
        List<Annotation> before = existing.isPresent() ? annotations(c, existing.get()) : null;
        long setId = existing.isPresent() ? touch(c, existing.get(), at, actor) : insertSet(c, entryId, labellerId, at, actor);
        try (PreparedStatement s = c.prepareStatement("DELETE FROM annotations WHERE set_id = ?")) {
            s.setLong(1, setId);
            s.executeUpdate();
        }
        insert(c, setId, annotations);
        AuditLog.write(c, at, actor, ACTION, "entry", entryId, before == null ? null : state(expectedVersion, labeller, before),
                state(expectedVersion + 1, labeller, annotations(c, setId)));
        return load(c, entryId);
    }

    /**
     * @param c       a connection
     * @param entryId an entry
     * @return the audit records of its saved annotation sets, oldest first
     * @throws SQLException on a database error
     */
    public static List<AuditRecord> history(Connection c, long entryId) throws SQLException {
        return AuditLog.read(c, "entry", entryId).stream().filter(r -> ACTION.equals(r.action())).toList();
    }

    private static Optional<Long> version(Connection c, long entryId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT version FROM entries WHERE id = ?")) {
            s.setLong(1, entryId);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(r.getLong(1)) : Optional.empty();
            }
        }
    }

    private static DatasetException missing(long entryId) {
        return new DatasetException("entry " + entryId + " does not exist");
    }

    private static Optional<Long> setId(Connection c, long entryId, long labellerId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT id FROM annotation_sets WHERE entry_id = ? AND labeller_id = ?")) {
            s.setLong(1, entryId);
            s.setLong(2, labellerId);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(r.getLong(1)) : Optional.empty();
            }
        }
    }

    private static long insertSet(Connection c, long entryId, long labellerId, Instant at, String actor) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO annotation_sets (entry_id, labeller_id, updated_at, updated_by) "
                + "VALUES (?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            s.setLong(1, entryId);
            s.setLong(2, labellerId);
            s.setObject(3, AuditLog.utc(at));
            s.setString(4, actor);
            s.executeUpdate();
            return Entries.generatedId(s);
        }
    }

    private static long touch(Connection c, long setId, Instant at, String actor) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE annotation_sets SET updated_at = ?, updated_by = ? WHERE id = ?")) {
            s.setObject(1, AuditLog.utc(at));
            s.setString(2, actor);
            s.setLong(3, setId);
            s.executeUpdate();
        }
        return setId;
    }

    private static void insert(Connection c, long setId, List<Annotation> annotations) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO annotations (set_id, position, " + COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < annotations.size(); i++) {
                s.setLong(1, setId);
                s.setInt(2, i);
                Object[] row = AnnotationColumns.of(annotations.get(i));
                for (int col = 0; col < row.length; col++) {
                    if (row[col] == null) {
                        s.setNull(3 + col, col == 1 ? Types.INTEGER : Types.VARCHAR);
                    } else {
                        s.setObject(3 + col, row[col]);
                    }
                }
                s.addBatch();
            }
            if (!annotations.isEmpty()) {
                s.executeBatch();
            }
        }
    }

    private static List<Annotation> annotations(Connection c, long setId) throws SQLException {
        List<Annotation> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM annotations WHERE set_id = ? ORDER BY position")) {
            s.setLong(1, setId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(AnnotationColumns.read(r));
                }
            }
        }
        return out;
    }

    private static Map<String, Object> state(long version, String labeller, List<Annotation> annotations) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("version", version);
        m.put("labeller", labeller);
        m.put("annotations", annotations.stream().map(AnnotationJson::audit).toList());
        return m;
    }
}
