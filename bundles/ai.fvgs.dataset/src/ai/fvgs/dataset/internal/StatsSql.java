package ai.fvgs.dataset.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import ai.fvgs.dataset.DatasetStats;
import ai.fvgs.dataset.EntryStatus;
import ai.fvgs.dataset.LabellerStats;
import ai.fvgs.dataset.MediaKind;

/** SQL for {@link DatasetStats}: grouped counts, read in one transaction so that they agree. */
public final class StatsSql {

    private StatsSql() {
    }

    /**
     * @param c a connection in a transaction
     * @return the counts
     * @throws SQLException on a database error
     */
    public static DatasetStats read(Connection c) throws SQLException {
        Map<EntryStatus, Long> byStatus = new EnumMap<>(EntryStatus.class);
        Map<EntryStatus, Long> unassigned = new EnumMap<>(EntryStatus.class);
        Map<String, Map<EntryStatus, Long>> byLabeller = new TreeMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT u.name, e.status, COUNT(*) FROM entries e LEFT JOIN users u ON u.id = e.assignee_id "
                + "GROUP BY u.name, e.status"); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                String name = r.getString(1);
                EntryStatus status = EntryStatus.parse(r.getString(2));
                long n = r.getLong(3);
                byStatus.merge(status, n, Long::sum);
                Map<EntryStatus, Long> target = name == null ? unassigned : byLabeller.computeIfAbsent(name, k -> new EnumMap<>(EntryStatus.class));
                target.merge(status, n, Long::sum);
            }
        }
        Map<MediaKind, Long> items = new EnumMap<>(MediaKind.class);
        Map<MediaKind, Long> entries = new EnumMap<>(MediaKind.class);
        try (PreparedStatement s = c.prepareStatement("SELECT kind, COUNT(*), COUNT(DISTINCT entry_id) FROM media_items GROUP BY kind");
                ResultSet r = s.executeQuery()) {
            while (r.next()) {
                MediaKind kind = MediaKind.parse(r.getString(1));
                items.put(kind, r.getLong(2));
                entries.put(kind, r.getLong(3));
            }
        }
        List<LabellerStats> labellers = new ArrayList<>();
        byLabeller.forEach((name, counts) -> labellers.add(new LabellerStats(name, counts)));
        long total = byStatus.values().stream().mapToLong(Long::longValue).sum();
        return new DatasetStats(total, byStatus, entries, items, unassigned, labellers);
    }
}
