package ai.fvgs.dataset.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import ai.fvgs.dataset.ImportProblem;
import ai.fvgs.dataset.MediaKind;

/** SQL for {@code import_batches}, {@code import_problems} and the duplicate look-ups of an import. */
final class ImportBatches {

    /** A batch to work on; {@code resumed} when an unfinished batch of the same source is continued. */
    record Batch(long id, boolean resumed) {
    }

    /** A stored perceptual hash. */
    record Hash(long entryId, MediaKind kind, long hash) {
    }

    /** What one group added to the batch's counters. */
    record Counts(int files, int created, int alreadyImported, int duplicates, int nearDuplicates, int failures) {
    }

    private ImportBatches() {
    }

    /**
     * Continues the newest unfinished ({@code running} or {@code cancelled}) batch of the same source and
     * kind, or starts a new one. A continued batch forgets its errors and exact duplicates (they are found
     * again) and its file count; entries and near duplicates it found stay.
     */
    static Batch start(Connection c, String source, String kind, String actor, Instant at) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT id FROM import_batches WHERE source = ? AND kind = ? AND status IN ('running', "
                + "'cancelled') ORDER BY id DESC")) {
            s.setString(1, source);
            s.setString(2, kind);
            try (ResultSet r = s.executeQuery()) {
                if (r.next()) {
                    long id = r.getLong(1);
                    update(c, "DELETE FROM import_problems WHERE batch_id = ? AND kind IN ('error', 'duplicate')", id);
                    update(c, "UPDATE import_batches SET status = 'running', finished_at = NULL, files_seen = 0, duplicates = 0, failures = 0, "
                            + "already_imported = 0 WHERE id = ?", id);
                    return new Batch(id, true);
                }
            }
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO import_batches (source, kind, status, started_by, started_at) VALUES (?, ?, "
                + "'running', ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            s.setString(1, source);
            s.setString(2, kind);
            s.setString(3, actor);
            s.setObject(4, AuditLog.utc(at));
            s.executeUpdate();
            return new Batch(Entries.generatedId(s), false);
        }
    }

    private static void update(Connection c, String sql, long id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, id);
            s.executeUpdate();
        }
    }

    /** Adds a group's counts and problems to a batch. */
    static void record(Connection c, long batchId, Counts n, List<ImportProblem> problems, Instant at) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE import_batches SET files_seen = files_seen + ?, entries_created = entries_created + ?, "
                + "already_imported = already_imported + ?, duplicates = duplicates + ?, near_duplicates = near_duplicates + ?, "
                + "failures = failures + ? WHERE id = ?")) {
            s.setInt(1, n.files());
            s.setInt(2, n.created());
            s.setInt(3, n.alreadyImported());
            s.setInt(4, n.duplicates());
            s.setInt(5, n.nearDuplicates());
            s.setInt(6, n.failures());
            s.setLong(7, batchId);
            s.executeUpdate();
        }
        if (problems.isEmpty()) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO import_problems (batch_id, file, kind, reason, other_entry_id, recorded_at) "
                + "VALUES (?, ?, ?, ?, ?, ?)")) {
            for (ImportProblem p : problems) {
                s.setLong(1, batchId);
                s.setString(2, clip(p.file()));
                s.setString(3, p.kind().label());
                s.setString(4, clip(p.reason()));
                if (p.otherEntryId() == null) {
                    s.setNull(5, Types.BIGINT);
                } else {
                    s.setLong(5, p.otherEntryId());
                }
                s.setObject(6, AuditLog.utc(at));
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private static String clip(String s) {
        return s.length() <= 2000 ? s : s.substring(0, 1997) + "...";
    }

    /** Marks a batch {@code completed} or {@code cancelled}. */
    static void finish(Connection c, long batchId, String status, Instant at) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE import_batches SET status = ?, finished_at = ? WHERE id = ?")) {
            s.setString(1, status);
            s.setObject(2, AuditLog.utc(at));
            s.setLong(3, batchId);
            s.executeUpdate();
        }
    }

    /** Stores the perceptual hash of an entry's media item at a position. */
    static void setPerceptualHash(Connection c, long entryId, int position, long hash) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE media_items SET perceptual_hash = ? WHERE entry_id = ? AND position = ?")) {
            s.setLong(1, hash);
            s.setLong(2, entryId);
            s.setInt(3, position);
            s.executeUpdate();
        }
    }

    /** @return the first entry holding a media file with that SHA-256, or empty */
    static Optional<Long> entryWithMedia(Connection c, String sha256) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT MIN(entry_id) FROM media_items WHERE sha256 = ?")) {
            s.setString(1, sha256);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.ofNullable(r.getObject(1, Long.class)) : Optional.empty();
            }
        }
    }

    /** @return every stored perceptual hash, by entry */
    static List<Hash> hashes(Connection c) throws SQLException {
        List<Hash> out = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT entry_id, kind, perceptual_hash FROM media_items WHERE perceptual_hash IS NOT NULL ORDER BY entry_id, position")) {
            while (r.next()) {
                out.add(new Hash(r.getLong(1), MediaKind.parse(r.getString(2)), r.getLong(3)));
            }
        }
        return out;
    }
}
