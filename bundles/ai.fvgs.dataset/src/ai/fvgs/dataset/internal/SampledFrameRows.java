package ai.fvgs.dataset.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import ai.fvgs.dataset.SampledFrame;

/** SQL for {@code sampled_frames}: the stills the import keeps of each video. */
public final class SampledFrameRows {

    private SampledFrameRows() {
    }

    /** Stores the stills of one video media item, in the given order. */
    static void insert(Connection c, long mediaItemId, List<SampledFrame> frames) throws SQLException {
        if (frames.isEmpty()) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO sampled_frames (media_item_id, position, frame_index, seconds, scene_change) "
                + "VALUES (?, ?, ?, ?, ?)")) {
            for (int i = 0; i < frames.size(); i++) {
                SampledFrame f = frames.get(i);
                s.setLong(1, mediaItemId);
                s.setInt(2, i);
                s.setInt(3, f.frameIndex());
                s.setDouble(4, f.seconds());
                s.setBoolean(5, f.sceneChange());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    /**
     * @param c           a connection
     * @param mediaItemId a media item
     * @return its stills in time order; empty for images and texts
     * @throws SQLException on a database error
     */
    public static List<SampledFrame> load(Connection c, long mediaItemId) throws SQLException {
        List<SampledFrame> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT frame_index, seconds, scene_change FROM sampled_frames WHERE media_item_id = ? "
                + "ORDER BY position")) {
            s.setLong(1, mediaItemId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(new SampledFrame(r.getInt(1), r.getDouble(2), r.getBoolean(3)));
                }
            }
        }
        return out;
    }
}
