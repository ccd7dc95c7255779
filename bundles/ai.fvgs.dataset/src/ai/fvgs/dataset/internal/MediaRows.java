package ai.fvgs.dataset.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

import ai.fvgs.dataset.MediaItem;
import ai.fvgs.dataset.MediaKind;

/** SQL for {@code media_items}. */
final class MediaRows {

    private MediaRows() {
    }

    static void insert(Connection c, long entryId, List<MediaItem> media) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO media_items (entry_id, position, kind, sha256, size_bytes, mime_type, width, "
                + "height, duration_seconds, fps, codec, original_name) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < media.size(); i++) {
                MediaItem m = media.get(i);
                s.setLong(1, entryId);
                s.setInt(2, i);
                s.setString(3, m.kind().label());
                s.setString(4, m.sha256());
                s.setLong(5, m.sizeBytes());
                s.setString(6, m.mimeType());
                setInt(s, 7, m.width());
                setInt(s, 8, m.height());
                setDouble(s, 9, m.durationSeconds());
                setDouble(s, 10, m.fps());
                s.setString(11, m.codec());
                s.setString(12, m.originalName());
                s.addBatch();
            }
            if (!media.isEmpty()) {
                s.executeBatch();
            }
        }
    }

    static List<MediaItem> load(Connection c, long entryId) throws SQLException {
        List<MediaItem> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT id, kind, sha256, size_bytes, mime_type, width, height, duration_seconds, fps, codec, "
                + "original_name FROM media_items WHERE entry_id = ? ORDER BY position")) {
            s.setLong(1, entryId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(new MediaItem(r.getLong(1), MediaKind.parse(r.getString(2)), r.getString(3), r.getLong(4), r.getString(5),
                            r.getObject(6, Integer.class), r.getObject(7, Integer.class), r.getObject(8, Double.class), r.getObject(9, Double.class),
                            r.getString(10), r.getString(11)));
                }
            }
        }
        return out;
    }

    private static void setInt(PreparedStatement s, int i, Integer v) throws SQLException {
        if (v == null) {
            s.setNull(i, Types.INTEGER);
        } else {
            s.setInt(i, v);
        }
    }

    private static void setDouble(PreparedStatement s, int i, Double v) throws SQLException {
        if (v == null) {
            s.setNull(i, Types.DOUBLE);
        } else {
            s.setDouble(i, v);
        }
    }
}
