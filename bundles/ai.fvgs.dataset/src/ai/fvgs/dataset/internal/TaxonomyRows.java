package ai.fvgs.dataset.internal;

import java.io.IOException;
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
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import ai.fvgs.dataset.DatasetException;
import ai.fvgs.dataset.InstalledTaxonomy;
import ai.fvgs.sdk.taxonomy.Taxonomy;

/** SQL for {@code taxonomies}: immutable versions with their canonical JSON and its SHA-256. */
public final class TaxonomyRows {

    /** The audit action of an installed taxonomy version; its subject type is {@value #SUBJECT}. */
    public static final String ACTION = "install";
    /** The audit subject type of taxonomy versions. */
    public static final String SUBJECT = "taxonomy";
    /** The most characters of canonical JSON a version may have (the column's size). */
    public static final int MAX_JSON = 1_000_000;

    /** Parsed versions by SHA-256: a version's content never changes, so neither does its parse. */
    private static final Map<String, Taxonomy> PARSED = new ConcurrentHashMap<>();

    private static final String COLUMNS = "id, name, version, origin, sha256, body, installed_at, installed_by";

    private TaxonomyRows() {
    }

    /** The canonical JSON of a taxonomy and its SHA-256. */
    public record Canonical(Taxonomy taxonomy, String json, String sha256) {

        /**
         * @param t a taxonomy
         * @return its canonical form
         */
        public static Canonical of(Taxonomy t) {
            String json = new String(TaxonomyJson.canonical(t), StandardCharsets.UTF_8);
            return new Canonical(t, json, TaxonomyRows.sha256(json));
        }
    }

    /**
     * @param text a text
     * @return the SHA-256 of its UTF-8 bytes, in lower-case hex
     */
    public static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from the JDK", e);
        }
    }

    /**
     * Installs a version unless the same content is installed already.
     *
     * @param c      a connection in a transaction
     * @param t      the version in canonical form
     * @param origin where it comes from
     * @param at     now
     * @param actor  who installs it
     * @return {@code true} if it was stored now, {@code false} if the same content was there already
     * @throws SQLException     on a database error (a unique violation when another store installed it meanwhile)
     * @throws DatasetException if the version is installed with different content, or its JSON is too large
     */
    public static boolean install(Connection c, Canonical t, String origin, Instant at, String actor) throws SQLException, DatasetException {
        Taxonomy x = t.taxonomy();
        Optional<Row> existing = row(c, x.name(), x.version());
        if (existing.isPresent()) {
            if (existing.get().sha256.equals(t.sha256())) {
                return false;
            }
            throw new DatasetException("taxonomy " + x.name() + " version " + x.version() + " is already installed (from "
                    + existing.get().origin + ", " + existing.get().installedAt + ") with different content (SHA-256 " + existing.get().sha256
                    + ", not " + t.sha256() + "); an installed version never changes: give the changed taxonomy a new version");
        }
        if (t.json().length() > MAX_JSON) {
            throw new DatasetException("taxonomy " + x.key() + " is too large: its JSON has " + t.json().length() + " characters; at most "
                    + MAX_JSON + " are allowed");
        }
        long id;
        try (PreparedStatement s = c.prepareStatement("INSERT INTO taxonomies (name, version, label, licence, origin, sha256, body, "
                + "installed_at, installed_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            s.setString(1, x.name());
            s.setString(2, x.version());
            s.setString(3, x.label());
            s.setString(4, x.licence());
            s.setString(5, origin);
            s.setString(6, t.sha256());
            s.setString(7, t.json());
            s.setObject(8, AuditLog.utc(at));
            s.setString(9, actor);
            s.executeUpdate();
            id = Entries.generatedId(s);
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("name", x.name());
        after.put("version", x.version());
        after.put("label", x.label());
        after.put("licence", x.licence());
        after.put("origin", origin);
        after.put("sha256", t.sha256());
        AuditLog.write(c, at, actor, ACTION, SUBJECT, id, null, after);
        cache(t.sha256(), x);
        return true;
    }

    /**
     * @param c       a connection
     * @param name    a taxonomy name
     * @param version a version
     * @return the stored version, or empty
     * @throws SQLException     on a database error
     * @throws DatasetException if the stored content no longer matches its SHA-256
     */
    public static Optional<InstalledTaxonomy> find(Connection c, String name, String version) throws SQLException, DatasetException {
        Optional<Row> r = row(c, name, version);
        return r.isEmpty() ? Optional.empty() : Optional.of(r.get().installed());
    }

    /**
     * @param c    a connection
     * @param name a taxonomy name
     * @return its most recently installed version, or empty
     * @throws SQLException     on a database error
     * @throws DatasetException if the stored content no longer matches its SHA-256
     */
    public static Optional<InstalledTaxonomy> latest(Connection c, String name) throws SQLException, DatasetException {
        try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM taxonomies WHERE name = ? ORDER BY id DESC")) {
            s.setMaxRows(1);
            s.setString(1, name);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(read(r).installed()) : Optional.empty();
            }
        }
    }

    /**
     * @param c a connection
     * @return every installed version, by name, then oldest install first
     * @throws SQLException     on a database error
     * @throws DatasetException if a stored content no longer matches its SHA-256
     */
    public static List<InstalledTaxonomy> list(Connection c) throws SQLException, DatasetException {
        List<Row> rows = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT " + COLUMNS + " FROM taxonomies ORDER BY name, id")) {
            while (r.next()) {
                rows.add(read(r));
            }
        }
        List<InstalledTaxonomy> out = new ArrayList<>();
        for (Row row : rows) {
            out.add(row.installed());
        }
        return out;
    }

    /**
     * @param c a connection
     * @return every installed version's {@code name version}, for messages
     * @throws SQLException on a database error
     */
    public static List<String> keys(Connection c) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT name, version FROM taxonomies ORDER BY name, id")) {
            while (r.next()) {
                out.add(r.getString(1) + " " + r.getString(2));
            }
        }
        return out;
    }

    /**
     * @param c       a connection
     * @param name    a taxonomy name
     * @param version a version
     * @return the version's row id, or empty
     * @throws SQLException on a database error
     */
    public static Optional<Long> id(Connection c, String name, String version) throws SQLException {
        return row(c, name, version).map(r -> r.id);
    }

    private static void cache(String sha256, Taxonomy t) {
        if (PARSED.size() >= 256) {
            PARSED.clear(); // a plain bound: parsing again is cheap, and few versions are in use at once
        }
        PARSED.putIfAbsent(sha256, t);
    }

    private static Optional<Row> row(Connection c, String name, String version) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM taxonomies WHERE name = ? AND version = ?")) {
            s.setString(1, name);
            s.setString(2, version);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(read(r)) : Optional.empty();
            }
        }
    }

    private static Row read(ResultSet r) throws SQLException {
        return new Row(r.getLong(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5), r.getString(6), AuditLog.instant(r, 7),
                r.getString(8));
    }

    private record Row(long id, String name, String version, String origin, String sha256, String body, Instant installedAt, String installedBy) {

        InstalledTaxonomy installed() throws DatasetException {
            Taxonomy t = PARSED.get(sha256);
            if (t == null) {
                if (!TaxonomyRows.sha256(body).equals(sha256)) {
                    throw new DatasetException("stored taxonomy " + name + " version " + version + " does not match its SHA-256 " + sha256
                            + "; it was changed outside AI-FVGS");
                }
                try {
                    t = TaxonomyJson.stored(body, "taxonomy " + name + " " + version + " in the database");
                } catch (IOException e) {
                    throw new DatasetException(e.getMessage(), e);
                }
                cache(sha256, t);
            }
            return new InstalledTaxonomy(t, sha256, origin, installedAt, installedBy);
        }
    }
}
