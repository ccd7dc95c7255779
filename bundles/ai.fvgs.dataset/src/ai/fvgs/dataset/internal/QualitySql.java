package ai.fvgs.dataset.internal;

import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.awt.image.Raster;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;

import javax.imageio.ImageIO;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import ai.fvgs.dataset.Agreement;
import ai.fvgs.dataset.Annotation;
import ai.fvgs.dataset.EntryStatus;
import ai.fvgs.dataset.Label;
import ai.fvgs.dataset.LabelCount;
import ai.fvgs.dataset.MediaStore;
import ai.fvgs.dataset.Role;
import ai.fvgs.dataset.Shape;
import ai.fvgs.dataset.ShapeOverlap;
import ai.fvgs.dataset.ShapeTrack;
import ai.fvgs.dataset.Throughput;

/**
 * SQL and arithmetic for {@link ai.fvgs.dataset.DatasetQuality}: agreement on doubly-labelled entries,
 * throughput from the audit log, label counts.
 */
public final class QualitySql {

    private static final String COLUMNS = "a.kind, a.media_position, a.taxonomy, a.taxonomy_version, a.label, a.attribute_value, a.language, a.body, "
            + "a.layout, a.geometry, a.mask_sha256, a.mask_rle";
    private static final String DOUBLY_LABELLED = "SELECT entry_id FROM annotation_sets GROUP BY entry_id HAVING COUNT(*) >= 2";
    private static final List<String> SHAPE_KINDS = List.of("box", "polygon", "mask", "track");
    private static final List<String> LABEL_KINDS = List.of("attribute", "tag", "box", "polygon", "keypoints", "mask", "track");
    private static final ObjectMapper JSON = new ObjectMapper();

    private QualitySql() {
    }

    // ---------------------------------------------------------------- agreement

    /**
     * @param c     a connection in a transaction
     * @param media the media store, for PNG masks
     * @return the agreement of every labeller pair
     * @throws SQLException on a database error
     */
    public static Agreement agreement(Connection c, MediaStore media) throws SQLException {
        Map<Long, Map<Integer, Integer>> videoFrames = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT entry_id, position, duration_seconds, fps FROM media_items WHERE kind = 'video' "
                + "AND entry_id IN (" + DOUBLY_LABELLED + ")"); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                double duration = r.getDouble(3);
                double fps = r.getDouble(4);
                if (duration > 0 && fps > 0) {
                    videoFrames.computeIfAbsent(r.getLong(1), k -> new HashMap<>()).put(r.getInt(2),
                            (int) Math.min(Integer.MAX_VALUE, Math.round(duration * fps)));
                }
            }
        }
        Pairs pairs = new Pairs(media);
        try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + ", s.entry_id, u.name FROM annotation_sets s "
                + "JOIN users u ON u.id = s.labeller_id LEFT JOIN annotations a ON a.set_id = s.id "
                + "WHERE s.entry_id IN (" + DOUBLY_LABELLED + ") ORDER BY s.entry_id, u.name, a.position"); ResultSet r = s.executeQuery()) {
            long entry = -1;
            Map<String, List<Annotation>> sets = new TreeMap<>();
            while (r.next()) {
                long id = r.getLong(13);
                if (id != entry && entry >= 0) {
                    pairs.add(sets, videoFrames.getOrDefault(entry, Map.of()));
                    sets = new TreeMap<>();
                }
                entry = id;
                List<Annotation> set = sets.computeIfAbsent(r.getString(14), k -> new ArrayList<>());
                if (r.getString(1) != null) {
                    set.add(AnnotationColumns.read(r));
                }
            }
            if (entry >= 0) {
                pairs.add(sets, videoFrames.getOrDefault(entry, Map.of()));
            }
            return new Agreement(pairs.entries, pairs.result());
        }
    }

    /** Accumulates the pairs' figures entry by entry. */
    private static final class Pairs {

        final MediaStore media;
        final Map<String, Pair> byNames = new TreeMap<>();
        final Map<String, Optional<String>> pngRle = new HashMap<>();
        long entries;

        Pairs(MediaStore media) {
            this.media = media;
        }

        void add(Map<String, List<Annotation>> sets, Map<Integer, Integer> frames) {
            entries++;
            List<String> names = new ArrayList<>(sets.keySet());
            for (int i = 0; i < names.size(); i++) {
                for (int j = i + 1; j < names.size(); j++) {
                    String a = names.get(i);
                    String b = names.get(j);
                    Pair p = byNames.computeIfAbsent(a + '\u0000' + b, k -> new Pair(a, b));
                    p.entries++;
                    p.attributes(sets.get(a), sets.get(b));
                    shapes(p, sets.get(a), sets.get(b), frames);
                }
            }
        }

        void shapes(Pair p, List<Annotation> a, List<Annotation> b, Map<Integer, Integer> frames) {
            Map<String, List<Annotation>[]> groups = new LinkedHashMap<>();
            group(groups, a, 0);
            group(groups, b, 1);
            for (List<Annotation>[] g : groups.values()) {
                Annotation first = g[0].isEmpty() ? g[1].get(0) : g[0].get(0);
                ShapeCounts counts = p.shapes.computeIfAbsent(kind(first), k -> new ShapeCounts());
                counts.a += g[0].size();
                counts.b += g[1].size();
                List<double[]> candidates = new ArrayList<>(); // iou, i, j
                for (int i = 0; i < g[0].size(); i++) {
                    for (int j = 0; j < g[1].size(); j++) {
                        double iou = iou(g[0].get(i), g[1].get(j), frames);
                        if (iou > 0) {
                            candidates.add(new double[] { iou, i, j });
                        }
                    }
                }
                candidates.sort(Comparator.<double[]>comparingDouble(x -> -x[0]).thenComparingDouble(x -> x[1]).thenComparingDouble(x -> x[2]));
                Set<Integer> usedA = new HashSet<>();
                Set<Integer> usedB = new HashSet<>();
                for (double[] m : candidates) {
                    if (usedA.add((int) m[1])) {
                        if (usedB.add((int) m[2])) {
                            counts.matched++;
                            counts.iouSum += m[0];
                            if (m[0] >= 0.5) {
                                counts.atHalf++;
                            }
                        } else {
                            usedA.remove((int) m[1]);
                        }
                    }
                }
            }
        }

        @SuppressWarnings("unchecked")
        private static void group(Map<String, List<Annotation>[]> groups, List<Annotation> set, int side) {
            for (Annotation x : set) {
                String kind = kind(x);
                if (kind == null) {
                    continue;
                }
                int mediaPosition;
                Label label;
                switch (x) {
                    case Annotation.Region r -> {
                        mediaPosition = r.media();
                        label = r.label();
                    }
                    case Annotation.Mask m -> {
                        mediaPosition = m.media();
                        label = m.label();
                    }
                    case Annotation.Track t -> {
                        mediaPosition = t.media();
                        label = t.label();
                    }
                    default -> throw new IllegalStateException("not a shape: " + x.kind());
                }
                String key = kind + '\u0000' + mediaPosition + '\u0000' + label.taxonomy() + '\u0000' + label.taxonomyVersion() + '\u0000' + label.name();
                groups.computeIfAbsent(key, k -> new List[] { new ArrayList<>(), new ArrayList<>() })[side].add(x);
            }
        }

        /** @return the shape kind agreement is computed for, or {@code null} for annotations without area */
        private static String kind(Annotation x) {
            return switch (x) {
                case Annotation.Region r when !(r.shape() instanceof Shape.Keypoints) -> r.shape().type();
                case Annotation.Mask m -> "mask";
                case Annotation.Track t when !t.track().shapeType().equals("keypoints") -> "track";
                default -> null;
            };
        }

        private double iou(Annotation a, Annotation b, Map<Integer, Integer> frames) {
            try {
                return switch (a) {
                    case Annotation.Region r -> ShapeOverlap.iou(r.shape(), ((Annotation.Region) b).shape());
                    case Annotation.Mask m -> {
                        Optional<String> x = rle(m);
                        Optional<String> y = rle((Annotation.Mask) b);
                        yield x.isPresent() && y.isPresent() ? ShapeOverlap.iou(x.get(), y.get()) : 0;
                    }
                    case Annotation.Track t -> {
                        ShapeTrack other = ((Annotation.Track) b).track();
                        Integer known = frames.get(t.media());
                        int n = known != null ? known : Math.max(last(t.track()), last(other)) + 1;
                        yield ShapeOverlap.iou(t.track(), other, n).orElse(0);
                    }
                    default -> 0;
                };
            } catch (IllegalArgumentException e) {
                return 0; // e.g. masks of different pixel counts: they overlap nothing
            }
        }

        private static int last(ShapeTrack t) {
            return t.keyframes().get(t.keyframes().size() - 1).frame();
        }

        private Optional<String> rle(Annotation.Mask m) {
            if (m.rle() != null) {
                return Optional.of(m.rle());
            }
            return pngRle.computeIfAbsent(m.pngSha256(), sha -> pngToRle(media, sha));
        }

        List<Agreement.Pair> result() {
            List<Agreement.Pair> out = new ArrayList<>();
            for (Pair p : byNames.values()) {
                List<Agreement.Kappa> kappas = new ArrayList<>();
                p.attributes.forEach((name, ratings) -> kappas.add(Agreement.Kappa.of(name, ratings[0], ratings[1])));
                Agreement.Kappa overall = p.allA.isEmpty() ? new Agreement.Kappa("(overall)", 0, 0, 0, OptionalDouble.empty())
                        : Agreement.Kappa.of("(overall)", p.allA, p.allB);
                List<Agreement.Shapes> shapes = new ArrayList<>();
                for (String kind : SHAPE_KINDS) {
                    ShapeCounts s = p.shapes.get(kind);
                    if (s != null) {
                        shapes.add(new Agreement.Shapes(kind, s.a, s.b, s.matched,
                                s.matched == 0 ? OptionalDouble.empty() : OptionalDouble.of(s.iouSum / s.matched), s.atHalf));
                    }
                }
                out.add(new Agreement.Pair(p.a, p.b, p.entries, overall, kappas, shapes));
            }
            return out;
        }
    }

    private static final class Pair {
        final String a;
        final String b;
        long entries;
        final Map<String, List<String>[]> attributes = new TreeMap<>();
        final List<String> allA = new ArrayList<>();
        final List<String> allB = new ArrayList<>();
        final Map<String, ShapeCounts> shapes = new HashMap<>();

        Pair(String a, String b) {
            this.a = a;
            this.b = b;
        }

        @SuppressWarnings("unchecked")
        void attributes(List<Annotation> setA, List<Annotation> setB) {
            Map<String, List<String>> valuesA = values(setA);
            Map<String, List<String>> valuesB = values(setB);
            TreeMap<String, Boolean> names = new TreeMap<>();
            valuesA.keySet().forEach(n -> names.put(n, true));
            valuesB.keySet().forEach(n -> names.put(n, true));
            for (String name : names.keySet()) {
                String x = category(valuesA.get(name));
                String y = category(valuesB.get(name));
                List<String>[] ratings = attributes.computeIfAbsent(name, k -> new List[] { new ArrayList<>(), new ArrayList<>() });
                ratings[0].add(x);
                ratings[1].add(y);
                allA.add(name + '\u0000' + x);
                allB.add(name + '\u0000' + y);
            }
        }

        private static Map<String, List<String>> values(List<Annotation> set) {
            Map<String, List<String>> out = new HashMap<>();
            for (Annotation x : set) {
                if (x instanceof Annotation.Attribute at) {
                    out.computeIfAbsent(at.attribute().name(), k -> new ArrayList<>()).add(at.value());
                }
            }
            return out;
        }

        private static String category(List<String> values) {
            if (values == null) {
                return Agreement.NONE;
            }
            return values.stream().distinct().sorted().reduce((x, y) -> x + " | " + y).orElseThrow();
        }
    }

    private static final class ShapeCounts {
        long a;
        long b;
        long matched;
        long atHalf;
        double iouSum;
    }

    /** @return the PNG's non-zero pixels as run-length text, or empty if it cannot be read */
    static Optional<String> pngToRle(MediaStore media, String sha256) {
        BufferedImage image;
        try {
            image = ImageIO.read(media.path(sha256).toFile());
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        if (image == null) {
            return Optional.empty();
        }
        Raster raster = image.getRaster();
        int bands = image.getColorModel() instanceof IndexColorModel ? 1 : Math.min(raster.getNumBands(), image.getColorModel().getNumColorComponents());
        StringBuilder out = new StringBuilder();
        boolean object = false;
        long run = 0;
        int[] pixel = new int[raster.getNumBands()];
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                raster.getPixel(x, y, pixel);
                boolean on = false;
                for (int k = 0; k < bands; k++) {
                    on |= pixel[k] != 0;
                }
                if (on != object) {
                    out.append(run).append(' ');
                    run = 0;
                    object = on;
                }
                run++;
            }
        }
        out.append(run);
        return Optional.of(out.toString());
    }

    // ---------------------------------------------------------------- throughput

    /**
     * @param c    a connection in a transaction
     * @param from start (inclusive) or {@code null}
     * @param to   end (exclusive) or {@code null}
     * @return throughput per labeller, by name
     * @throws SQLException on a database error
     */
    public static List<Throughput> throughput(Connection c, Instant from, Instant to) throws SQLException {
        Map<String, Role> roles = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT name, role FROM users"); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                roles.put(r.getString(1), Role.parse(r.getString(2)));
            }
        }
        Map<String, Work> work = new TreeMap<>();
        Map<Long, Instant> started = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT changed_at, actor, action, subject_id, after_json FROM audit_log "
                + "WHERE subject_type = 'entry' AND action IN ('take', 'transition', 'annotate')" + (to == null ? "" : " AND changed_at < ?")
                + " ORDER BY id")) {
            if (to != null) {
                s.setObject(1, AuditLog.utc(to));
            }
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    Instant at = AuditLog.instant(r, 1);
                    String actor = r.getString(2);
                    String action = r.getString(3);
                    long entry = r.getLong(4);
                    JsonNode after = after(r.getString(5));
                    boolean inRange = from == null || !at.isBefore(from);
                    if (inRange) {
                        work.computeIfAbsent(actor, Work::new).hours.add(at.getEpochSecond() / 3600);
                    }
                    if (action.equals("annotate")) {
                        continue;
                    }
                    String status = after.path("status").asText("");
                    String assignee = after.path("assignee").isTextual() ? after.path("assignee").asText() : null;
                    if (status.equals(EntryStatus.IN_PROGRESS.label())) {
                        started.put(entry, at);
                    } else if (status.equals(EntryStatus.SUBMITTED.label())) {
                        Instant start = started.remove(entry);
                        if (inRange) {
                            Work w = work.computeIfAbsent(assignee != null ? assignee : actor, Work::new);
                            w.day(at)[0]++;
                            if (start != null && !start.isAfter(at)) {
                                w.minutes.add((at.toEpochMilli() - start.toEpochMilli()) / 60_000.0);
                            }
                        }
                    } else if (inRange && assignee != null && (status.equals(EntryStatus.ACCEPTED.label()) || status.equals(EntryStatus.REJECTED.label()))) {
                        work.computeIfAbsent(assignee, Work::new).day(at)[status.equals(EntryStatus.ACCEPTED.label()) ? 1 : 2]++;
                    }
                }
            }
        }
        List<Throughput> out = new ArrayList<>();
        for (Work w : work.values()) {
            long[] totals = new long[3];
            List<Throughput.Day> days = new ArrayList<>();
            w.days.forEach((day, n) -> {
                days.add(new Throughput.Day(day, n[0], n[1], n[2]));
                for (int k = 0; k < 3; k++) {
                    totals[k] += n[k];
                }
            });
            boolean credited = totals[0] + totals[1] + totals[2] > 0;
            if (credited || roles.get(w.name) == Role.LABELLER) {
                out.add(new Throughput(w.name, totals[0], totals[1], totals[2], w.hours.size(), median(w.minutes), days));
            }
        }
        return out;
    }

    private static final class Work {
        final String name;
        final Set<Long> hours = new HashSet<>();
        final TreeMap<LocalDate, long[]> days = new TreeMap<>();
        final List<Double> minutes = new ArrayList<>();

        Work(String name) {
            this.name = name;
        }

        long[] day(Instant at) {
            return days.computeIfAbsent(LocalDate.ofInstant(at, ZoneOffset.UTC), d -> new long[3]);
        }
    }

    private static JsonNode after(String json) {
        if (json == null) {
            return JSON.createObjectNode();
        }
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            return JSON.createObjectNode(); // an audit record this version cannot read counts for nothing
        }
    }

    private static OptionalDouble median(List<Double> values) {
        if (values.isEmpty()) {
            return OptionalDouble.empty();
        }
        List<Double> v = new ArrayList<>(values);
        v.sort(null);
        int n = v.size();
        return OptionalDouble.of(n % 2 == 1 ? v.get(n / 2) : (v.get(n / 2 - 1) + v.get(n / 2)) / 2);
    }

    // ---------------------------------------------------------------- labels

    /**
     * @param c a connection in a transaction
     * @return the label counts
     * @throws SQLException on a database error
     */
    public static List<LabelCount> labels(Connection c) throws SQLException {
        record Key(String kind, String taxonomy, String version, String name, String value) {
        }
        Map<Key, long[]> annotations = new HashMap<>();
        Map<Key, Map<EntryStatus, Long>> entries = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT a.kind, a.taxonomy, a.taxonomy_version, a.label, a.attribute_value, e.status, "
                + "COUNT(*), COUNT(DISTINCT e.id) FROM annotations a JOIN annotation_sets s ON s.id = a.set_id JOIN entries e ON e.id = s.entry_id "
                + "WHERE a.kind <> 'caption' GROUP BY a.kind, a.taxonomy, a.taxonomy_version, a.label, a.attribute_value, e.status");
                ResultSet r = s.executeQuery()) {
            while (r.next()) {
                Key k = new Key(r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5));
                annotations.computeIfAbsent(k, x -> new long[1])[0] += r.getLong(7);
                entries.computeIfAbsent(k, x -> new EnumMap<>(EntryStatus.class)).merge(EntryStatus.parse(r.getString(6)), r.getLong(8), Long::sum);
            }
        }
        Comparator<String> nullsFirst = Comparator.nullsFirst(Comparator.naturalOrder());
        List<Key> keys = new ArrayList<>(annotations.keySet());
        keys.sort(Comparator.<Key>comparingInt(k -> LABEL_KINDS.indexOf(k.kind())).thenComparing(Key::name)
                .thenComparing(Key::taxonomy, nullsFirst).thenComparing(Key::version, nullsFirst).thenComparing(Key::value, nullsFirst));
        List<LabelCount> out = new ArrayList<>();
        for (Key k : keys) {
            out.add(new LabelCount(k.kind(), new Label(k.taxonomy(), k.version(), k.name()), k.value(), annotations.get(k)[0],
                    Objects.requireNonNull(entries.get(k))));
        }
        return out;
    }
}
