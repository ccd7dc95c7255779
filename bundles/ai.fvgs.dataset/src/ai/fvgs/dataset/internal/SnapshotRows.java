package ai.fvgs.dataset.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import ai.fvgs.dataset.Annotation;
import ai.fvgs.dataset.Consent;
import ai.fvgs.dataset.DatasetException;
import ai.fvgs.dataset.EntryText;
import ai.fvgs.dataset.Label;
import ai.fvgs.dataset.MediaItem;
import ai.fvgs.dataset.MediaKind;
import ai.fvgs.dataset.Provenance;
import ai.fvgs.dataset.SearchQuery;
import ai.fvgs.dataset.Shape;
import ai.fvgs.dataset.ShapeTrack;
import ai.fvgs.dataset.Snapshot;
import ai.fvgs.dataset.SnapshotEntry;
import ai.fvgs.dataset.SnapshotLabel;
import ai.fvgs.dataset.SnapshotOptions;
import ai.fvgs.dataset.Split;
import ai.fvgs.dataset.SplitRatios;
import ai.fvgs.dataset.Stratification;
import ai.fvgs.dataset.TextKind;

/**
 * SQL for {@code snapshots}, {@code snapshot_entries} and {@code snapshot_labels}. Making a snapshot reads the
 * selected entries in batches of {@value #BATCH} (a handful of queries per batch, never one per entry),
 * freezes each as canonical JSON ({@link FrozenEntries}), splits them ({@link Splitter}), numbers the labels
 * ({@link LabelIds}) and inserts everything in the caller's transaction.
 */
public final class SnapshotRows {

    static final int BATCH = 500;

    private static final String COLUMNS = "id, name, content_hash, seed, train_percent, val_percent, test_percent, stratify_by, filter_json, "
            + "entry_count, created_at, created_by";

    private SnapshotRows() {
    }

    /** One frozen entry before it is stored. */
    private record Frozen(long id, String licence, String content, List<Annotation> annotations, String stratum) {
    }

    /**
     * @param c        a connection in a transaction
     * @param name     the new snapshot's name
     * @param options  filter, seed, split and stratification
     * @param labelIds decides category and attribute ids
     * @param at       now
     * @param actor    who makes it
     * @return the stored snapshot
     * @throws SQLException     on a database error
     * @throws DatasetException if the name is taken or the filter names an unknown user
     */
    public static Snapshot create(Connection c, String name, SnapshotOptions options, LabelIds labelIds, Instant at, String actor)
            throws SQLException, DatasetException {
        if (find(c, name).isPresent()) {
            throw new DatasetException("a snapshot named '" + name + "' already exists; snapshots never change, so choose another name "
                    + "(see: fvgs dataset snapshot list)");
        }
        SearchTerms.catchUp(c);
        List<Long> ids = EntrySearch.of(c, options.filter()).ids(c, " ORDER BY e.id");
        List<Frozen> frozen = new ArrayList<>(ids.size());
        for (int from = 0; from < ids.size(); from += BATCH) {
            frozen.addAll(freeze(c, ids.subList(from, Math.min(ids.size(), from + BATCH))));
        }
        Map<Long, String> strata = new LinkedHashMap<>();
        for (Frozen f : frozen) {
            strata.put(f.id(), options.stratifyBy() == Stratification.CATEGORY ? f.stratum() : Splitter.NONE);
        }
        Map<Long, Split> splits = Splitter.assign(strata, options.seed(), options.split());
        String hash = hash(options, frozen, splits);

        long id;
        try (PreparedStatement s = c.prepareStatement("INSERT INTO snapshots (name, content_hash, seed, train_percent, val_percent, test_percent, "
                + "stratify_by, filter_json, entry_count, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            s.setString(1, name);
            s.setString(2, hash);
            s.setLong(3, options.seed());
            s.setInt(4, options.split().train());
            s.setInt(5, options.split().val());
            s.setInt(6, options.split().test());
            s.setString(7, options.stratifyBy().label());
            s.setString(8, filterJson(options.filter()));
            s.setInt(9, frozen.size());
            s.setObject(10, AuditLog.utc(at));
            s.setString(11, actor);
            s.executeUpdate();
            id = Entries.generatedId(s);
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO snapshot_entries (snapshot_id, entry_id, split, stratum, licence, content) "
                + "VALUES (?, ?, ?, ?, ?, ?)")) {
            int pending = 0;
            for (Frozen f : frozen) {
                s.setLong(1, id);
                s.setLong(2, f.id());
                s.setString(3, splits.get(f.id()).label());
                s.setString(4, f.stratum()); // at most 200 + 1 + 1,000 characters (attribute=value)
                s.setString(5, f.licence());
                s.setString(6, f.content());
                s.addBatch();
                if (++pending == BATCH) {
                    s.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                s.executeBatch();
            }
        }
        insertLabels(c, id, labelIds, frozen);
        Snapshot made = find(c, name).orElseThrow();
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("name", name);
        state.put("contentHash", hash);
        state.put("entries", frozen.size());
        state.put("split", options.split().toString());
        state.put("seed", options.seed());
        state.put("stratifyBy", options.stratifyBy().label());
        AuditLog.write(c, at, actor, "create", "snapshot", id, null, state);
        return made;
    }

    private static void insertLabels(Connection c, long snapshotId, LabelIds labelIds, List<Frozen> frozen) throws SQLException {
        Map<Label, String> categories = new TreeMap<>(LabelIds.LABEL_ORDER);
        Set<LabelIds.Attribute> attributes = new LinkedHashSet<>();
        for (Frozen f : frozen) {
            for (Annotation a : f.annotations()) {
                switch (a) {
                    case Annotation.Region r -> {
                        String layout = r.shape() instanceof Shape.Keypoints k ? k.layout() : null;
                        categories.merge(r.label(), layout == null ? "" : layout, (old, now) -> old.isEmpty() ? now : old);
                    }
                    case Annotation.Mask m -> categories.putIfAbsent(m.label(), "");
                    case Annotation.Track t -> {
                        String layout = t.track().keyframes().stream().map(ShapeTrack.Keyframe::shape)
                                .filter(sh -> sh instanceof Shape.Keypoints).map(sh -> ((Shape.Keypoints) sh).layout()).findFirst().orElse("");
                        categories.merge(t.label(), layout, (old, now) -> old.isEmpty() ? now : old);
                    }
                    case Annotation.Attribute x -> attributes.add(new LabelIds.Attribute(x.attribute(), x.value()));
                    case Annotation.Tag x -> attributes.add(new LabelIds.Attribute(x.tag(), null));
                    case Annotation.Caption x -> {
                        // captions are texts, not labels
                    }
                }
            }
        }
        Map<Label, String> layouts = new HashMap<>();
        categories.forEach((k, v) -> layouts.put(k, v.isEmpty() ? null : v));
        try (PreparedStatement s = c.prepareStatement("INSERT INTO snapshot_labels (snapshot_id, kind, label_id, name, supercategory, taxonomy, "
                + "taxonomy_version, layout) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            int rows = 0;
            for (SnapshotLabel l : labelIds.categories(layouts)) {
                addLabel(s, snapshotId, "category", l);
                rows++;
            }
            for (SnapshotLabel l : labelIds.attributes(attributes)) {
                addLabel(s, snapshotId, "attribute", l);
                rows++;
            }
            if (rows > 0) {
                s.executeBatch();
            }
        }
    }

    private static void addLabel(PreparedStatement s, long snapshotId, String kind, SnapshotLabel l) throws SQLException {
        s.setLong(1, snapshotId);
        s.setString(2, kind);
        s.setInt(3, l.id());
        s.setString(4, l.name());
        s.setString(5, l.supercategory());
        s.setString(6, l.taxonomy());
        s.setString(7, l.taxonomyVersion());
        s.setString(8, l.layout());
        s.addBatch();
    }

    /** Reads one batch of entries with a fixed number of queries and freezes them. */
    private static List<Frozen> freeze(Connection c, List<Long> ids) throws SQLException {
        String in = placeholders(ids.size());
        Map<Long, String> assignees = new HashMap<>();
        try (PreparedStatement s = prepare(c, "SELECT e.id, u.name FROM entries e LEFT JOIN users u ON u.id = e.assignee_id WHERE e.id IN " + in, ids);
                ResultSet r = s.executeQuery()) {
            while (r.next()) {
                assignees.put(r.getLong(1), r.getString(2));
            }
        }
        Map<Long, Provenance> provenance = new HashMap<>();
        try (PreparedStatement s = prepare(c, "SELECT entry_id, source, licence, rights_holder, consent, creator FROM provenance WHERE entry_id IN "
                + in, ids); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                provenance.put(r.getLong(1), new Provenance(r.getString(2), r.getString(3), r.getString(4), Consent.parse(r.getString(5)),
                        r.getString(6), null));
            }
        }
        Map<Long, List<MediaItem>> media = new HashMap<>();
        try (PreparedStatement s = prepare(c, "SELECT entry_id, kind, sha256, size_bytes, mime_type, width, height, duration_seconds, fps, codec, "
                + "original_name FROM media_items WHERE entry_id IN " + in + " ORDER BY entry_id, position", ids); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                media.computeIfAbsent(r.getLong(1), k -> new ArrayList<>()).add(new MediaItem(0, MediaKind.parse(r.getString(2)),
                        r.getString(3).strip(), r.getLong(4), r.getString(5), r.getObject(6, Integer.class), r.getObject(7, Integer.class),
                        r.getObject(8, Double.class), r.getObject(9, Double.class), r.getString(10), r.getString(11)));
            }
        }
        Map<Long, List<EntryText>> texts = new HashMap<>();
        try (PreparedStatement s = prepare(c, "SELECT entry_id, kind, language, body FROM texts WHERE entry_id IN " + in
                + " ORDER BY entry_id, position", ids); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                texts.computeIfAbsent(r.getLong(1), k -> new ArrayList<>()).add(new EntryText(TextKind.parse(r.getString(2)), r.getString(3),
                        r.getString(4)));
            }
        }
        // the set used: the assignee's, else the most recently updated one (ties: the labeller first by name)
        Map<Long, Long> chosenSet = new HashMap<>();
        Map<Long, String> chosenLabeller = new HashMap<>();
        Map<Long, Instant> chosenAt = new HashMap<>();
        try (PreparedStatement s = prepare(c, "SELECT s.id, s.entry_id, u.name, s.updated_at FROM annotation_sets s JOIN users u ON u.id = s.labeller_id "
                + "WHERE s.entry_id IN " + in + " ORDER BY s.entry_id, u.name", ids); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                long entry = r.getLong(2);
                String labeller = r.getString(3);
                Instant updated = AuditLog.instant(r, 4);
                String assignee = assignees.get(entry);
                String current = chosenLabeller.get(entry);
                boolean better = current == null
                        || !current.equals(assignee) && (labeller.equals(assignee) || updated.isAfter(chosenAt.get(entry)));
                if (better) {
                    chosenSet.put(entry, r.getLong(1));
                    chosenLabeller.put(entry, labeller);
                    chosenAt.put(entry, updated);
                }
            }
        }
        Map<Long, List<Annotation>> bySet = new HashMap<>();
        List<Long> setIds = new ArrayList<>(chosenSet.values());
        if (!setIds.isEmpty()) {
            try (PreparedStatement s = prepare(c, "SELECT kind, media_position, taxonomy, taxonomy_version, label, attribute_value, language, body, "
                    + "layout, geometry, mask_sha256, mask_rle, set_id FROM annotations WHERE set_id IN " + placeholders(setIds.size())
                    + " ORDER BY set_id, position", setIds); ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    bySet.computeIfAbsent(r.getLong(13), k -> new ArrayList<>()).add(AnnotationColumns.read(r));
                }
            }
        }
        List<Frozen> out = new ArrayList<>(ids.size());
        for (long id : ids) {
            Provenance p = provenance.getOrDefault(id, Provenance.UNKNOWN);
            String labeller = chosenLabeller.get(id);
            List<Annotation> annotations = labeller == null ? List.of() : bySet.getOrDefault(chosenSet.get(id), List.of());
            String content = FrozenEntries.write(id, media.getOrDefault(id, List.of()), texts.getOrDefault(id, List.of()), p, labeller, annotations);
            out.add(new Frozen(id, p.licence(), content, annotations, Splitter.stratum(annotations)));
        }
        return out;
    }

    /** SHA-256 over the split parameters and then, per entry in id order, its split, a tab, its content and a line feed. */
    private static String hash(SnapshotOptions o, List<Frozen> frozen, Map<Long, Split> splits) {
        MessageDigest d;
        try {
            d = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
        d.update(("{\"seed\":" + o.seed() + ",\"split\":[" + o.split().train() + "," + o.split().val() + "," + o.split().test()
                + "],\"stratifyBy\":\"" + o.stratifyBy().label() + "\"}\n").getBytes(StandardCharsets.UTF_8));
        for (Frozen f : frozen) {
            d.update((splits.get(f.id()).label() + "\t" + f.content() + "\n").getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(d.digest());
    }

    private static String filterJson(SearchQuery q) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (q.text() != null) {
            m.put("text", q.text());
        }
        if (q.status() != null) {
            m.put("status", q.status().label());
        }
        if (q.labeller() != null) {
            m.put("labeller", q.labeller());
        }
        if (q.media() != null) {
            m.put("media", q.media().label());
        }
        if (q.licence() != null) {
            m.put("licence", q.licence());
        }
        if (q.from() != null) {
            m.put("from", q.from().toString());
        }
        if (q.to() != null) {
            m.put("to", q.to().toString());
        }
        return AnnotationJson.write(m);
    }

    /**
     * @param c    a connection
     * @param name a snapshot name
     * @return the snapshot, or empty
     * @throws SQLException on a database error
     */
    public static Optional<Snapshot> find(Connection c, String name) throws SQLException {
        List<Snapshot> found = select(c, " WHERE name = ?", name);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /**
     * @param c a connection
     * @return every snapshot, oldest first
     * @throws SQLException on a database error
     */
    public static List<Snapshot> list(Connection c) throws SQLException {
        return select(c, " ORDER BY id", null);
    }

    private static List<Snapshot> select(Connection c, String tail, String parameter) throws SQLException {
        List<Snapshot> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM snapshots" + tail)) {
            if (parameter != null) {
                s.setString(1, parameter);
            }
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    long id = r.getLong(1);
                    out.add(new Snapshot(id, r.getString(2), r.getString(3).strip(), r.getLong(4), new SplitRatios(r.getInt(5), r.getInt(6), r.getInt(7)),
                            Stratification.parse(r.getString(8)), r.getString(9), r.getInt(10), Map.of(), AuditLog.instant(r, 11), r.getString(12)));
                }
            }
        }
        List<Snapshot> counted = new ArrayList<>(out.size());
        for (Snapshot sn : out) {
            Map<Split, Integer> counts = new EnumMap<>(Split.class);
            try (PreparedStatement s = c.prepareStatement("SELECT split, COUNT(*) FROM snapshot_entries WHERE snapshot_id = ? GROUP BY split")) {
                s.setLong(1, sn.id());
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        counts.put(Split.parse(r.getString(1)), r.getInt(2));
                    }
                }
            }
            counted.add(new Snapshot(sn.id(), sn.name(), sn.contentHash(), sn.seed(), sn.split(), sn.stratifyBy(), sn.filter(), sn.entryCount(), counts,
                    sn.createdAt(), sn.createdBy()));
        }
        return counted;
    }

    /** Receives the stored rows of a snapshot's entries, one at a time. */
    @FunctionalInterface
    public interface RowConsumer {
        /**
         * @param entryId the entry
         * @param split   its split
         * @param stratum its stratum
         * @param licence its licence, or {@code null}
         * @param content its canonical JSON
         * @throws Exception to stop
         */
        void accept(long entryId, Split split, String stratum, String licence, String content) throws Exception;
    }

    /**
     * Streams a snapshot's entries in id order, without holding them all in memory.
     *
     * @param c          a connection in a transaction (PostgreSQL fetches rows in pages only inside one)
     * @param snapshotId the snapshot
     * @param split      one split, or {@code null} for all
     * @param consumer   receives each row
     * @throws Exception from the database or the consumer
     */
    public static void forEach(Connection c, long snapshotId, Split split, RowConsumer consumer) throws Exception {
        try (PreparedStatement s = c.prepareStatement("SELECT entry_id, split, stratum, licence, content FROM snapshot_entries WHERE snapshot_id = ?"
                + (split == null ? "" : " AND split = ?") + " ORDER BY entry_id")) {
            s.setFetchSize(BATCH);
            s.setLong(1, snapshotId);
            if (split != null) {
                s.setString(2, split.label());
            }
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    consumer.accept(r.getLong(1), Split.parse(r.getString(2)), r.getString(3), r.getString(4), r.getString(5));
                }
            }
        }
    }

    /**
     * @param c          a connection
     * @param snapshotId the snapshot
     * @return its entries, parsed, in id order
     * @throws SQLException on a database error
     */
    public static List<SnapshotEntry> entries(Connection c, long snapshotId) throws SQLException {
        List<SnapshotEntry> out = new ArrayList<>();
        try {
            forEach(c, snapshotId, null, (id, split, stratum, licence, content) -> {
                FrozenEntries.Frozen f = FrozenEntries.read(content);
                out.add(new SnapshotEntry(id, split, stratum, f.media(), f.texts(), f.provenance(), f.labeller(), f.annotations(), content));
            });
        } catch (SQLException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    /**
     * @param c          a connection
     * @param snapshotId the snapshot
     * @param kind       {@code category} or {@code attribute}
     * @return its labels of that kind, in id order
     * @throws SQLException on a database error
     */
    public static List<SnapshotLabel> labels(Connection c, long snapshotId, String kind) throws SQLException {
        List<SnapshotLabel> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT label_id, name, supercategory, taxonomy, taxonomy_version, layout FROM snapshot_labels "
                + "WHERE snapshot_id = ? AND kind = ? ORDER BY label_id")) {
            s.setLong(1, snapshotId);
            s.setString(2, kind);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(new SnapshotLabel(r.getInt(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5), r.getString(6)));
                }
            }
        }
        return out;
    }

    /**
     * @param c          a connection
     * @param snapshotId the snapshot
     * @return its distinct licences in name order ({@code null}, if any entry has none, is left out)
     * @throws SQLException on a database error
     */
    public static List<String> licences(Connection c, long snapshotId) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT DISTINCT licence FROM snapshot_entries WHERE snapshot_id = ? AND licence IS NOT NULL "
                + "ORDER BY licence")) {
            s.setLong(1, snapshotId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(r.getString(1));
                }
            }
        }
        return out;
    }

    /**
     * Deletes a snapshot with its entries and labels, and writes an audit record.
     *
     * @param c        a connection in a transaction
     * @param snapshot the snapshot
     * @param at       now
     * @param actor    who deletes it (an admin; checked by the caller)
     * @throws SQLException on a database error
     */
    public static void delete(Connection c, Snapshot snapshot, Instant at, String actor) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("DELETE FROM snapshots WHERE id = ?")) {
            s.setLong(1, snapshot.id());
            s.executeUpdate();
        }
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("name", snapshot.name());
        state.put("contentHash", snapshot.contentHash());
        state.put("entries", snapshot.entryCount());
        AuditLog.write(c, at, actor, "delete", "snapshot", snapshot.id(), state, null);
    }

    private static String placeholders(int n) {
        StringBuilder b = new StringBuilder("(");
        for (int i = 0; i < n; i++) {
            b.append(i == 0 ? "?" : ", ?");
        }
        return b.append(')').toString();
    }

    private static PreparedStatement prepare(Connection c, String sql, List<Long> ids) throws SQLException {
        PreparedStatement s = c.prepareStatement(sql);
        for (int i = 0; i < ids.size(); i++) {
            s.setLong(i + 1, ids.get(i));
        }
        return s;
    }
}
